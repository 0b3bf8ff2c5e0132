import type Browser from 'webextension-polyfill';
import type { Translate } from './i18n';

type I18nApi = Pick<typeof Browser.i18n, 'getMessage' | 'getUILanguage'>;

/** UI strings from the browser's i18n API (looked up at each call), in the browser's language. */
export function translateWith(i18n: () => I18nApi): Translate {
  return (key, ...substitutions) => i18n().getMessage(key, substitutions) || key;
}

/**
 * The language the extension's strings are shown in, read from the strings themselves (each locale's
 * `uiLanguage` message): getUILanguage() and @@ui_locale can disagree with the bundle getMessage
 * uses (seen in Chromium started with --lang=es), and the card's dates and glosses must match its words.
 */
export function uiLocaleWith(i18n: () => I18nApi): () => string {
  return () => i18n().getMessage('uiLanguage') || i18n().getUILanguage();
}
