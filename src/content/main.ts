import { browser } from '../shared/browser';
import { loadBundledIndex } from '../shared/load-index';
import type { ContentMessage } from '../shared/messages';
import { annotate } from './annotator';
import { installTestHooks } from './test-hooks';

/** The content script's entry: annotate the page if the browser can paint highlights. */
function start(): void {
  const index = loadBundledIndex();
  if (!index || typeof CSS === 'undefined' || !('highlights' in CSS) || !document.documentElement) return;
  const language = browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
  const errors: string[] = [];
  const annotation = annotate({
    index,
    language,
    onEntityCount: (entities) => report({ type: 'page-entities', entities }),
    onError: (error) => {
      if (__TEST_BUILD__) errors.push(String((error as Error)?.stack ?? error));
      console.debug('Backstory:', error);
    },
  });
  if (__TEST_BUILD__) installTestHooks(annotation, errors);
}

function report(message: ContentMessage): void {
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
