import { browser, type Runtime } from '../shared/browser';
import { parseContentMessage, type ContentMessage } from '../shared/messages';
import { showEntityCount } from './badge';

type Handlers = { [K in ContentMessage['type']]: (message: Extract<ContentMessage, { type: K }>, tabId: number) => Promise<void> };

/** One handler per message type; messages.test.ts checks the table is complete. */
export const HANDLERS: Handlers = {
  'page-entities': (message, tabId) => showEntityCount(tabId, message.entities),
};

/**
 * Accepts messages only from this extension's own content scripts, in a tab's top frame; anything
 * else (other extensions, pages, malformed payloads) is dropped without a reply.
 */
function onMessage(raw: unknown, sender: Runtime.MessageSender): undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return;
  const message = parseContentMessage(raw);
  if (!message) return;
  HANDLERS[message.type](message as never, tabId).catch(() => {
    // The tab may have closed between the message and the badge update: nothing to show then.
  });
}

browser.runtime.onMessage.addListener(onMessage);
