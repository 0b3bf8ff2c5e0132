import type Browser from 'webextension-polyfill';
import { translateWith, uiLocaleWith } from '../shared/i18n-api';

/** The extension APIs the content script uses. */
export type ContentApi = Pick<typeof Browser, 'storage' | 'runtime' | 'i18n'>;

/**
 * The content script's extension APIs, straight from the browser: Firefox's `browser`, or Chrome's
 * `chrome`, whose MV3 storage and messaging calls return promises too. The rest of the extension
 * goes through webextension-polyfill (shared/browser.ts); the content script runs on every page, and
 * there the polyfill cost each load about half a millisecond to evaluate plus a Proxy on every call,
 * for three namespaces that need no wrapping (messages are answered at once with sendResponse,
 * which both browsers take).
 */
const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
/**
 * Picked by the build, never by what the global holds: Chrome defines no `browser` in a content
 * script, so there `browser` is whatever the page names so (an element with id="browser" is a
 * property of the window, in our world too: crbug 865881), and reading it would hand the page our
 * start-up. Both browsers define their own namespace as a real property, which no element shadows.
 */
export const extensionApi: ContentApi = (__TARGET__ === 'firefox' ? scope.browser : scope.chrome)!;

export const translate = translateWith(() => extensionApi.i18n);
export const uiLocale = uiLocaleWith(() => extensionApi.i18n);
