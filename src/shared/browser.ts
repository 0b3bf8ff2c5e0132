/**
 * The one module that imports webextension-polyfill: the rest of the extension calls `browser` from
 * here, so tests fake one module and browser differences live in one place. The content script is
 * the exception, for its cost on every page: see content/extension-api.ts.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

import type { Translate } from './i18n';
import { translateWith, uiLocaleWith } from './i18n-api';

/** UI strings from the browser's i18n API, in the browser's language. */
export const translate: Translate = translateWith(() => browser.i18n);

/** The language the extension's strings are shown in (see uiLocaleWith). */
export const uiLocale: () => string = uiLocaleWith(() => browser.i18n);

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
