import type { Worker } from 'playwright-core';

/** The test build's door into the background (src/background/main.ts): the listeners it registers. */
interface TestHooks {
  onCommand(command: string, tab?: object): void;
  onMenuClicked(info: { menuItemId: string; selectionText?: string }, tab?: object): void;
}

/**
 * Fires a keyboard command the way the browser does: the listener registered on commands.onCommand,
 * called with the command's name and the active tab (headless Chromium has no shortcuts to press).
 */
export async function fireCommand(worker: Worker, command: string): Promise<void> {
  await worker.evaluate(async (name) => {
    const { chrome, backstoryTest } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<object[]> } }; backstoryTest: TestHooks };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    backstoryTest.onCommand(name, tab);
  }, command);
}

/**
 * Clicks "Look up … in Backstory" the way the browser does: the listener registered on
 * contextMenus.onClicked, called with the menu item's id, the selected text and the active tab.
 */
export async function clickLookUp(worker: Worker, selectionText: string): Promise<void> {
  await worker.evaluate(async (text) => {
    const { chrome, backstoryTest } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<object[]> } }; backstoryTest: TestHooks };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    backstoryTest.onMenuClicked({ menuItemId: 'backstory-look-up', selectionText: text }, tab);
  }, selectionText);
}

/**
 * Clicks one of Backstory's context-menu items the way the browser does (contextMenus.onClicked's
 * listener), on the tab showing `tabUrl`: named, since a save window may be the focused one.
 */
export async function clickMenuItem(worker: Worker, menuItemId: string, tabUrl: string, selectionText?: string): Promise<void> {
  await worker.evaluate(
    async ({ id, url, text }) => {
      const { chrome, backstoryTest } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } }; backstoryTest: TestHooks };
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab shows ${url}`);
      backstoryTest.onMenuClicked({ menuItemId: id, ...(text ? { selectionText: text } : {}) }, tab);
    },
    { id: menuItemId, url: tabUrl, text: selectionText },
  );
}
