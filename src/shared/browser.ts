/**
 * The one module that imports webextension-polyfill: the rest of the extension calls `browser` from
 * here, so tests fake one module and browser differences live in one place.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

import type { Translate } from './i18n';

/** UI strings from the browser's i18n API, in the browser's language. */
export const translate: Translate = (key, ...substitutions) => browser.i18n.getMessage(key, substitutions) || key;

/**
 * The language the extension's strings are shown in, read from the strings themselves (each locale's
 * `uiLanguage` message): getUILanguage() and @@ui_locale can disagree with the bundle getMessage
 * uses (seen in Chromium started with --lang=es), and the card's dates and glosses must match its words.
 */
export function uiLocale(): string {
  return browser.i18n.getMessage('uiLanguage') || browser.i18n.getUILanguage();
}

/** Which browser this build is for (set by build.mjs): the one place the rest of the code asks. */
export const BROWSER: 'chrome' | 'firefox' = __TARGET__;

/**
 * Opens the browser's keyboard-shortcut settings where an extension may: Chrome opens chrome:// pages
 * from tabs.create; Firefox (137+) has commands.openShortcutSettings, as about:addons cannot be opened.
 */
export function shortcutSettingsOpener(): (() => void) | undefined {
  if (BROWSER === 'chrome') return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const open = commands.openShortcutSettings;
  return typeof open === 'function' ? () => void open.call(commands) : undefined;
}
