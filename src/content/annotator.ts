import type { ContextIndex } from '../index/types';
import { createMatcher } from '../match/matcher';
import type { Translate } from '../shared/i18n';
import type { Theme } from '../ui/Card';
import { CardController } from './card-controller';
import { DomWatcher } from './dom-watcher';
import { HighlightPainter } from './highlights';
import { DEFAULT_CLOSE_DELAY_MS, HoverIntent, type Trigger } from './hover-intent';
import { firstMentionOf, nextMention } from './mention-order';
import { PageMatches, type PageMatch } from './page-matches';
import { PageScanner } from './page-scanner';

/** How often to check that the page has not unregistered our highlights. */
const REGISTRATION_CHECK_MS = 2000;

/** The reader's preferences the page side reads, at the moment it needs them. */
export interface AnnotatorPreferences {
  dwellMs(): number;
  trigger(): Trigger;
  theme(): Theme;
}

export interface AnnotatorOptions {
  index: ContextIndex;
  t: Translate;
  /** UI language for the card: "en" or "es". */
  language: string;
  preferences: AnnotatorPreferences;
  /** Told how many distinct entities the page shows, whenever that number changes. */
  onEntityCount(count: number): void;
  /** Opens the page of a whole source article. */
  openArticle(article: number, sentence: number, entity: string): void;
  /** Where the extension's own errors go; they never reach the page. */
  onError(error: unknown): void;
}

export interface Annotation {
  /** Undoes everything: listeners, observer, pending work, highlights and the card host. */
  stop(): void;
  /** Keyboard access: the card of the next mention, focused. */
  openNextMention(): void;
  /** The popup's list: scroll to the entity's first mention, flash it, open its card. */
  openEntity(id: string): void;
  matches: PageMatches;
  scanner: PageScanner;
}

/**
 * Annotates a document: scans its text in idle slices, keeps up with its changes, paints the matches
 * and opens cards on hover, tap or keyboard. Everything it adds hangs off one AbortSignal and stop().
 */
export function annotate(options: AnnotatorOptions): Annotation {
  const { index, preferences } = options;
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

  const card = new CardController({ index, t: options.t, language: options.language, theme: preferences.theme, openArticle: options.openArticle }, signal, guard);
  new HoverIntent(
    matches,
    {
      open: (match, point) => card.open(match, { point }),
      close: () => card.close(),
      isOpenFor: (match) => card.isOpenFor(match),
      isOpen: () => card.isOpen,
      isInsideCard: (event) => card.containsEvent(event),
      shadowRoots: () => watcher.shadowRoots,
      beforeHitTest: () => painter.ensureRegistered(),
      timing: () => ({ dwellMs: preferences.dwellMs(), closeDelayMs: DEFAULT_CLOSE_DELAY_MS }),
      trigger: preferences.trigger,
    },
    signal,
    guard,
  );

  watcher.watch(document);
  scanner.addRoot(document.documentElement);
  // A page may clear CSS.highlights without touching the DOM: look again now and then.
  const recheck = setInterval(guard(() => painter.ensureRegistered()), REGISTRATION_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(recheck));

  const goTo = (match: PageMatch | undefined, flash: boolean) => {
    if (!match) return;
    match.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (flash) painter.flash(match.range);
    card.open(match, { focus: true });
  };

  return {
    matches,
    scanner,
    openNextMention: guard(() => goTo(nextMention(matches.all(), card.current), false)),
    openEntity: guard((id: string) => {
      const entity = index.entities.findIndex((e) => e.id === id);
      goTo(firstMentionOf(matches.all(), entity), true);
    }),
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
