import { browser, type Runtime } from '../shared/browser';
import { CONTENT_MESSAGES, parseMessage, type TabMessage } from '../shared/messages';
import { HANDLERS } from './handlers';

/**
 * Accepts messages only from this extension's own content scripts, in a tab's top frame; anything
 * else (other extensions, pages, malformed payloads) is dropped without a reply.
 */
function onMessage(raw: unknown, sender: Runtime.MessageSender): undefined {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return;
  const message = parseMessage(CONTENT_MESSAGES, raw);
  if (!message) return;
  (HANDLERS[message.type] as (m: typeof message, tab: { id: number }) => Promise<void>)(message, { id: tabId }).catch(() => {
    // The tab may have closed in between: nothing to show then.
  });
}

/** Keyboard commands (manifest "commands"): forwarded to the active tab's content script. */
async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === 'open-next-mention') {
    const message: TabMessage = { type: 'open-next-mention' };
    await browser.tabs.sendMessage(tabId, message).catch(() => {
      // No content script there (a browser page, or a page loaded before install).
    });
  }
}

browser.runtime.onMessage.addListener(onMessage);
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
