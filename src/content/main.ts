import { uiLanguageOf } from '../shared/i18n';
import type { ContentMessage } from '../shared/messages';
import { createSettingsStore } from '../shared/settings-store';
import { extensionApi, translate, uiLocale } from './extension-api';
import { packsIndexSource } from './page-index';
import { PageSession } from './page-session';
import { listenToTabMessages } from './tab-messages';

/** The card's language, read when the first card opens rather than at start-up: a page's first i18n call is slow. */
let cachedLanguage: string | undefined;
const language = (): string => (cachedLanguage ??= uiLanguageOf(uiLocale()));

/** False once the extension was reloaded, updated or removed: Chrome then clears runtime.id. */
function isConnected(): boolean {
  try {
    return Boolean(extensionApi.runtime?.id);
  } catch {
    // Firefox: the APIs of a removed extension may be dead objects.
    return false;
  }
}

function send(message: ContentMessage): void {
  try {
    extensionApi.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the badge is a hint, not state.
    });
  } catch (error) {
    // Cut off from the extension (see isConnected), Chrome throws at once rather than rejecting.
    console.debug('Backstory:', error);
  }
}

/**
 * The content script's entry: a page session for this page, on the index from the one index source,
 * where the browser can paint highlights.
 */
async function start(): Promise<void> {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || !document.documentElement) return;
  const indexSource = packsIndexSource(extensionApi);
  const page = await indexSource.load();
  if (!page) return;
  const store = createSettingsStore({ sync: extensionApi.storage.sync, local: extensionApi.storage.local }, extensionApi.storage.onChanged);
  const session = new PageSession(page, {
    store,
    listenToTabMessages,
    indexSource,
    send,
    isConnected,
    t: translate,
    language,
    onError: (error) => console.debug('Backstory:', error),
  });
  await session.start();
}

// The extension's errors stay in the extension: a failure here must never become the page's problem.
const run = () => start().catch((error: unknown) => console.debug('Backstory could not annotate this page', error));
// A page Chrome prerenders may never be shown: it is read once the reader opens it (and only then
// is it the tab's page, whose badge the count is for).
if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', run, { once: true });
else void run();
