import { browser, type Runtime } from '../shared/browser';
import { CONTENT_MESSAGES, parseMessage } from '../shared/messages';
import { createSettingsStore } from '../shared/settings-store';
import { runCommand } from './commands';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { HANDLERS } from './handlers';
import { showOnboardingOnce } from './onboarding';
import { listenForTestPageRequests } from './test-pages';

const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);

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

browser.runtime.onMessage.addListener(onMessage);
browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab, store));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
browser.runtime.onInstalled.addListener(() => void createContextMenu());
browser.runtime.onStartup.addListener(() => void createContextMenu());
browser.runtime.onInstalled.addListener((details) =>
  void showOnboardingOnce(details, {
    storage: browser.storage.local,
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: browser.runtime.getURL('onboarding.html'),
  }),
);

// The test build lets browser tests run a keyboard command (headless browsers have no shortcuts)
// and open extension pages in Firefox (which refuses test navigation to moz-extension://).
if (__TEST_BUILD__) {
  (globalThis as { backstoryTest?: unknown }).backstoryTest = { runCommand: (command: string) => runCommand(command, undefined, store) };
  listenForTestPageRequests();
}
