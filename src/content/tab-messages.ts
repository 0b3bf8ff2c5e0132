import type { Runtime } from 'webextension-polyfill';
import { extensionApi } from './extension-api';
import { parseMessage, TAB_MESSAGES, type TabMessage } from '../shared/messages';

/**
 * Listens for messages from the extension itself (background, popup, its own pages): never from a
 * page or another extension, and never from a content script (whose sender URL is a web page).
 * `handle` answers each well-formed one (see tab-handlers.ts).
 */
export function listenToTabMessages(handle: (message: TabMessage) => unknown, signal: AbortSignal): void {
  const runtime = extensionApi.runtime;
  // Every handler answers at once: the reply goes through sendResponse, which Chrome and Firefox
  // both take (a returned promise is Firefox's and the polyfill's way, not Chrome's).
  const listener = (raw: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): undefined => {
    const fromExtensionPage = sender.tab === undefined || (sender.url ?? '').startsWith(runtime.getURL(''));
    if (sender.id !== runtime.id || !fromExtensionPage) return undefined;
    const message = parseMessage(TAB_MESSAGES, raw);
    if (!message) return undefined;
    const reply = handle(message);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  runtime.onMessage.addListener(listener as Parameters<typeof runtime.onMessage.addListener>[0]);
  signal.addEventListener('abort', () => {
    try {
      runtime.onMessage.removeListener(listener as Parameters<typeof runtime.onMessage.addListener>[0]);
    } catch {
      // Cut off from the extension (an orphaned script): there is nothing left to remove it from.
    }
  });
}
