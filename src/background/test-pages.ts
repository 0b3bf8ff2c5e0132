import { browser, type Runtime } from '../shared/browser';
import { saveWindowPath } from '../shared/save-address';

/** The extension pages a browser test may ask for, with the asking tab's id filled in. */
const PAGES: Record<string, (tabId: number) => string> = {
  popup: (tabId) => `popup.html?tab=${tabId}`,
  options: () => 'options.html',
  // The save window as the context menu opens it (issue #15), aimed at the asking tab.
  'save-article': (tabId) => saveWindowPath({ tab: tabId, what: 'article' }),
};

/**
 * Test build only: Firefox does not let a test navigate to moz-extension:// pages, so a test asks
 * the content script (DOM event backstory:test-open) which asks here, and the page opens in a tab.
 */
export function listenForTestPageRequests(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): undefined => {
    const tabId = sender.tab?.id;
    const page = (raw as { type?: unknown; page?: unknown } | null)?.type === 'test-open-page' ? (raw as { page: unknown }).page : undefined;
    if (sender.id !== browser.runtime.id || tabId === undefined || typeof page !== 'string' || !Object.hasOwn(PAGES, page)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(PAGES[page]!(tabId)) });
  });
}
