import { browser, translate, type Tabs } from '../shared/browser';
import { SELECTION_MAX_LENGTH, type TabMessage } from '../shared/messages';

const LOOK_UP = 'backstory-look-up';

/** "Look up “…” in Backstory" on a selection. Created again at each start: menus do not always persist. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  // Only where the content script runs (the manifest's matches): on a browser page, a PDF or a
  // local file nothing would answer the click.
  browser.contextMenus.create({ id: LOOK_UP, title: translate('contextMenuLookUp'), contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
}

/** Asks the tab's content script to open the card of the selection's best match, or say there is none. */
export async function onContextMenuClick(info: { menuItemId: string | number; selectionText?: string }, tab: Tabs.Tab | undefined): Promise<void> {
  const text = info.selectionText?.trim().slice(0, SELECTION_MAX_LENGTH);
  if (info.menuItemId !== LOOK_UP || tab?.id === undefined || !text) return;
  const message: TabMessage = { type: 'look-up', text };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {
    // No content script answers: a tab opened before the extension was installed, until it is reloaded.
  });
}
