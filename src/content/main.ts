import { uiLanguageOf } from '../shared/i18n';
import { browser, translate, uiLocale } from '../shared/browser';
import { loadBundledIndex } from '../shared/load-index';
import type { ContentMessage } from '../shared/messages';
import { annotate } from './annotator';
import { listenToTabMessages } from './tab-messages';
import { installTestHooks } from './test-hooks';

/** The content script's entry: annotate the page if the browser can paint highlights. */
function start(): void {
  const index = loadBundledIndex();
  if (!index || typeof CSS === 'undefined' || !('highlights' in CSS) || !document.documentElement) return;
  const errors: string[] = [];
  const annotation = annotate({
    index,
    t: translate,
    language: uiLanguageOf(uiLocale()),
    preferences: { dwellMs: () => 200, trigger: () => 'hover', theme: () => 'auto' },
    onEntityCount: (entities) => send({ type: 'page-entities', entities }),
    openArticle: (article, sentence, entity) => send({ type: 'open-article', article, sentence, entity }),
    onError: (error) => {
      if (__TEST_BUILD__) errors.push(String((error as Error)?.stack ?? error));
      console.debug('Backstory:', error);
    },
  });
  const lifetime = new AbortController();
  listenToTabMessages(
    {
      'open-next-mention': () => annotation.openNextMention(),
      'open-entity': (message) => annotation.openEntity(message.entity),
    },
    lifetime.signal,
  );
  if (__TEST_BUILD__) installTestHooks(annotation, errors);
}

function send(message: ContentMessage): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the badge is a hint, not state.
  });
}

// The extension's errors stay in the extension: a failure here must never become the page's problem.
try {
  start();
} catch (error) {
  console.debug('Backstory could not annotate this page', error);
}
