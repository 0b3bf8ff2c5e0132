import { browser, type Runtime } from '../shared/browser';
import { saveWindowPath } from '../shared/save-address';

/** The extension pages a browser test may ask for, with the asking tab's id (and a name, for add-name) filled in. */
const PAGES: Record<string, (tabId: number, name: string) => string> = {
  popup: (tabId) => `popup.html?tab=${tabId}`,
  options: () => 'options.html',
  // The save window as the context menu's items open it (issue #15), aimed at the asking tab.
  'save-article': (tabId) => saveWindowPath({ tab: tabId, what: 'article' }),
  'save-selection': (tabId) => saveWindowPath({ tab: tabId, what: 'selection' }),
  'add-name': (tabId, name) => saveWindowPath({ tab: tabId, name }),
};

/**
 * Test build only: Firefox does not let a test navigate to moz-extension:// pages, so a test asks
 * the content script (DOM event backstory:test-open) which asks here, and the page opens in a tab.
 */
export function listenForTestPageRequests(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): undefined => {
    const tabId = sender.tab?.id;
    const message = (raw as { type?: unknown; page?: unknown; name?: unknown } | null)?.type === 'test-open-page' ? (raw as { page: unknown; name?: unknown }) : undefined;
    const page = message?.page;
    if (sender.id !== browser.runtime.id || tabId === undefined || typeof page !== 'string' || !Object.hasOwn(PAGES, page)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(PAGES[page]!(tabId, typeof message?.name === 'string' ? message.name : '')) });
  });
}
