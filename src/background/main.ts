import { browser, type Runtime } from '../shared/browser';
import { parseContentMessage } from '../shared/messages';
import { HANDLERS } from './handlers';

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
