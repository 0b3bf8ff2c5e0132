import { browser, type Runtime } from '../shared/browser';
import { parseMessage, TAB_MESSAGES, type TabMessage } from '../shared/messages';

export type TabHandlers = { [K in TabMessage['type']]: (message: Extract<TabMessage, { type: K }>) => void };

/** The tab messages the content script handles; messages.test.ts checks none is missing. */
export const TAB_MESSAGE_TYPES_HANDLED = new Set<TabMessage['type']>(['open-next-mention', 'open-entity']);

/**
 * Listens for messages from the extension itself (background, popup): never from a page or another
 * extension, and never from another tab's content script.
 */
export function listenToTabMessages(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
    const message = parseMessage(TAB_MESSAGES, raw);
    if (!message) return;
    (handlers[message.type] as (m: TabMessage) => void)(message);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
