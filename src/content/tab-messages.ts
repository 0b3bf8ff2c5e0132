import { browser, type Runtime } from '../shared/browser';
import { parseMessage, TAB_MESSAGES, type TabMessage } from '../shared/messages';

/** A handler may answer (get-page-entities); the others return nothing. */
export type TabHandlers = { [K in TabMessage['type']]: (message: Extract<TabMessage, { type: K }>) => unknown };

/** The tab messages the content script handles; messages.test.ts checks none is missing. */
export const TAB_MESSAGE_TYPES_HANDLED = new Set<TabMessage['type']>(['open-next-mention', 'open-entity', 'get-page-entities', 'look-up']);

/**
 * Listens for messages from the extension itself (background, popup, its own pages): never from a
 * page or another extension, and never from a content script (whose sender URL is a web page).
 */
export function listenToTabMessages(handlers: TabHandlers, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const fromExtensionPage = sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL(''));
    if (sender.id !== browser.runtime.id || !fromExtensionPage) return undefined;
    const message = parseMessage(TAB_MESSAGES, raw);
    if (!message) return undefined;
    const reply = (handlers[message.type] as (m: TabMessage) => unknown)(message);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
