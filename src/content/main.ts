import type { Settings } from '../shared/settings';
import { createSettingsStore } from '../shared/settings-store';
import { isEnabled } from '../shared/site-rules';
import { uiLanguageOf } from '../shared/i18n';
import { extensionApi, translate, uiLocale } from './extension-api';
import { loadBundledIndex } from '../shared/load-index';
import type { ContentMessage } from '../shared/messages';
import type { ContextIndex } from '../index/types';
import { matcherFromData, type Matcher } from '../match/matcher';
import { annotate, type Annotation } from './annotator';
import { listenToTabMessages } from './tab-messages';
import { installTestHooks } from './test-hooks';

/** The card's language, read when the first card opens: the first i18n call of a page costs ~1 ms. */
let cachedLanguage: string | undefined;
const language = (): string => (cachedLanguage ??= uiLanguageOf(uiLocale()));

/**
 * The content script's entry: annotates the page while the reader's settings say so, and follows
 * those settings live: turning the site off tears the annotation down, turning it on paints again,
 * a change of what is painted starts a fresh annotation.
 */
async function start(): Promise<void> {
  const index = loadBundledIndex();
  if (!index || typeof CSS === 'undefined' || !('highlights' in CSS) || !document.documentElement) return;
  let annotation: Annotation | undefined;
  let lookUpOnly: Annotation | undefined;
  // One matcher for the page's life: settings changes start new annotations, not new matchers.
  let matcher: Matcher | undefined;
  const sharedMatcher = () => (matcher ??= matcherFromData(index.matcher, index.fuzzy));
  // Listening first: a popup opened while the page loads gets "still reading" rather than silence,
  // which it would take for a page with no content script.
  listenToTabMessages(
    {
      'open-next-mention': () => annotation?.openNextMention(),
      'open-entity': (message) => annotation?.openEntity(message.entity),
      // No annotation yet: the script is starting, or the popup that asks has just turned the site on.
      'get-page-entities': () => annotation?.pageEntities() ?? { entities: [], scanning: true },
      'look-up': (message) => (annotation ?? (lookUpOnly ??= passiveAnnotation(index, sharedMatcher()))).lookUp(message.text),
    },
  );
  const store = createSettingsStore({ sync: extensionApi.storage.sync, local: extensionApi.storage.local }, extensionApi.storage.onChanged);
  // Subscribed before the first read: a change that lands while it is pending (the site turned off
  // as the page loads) wins over what the read returns.
  let changed: Settings | undefined;
  let onChange = (next: Settings) => void (changed = next);
  const unsubscribe = store.subscribe((next: Settings) => onChange(next));
  const loaded = (await store.load()).settings;
  let settings = changed ?? loaded;
  const errors: string[] = [];
  let displayed = '';
  if (__TEST_BUILD__) installTestHooks(() => annotation, errors);

  const apply = () => {
    const display = { density: settings.density, kinds: settings.kinds, highlightStyle: settings.highlightStyle };
    const key = JSON.stringify(display);
    if (!isEnabled(location.href, settings)) {
      annotation?.stop();
      annotation = undefined;
      return;
    }
    if (annotation && key === displayed) return;
    annotation?.stop();
    lookUpOnly?.stop();
    lookUpOnly = undefined;
    displayed = key;
    annotation = annotate({
      index,
      matcher: sharedMatcher(),
      t: translate,
      language,
      display,
      preferences: { dwellMs: () => settings.dwellMs, trigger: () => settings.trigger, theme: () => settings.theme },
      onEntityCount: (entities) => send({ type: 'page-entities', entities }),
      openArticle: (article, sentence, entity) => send({ type: 'open-article', article, sentence, entity }),
      onError: (error) => {
        if (__TEST_BUILD__) errors.push(String((error as Error)?.stack ?? error));
        console.debug('Backstory:', error);
      },
    });
  };

  apply();
  onChange = (next: Settings) => {
    settings = next;
    try {
      apply();
    } catch (error) {
      console.debug('Backstory:', error);
    }
  };
  // Reloaded, updated or removed, the extension leaves this script running in Chrome, cut off:
  // nothing reaches it (the site turned off, the popup), and every call to the extension throws.
  // Its highlights and card go, as when the site is turned off; the new version annotates pages
  // loaded from then on.
  const orphanCheck = setInterval(() => {
    if (isConnected()) return;
    clearInterval(orphanCheck);
    try {
      annotation?.stop();
      lookUpOnly?.stop();
      unsubscribe();
    } catch (error) {
      console.debug('Backstory:', error);
    }
    annotation = lookUpOnly = undefined;
  }, ORPHAN_CHECK_MS);
  // Back or forward to a page the browser kept (the back/forward cache): the browser cleared the
  // badge, and Firefox delivered no settings change while the page was away.
  addEventListener('pageshow', (event) => {
    if (!event.persisted || !isConnected()) return;
    store
      .load()
      .then(({ settings: now }) => {
        onChange(now);
        annotation?.resendCount();
      })
      .catch((error: unknown) => console.debug('Backstory:', error));
  });
}

/**
 * The context menu works even where annotation is off: an annotator that neither scans nor paints
 * answers it, until the page is annotated again.
 */
function passiveAnnotation(index: ContextIndex, matcher: Matcher): Annotation {
  return annotate({
    index,
    matcher,
    passive: true,
    t: translate,
    language,
    preferences: { dwellMs: () => 200, trigger: () => 'click', theme: () => 'auto' },
    onEntityCount: () => {},
    openArticle: (article, sentence, entity) => send({ type: 'open-article', article, sentence, entity }),
    onError: (error) => console.debug('Backstory:', error),
  });
}

/** How often to check that the extension this script belongs to is still there (see isConnected). */
const ORPHAN_CHECK_MS = 2000;

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

// The extension's errors stay in the extension: a failure here must never become the page's problem.
const run = () => start().catch((error: unknown) => console.debug('Backstory could not annotate this page', error));
// A page Chrome prerenders may never be shown: it is read once the reader opens it (and only then
// is it the tab's page, whose badge the count is for).
if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', run, { once: true });
else void run();
