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
