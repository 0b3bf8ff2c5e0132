import { browser, uiLocale, type Runtime, type Tabs } from '../shared/browser';
import { localDay } from '../capture/saved-input';
import { CAPTURE_MESSAGES, CONTENT_MESSAGES, parseMessage, SAVED_MESSAGES } from '../shared/messages';
import { createSettingsStore } from '../shared/settings-store';
import { readTab } from './capture';
import { answerCapture, type CaptureDeps } from './capture-handlers';
import { runCommand } from './commands';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { HANDLERS } from './handlers';
import { refreshPageIndex } from './packs';
import { savedLibrary } from './saved';
import { answerSaved, isExtensionPage } from './saved-handlers';

// Chrome's service worker loads the built-in pack here; Firefox's event page lists it in the manifest.
declare const importScripts: ((...urls: string[]) => void) | undefined;
if (typeof importScripts === 'function') importScripts('built-in-pack.js');
import { showOnboardingOnce, type OnboardingOutcome } from './onboarding';
import { listenForTestPageRequests } from './test-pages';

const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);

/** Saving from a tab: its reader, the library, and the defaults for what a page does not say. */
const capture: CaptureDeps = {
  read: readTab,
  library: savedLibrary,
  defaults: () => ({ today: localDay(new Date()), uiLanguage: uiLocale() }),
};

/**
 * Accepts messages only from this extension: its pages (the saved material, saving a tab) and its content scripts
 * in a tab's top frame; anything else (other extensions, pages, malformed payloads) is dropped
 * without a reply.
 */
function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''))) {
    const saved = parseMessage(SAVED_MESSAGES, raw);
    if (saved) return answerSaved(saved, savedLibrary);
    const message = parseMessage(CAPTURE_MESSAGES, raw);
    return message && answerCapture(message, capture);
  }
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return;
  const message = parseMessage(CONTENT_MESSAGES, raw);
  if (!message) return;
  // The handler's answer is the reply (get-card); the others answer nothing.
  return (HANDLERS[message.type] as (m: typeof message, tab: { id: number }) => Promise<unknown>)(message, { id: tabId }).catch(() => {
    // The tab may have closed in between: nothing to show then.
    return undefined;
  });
}

/** The browser's listeners, named so the test build can call the very functions it registers. */
const onCommand = (command: string, tab?: Tabs.Tab): void => void runCommand(command, tab, store);
const onMenuClicked = (info: Parameters<typeof onContextMenuClick>[0], tab?: Tabs.Tab): void => void onContextMenuClick(info, tab);

browser.runtime.onMessage.addListener(onMessage);
browser.commands.onCommand.addListener(onCommand);
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.runtime.onInstalled.addListener(() => void createContextMenu());
// An update may bring another built-in pack: the stored page index is compiled again.
browser.runtime.onInstalled.addListener(() => void refreshPageIndex().catch((error: unknown) => console.error('Backstory: page index', error)));
browser.runtime.onStartup.addListener(() => void createContextMenu());
/** The first-run decision of this start, once onInstalled has fired (the test build reports it). */
let onboarding: Promise<OnboardingOutcome> | undefined;
browser.runtime.onInstalled.addListener((details) => {
  onboarding = showOnboardingOnce(details, {
    storage: browser.storage.local,
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: browser.runtime.getURL('onboarding.html'),
  });
});

// The test build lets browser tests fire a keyboard command and a context-menu click through the
// listeners the browser calls (headless browsers have neither shortcuts nor menus), wait for the
// first-run decision (undefined until onInstalled fires), and open extension pages in Firefox
// (which refuses test navigation to moz-extension://).
if (__TEST_BUILD__) {
  (globalThis as { backstoryTest?: unknown }).backstoryTest = { onCommand, onMenuClicked, onboardingOutcome: () => onboarding };
  listenForTestPageRequests();
}
