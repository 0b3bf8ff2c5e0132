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
