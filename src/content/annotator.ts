import type { ContextIndex } from '../index/types';
import { createMatcher } from '../match/matcher';
import { CardController } from './card-controller';
import { DomWatcher } from './dom-watcher';
import { HighlightPainter } from './highlights';
import { DEFAULT_HOVER_TIMING, HoverIntent } from './hover-intent';
import { PageMatches } from './page-matches';
import { PageScanner } from './page-scanner';

/** How often to check that the page has not unregistered our highlights. */
const REGISTRATION_CHECK_MS = 2000;

export interface AnnotatorOptions {
  index: ContextIndex;
  /** UI language for the card: "en" or "es". */
  language: string;
  /** Told how many distinct entities the page shows, whenever that number changes. */
  onEntityCount(count: number): void;
  /** Where the extension's own errors go; they never reach the page. */
  onError(error: unknown): void;
}

export interface Annotation {
  /** Undoes everything: listeners, observer, pending work, highlights and the card host. */
  stop(): void;
  matches: PageMatches;
  scanner: PageScanner;
}

/**
 * Annotates the page: scans its text in idle slices, keeps up with its changes, paints the matches
 * and opens cards on hover. Everything it adds hangs off one AbortSignal and one stop().
 */
export function annotate(options: AnnotatorOptions): Annotation {
  const { index } = options;
  const controller = new AbortController();
  const { signal } = controller;
  const guard = <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (signal.aborted) return;
      try {
        fn(...args);
      } catch (error) {
        options.onError(error);
      }
    };

  const matcher = createMatcher(index.entities, { rules: index.rules, fuzzy: index.fuzzy });
  const matches = new PageMatches();
  const painter = new HighlightPainter((entity) => index.entities[entity]!.kind);
  let lastCount = -1;
  const scanner: PageScanner = new PageScanner(matcher, matches, {
    onChange: guard((change) => {
      painter.remove(change.removed);
      painter.add(change.added);
      const count = matches.entities().size;
      if (count !== lastCount) options.onEntityCount((lastCount = count));
    }),
    afterSlice: guard(() => painter.ensureRegistered()),
    onShadowRoot: guard((shadow) => {
      watcher.watch(shadow);
      scanner.addRoot(shadow);
    }),
  });
  const watcher = new DomWatcher(scanner, guard);

  const card = new CardController(index, options.language, signal, guard);
  new HoverIntent(
    matches,
    {
      open: (match, point) => card.open(match, point),
      close: () => card.close(),
      isOpenFor: (match) => card.isOpenFor(match),
      isOpen: () => card.isOpen,
      isInsideCard: (event) => card.containsEvent(event),
      shadowRoots: () => watcher.shadowRoots,
      beforeHitTest: () => painter.ensureRegistered(),
    },
    DEFAULT_HOVER_TIMING,
    signal,
    guard,
  );

  watcher.watch(document);
  scanner.addRoot(document.documentElement);
  // A page may clear CSS.highlights without touching the DOM: look again now and then.
  const recheck = setInterval(guard(() => painter.ensureRegistered()), REGISTRATION_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(recheck));

  return {
    matches,
    scanner,
    stop: () => {
      if (signal.aborted) return;
      controller.abort();
      watcher.disconnect();
      scanner.stop();
      painter.clear();
      matches.clear();
      options.onEntityCount(0);
    },
  };
}
