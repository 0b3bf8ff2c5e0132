import { browser, translate, type Tabs } from '../shared/browser';
import type { TabMessage } from '../shared/messages';

const LOOK_UP = 'backstory-look-up';

/** "Look up “…” in Backstory" on a selection. Created again at each start: menus do not always persist. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOK_UP, title: translate('contextMenuLookUp'), contexts: ['selection'] });
}

/** Asks the tab's content script to open the card of the selection's best match, or say there is none. */
export async function onContextMenuClick(info: { menuItemId: string | number; selectionText?: string }, tab: Tabs.Tab | undefined): Promise<void> {
  const text = info.selectionText?.trim().slice(0, 500);
  if (info.menuItemId !== LOOK_UP || tab?.id === undefined || !text) return;
  const message: TabMessage = { type: 'look-up', text };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {
    // The page has no content script (a browser page): the menu is not shown there anyway.
  });
}
