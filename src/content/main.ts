import { createMatcher } from '../match/matcher';
import { browser } from '../shared/browser';
import { loadBundledIndex } from '../shared/load-index';
import type { ContentMessage } from '../shared/messages';
import { CardController } from './card-controller';
import { HighlightPainter } from './highlights';
import { DEFAULT_HOVER_TIMING, HoverIntent } from './hover-intent';
import { PageMatches } from './page-matches';
import { readableTextNodes } from './text-nodes';

/**
 * Annotates the page: scans its text, paints the matches and opens cards on hover. Returns the one
 * call that undoes all of it — listeners, highlights and the card host.
 */
export function annotatePage(): () => void {
  const index = loadBundledIndex();
  if (!index || !document.body || typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {};
  const controller = new AbortController();
  const { signal } = controller;

  const matcher = createMatcher(index.entities, { rules: index.rules, fuzzy: index.fuzzy });
  const matches = new PageMatches();
  const painter = new HighlightPainter((entity) => index.entities[entity]!.kind);
  matches.scan(readableTextNodes(document.body), matcher);
  painter.paint(matches.all());

  const uiLanguage = browser.i18n.getUILanguage().startsWith('es') ? 'es' : 'en';
  const card = new CardController(index, uiLanguage, signal);
  new HoverIntent(
    matches,
    {
      open: (match, point) => card.open(match, point),
      close: () => card.close(),
      isOpenFor: (match) => card.isOpenFor(match),
      isOpen: () => card.isOpen,
      isInsideCard: (event) => card.containsEvent(event),
    },
    DEFAULT_HOVER_TIMING,
    signal,
  );
  report({ type: 'page-entities', entities: matches.entities().size });

  return () => {
    controller.abort();
    painter.clear();
    matches.clear();
    report({ type: 'page-entities', entities: 0 });
  };
}

function report(message: ContentMessage): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the badge is a hint, not state.
  });
}

// The extension's errors stay in the extension: a failure here must never become the page's problem.
try {
  annotatePage();
} catch (error) {
  console.debug('Backstory could not annotate this page', error);
}
