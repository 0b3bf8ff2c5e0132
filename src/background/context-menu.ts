import { browser, translate, type Tabs } from '../shared/browser';
import { SELECTION_MAX_LENGTH, type TabMessage } from '../shared/messages';
import { saveWindowPath } from '../shared/save-address';

const LOOK_UP = 'backstory-look-up';
const SAVE_ARTICLE = 'backstory-save-article';
const SAVE_SELECTION = 'backstory-save-selection';
const ADD_NAME = 'backstory-add-name';

/** Where the content script runs (the manifest's matches): on a browser page, a PDF or a local file nothing would answer. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * "Look up “…” in Backstory" on a selection, and the saving items of issue #15: the article (on the
 * page), the selection, a selected name. Created again at each start: menus do not always persist.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOK_UP, title: translate('contextMenuLookUp'), contexts: ['selection'], documentUrlPatterns: WEB_PAGES });
  browser.contextMenus.create({ id: SAVE_ARTICLE, title: translate('contextMenuSaveArticle'), contexts: ['page'], documentUrlPatterns: WEB_PAGES });
  browser.contextMenus.create({ id: SAVE_SELECTION, title: translate('contextMenuSaveSelection'), contexts: ['selection'], documentUrlPatterns: WEB_PAGES });
  browser.contextMenus.create({ id: ADD_NAME, title: translate('contextMenuAddName'), contexts: ['selection'], documentUrlPatterns: WEB_PAGES });
}

/**
 * A click on one of the items. Look up asks the tab's content script; the others open the small
 * save window, an extension page (a web page's own key listeners never see what is typed in it),
 * which asks the background to read the tab, or shows the form for a name.
 */
export async function onContextMenuClick(info: { menuItemId: string | number; selectionText?: string }, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const text = info.selectionText?.trim();
  if (info.menuItemId === LOOK_UP && text) {
    const message: TabMessage = { type: 'look-up', text: text.slice(0, SELECTION_MAX_LENGTH) };
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {
      // No content script answers: a tab opened before the extension was installed, until it is reloaded.
    });
    return;
  }
  const path =
    info.menuItemId === SAVE_ARTICLE
      ? saveWindowPath({ tab: tab.id, what: 'article' })
      : info.menuItemId === SAVE_SELECTION
        ? saveWindowPath({ tab: tab.id, what: 'selection' })
        : info.menuItemId === ADD_NAME && text
          ? saveWindowPath({ tab: tab.id, name: text })
          : undefined;
  if (path) await browser.windows.create({ url: browser.runtime.getURL(path), type: 'popup', width: 440, height: 520 });
}
