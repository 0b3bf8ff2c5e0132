import type { ContextIndex, EntityKind } from '../index/types';
import { lookUpEntity, quoteSelection } from '../match/look-up';
import { matcherFromData, type Matcher } from '../match/matcher';
import type { PageEntitiesReply } from '../shared/messages';
import type { Translate } from '../shared/i18n';
import type { Theme } from '../ui/Card';
import { CardController } from './card-controller';
import { DomWatcher } from './dom-watcher';
import { HighlightPainter } from './highlights';
import { DEFAULT_CLOSE_DELAY_MS, HoverIntent, type Trigger } from './hover-intent';
import { firstMentionOf, nextMention } from './mention-order';
import { PageMatches, rangeOf, type PageMatch } from './page-matches';
import { PageScanner } from './page-scanner';
import { ShadowHighlightStyles } from './shadow-highlight-styles';
import highlightsCss from './highlights.css';

/** A collapsed range at the top of the viewport, to anchor a card that has no text to point at. */
function viewportTopRange(): Range {
  const range = document.createRange();
  const target = document.elementFromPoint(innerWidth / 2, 40) ?? document.body;
  range.selectNodeContents(target);
  range.collapse(true);
  return range;
}

/** How often to check that the page has not unregistered our highlights. */
const REGISTRATION_CHECK_MS = 2000;

/** The reader's preferences the page side reads, at the moment it needs them. */
export interface AnnotatorPreferences {
  dwellMs(): number;
  trigger(): Trigger;
  theme(): Theme;
}

/** What is painted: fixed for the life of an annotation (a change starts a new one). */
export interface DisplayOptions {
  density: 'all' | 'first';
  kinds: Record<EntityKind, boolean>;
  highlightStyle: 'underline' | 'background';
}

export interface AnnotatorOptions {
  index: ContextIndex;
  t: Translate;
  /** UI language for the card ("en" or "es"), asked when a card first opens (reading it costs). */
  language: () => string;
  preferences: AnnotatorPreferences;
  display?: DisplayOptions;
  /** Neither scan nor paint: only answer look-ups (the context menu where the site is off). */
  passive?: boolean;
  /** The matcher, when the caller keeps one across annotations (building it is the main start-up cost). */
  matcher?: Matcher;
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
  /** The context menu: the card of the selection's best match, or a card saying there is none. */
  lookUp(text: string): void;
  /** What the page mentions, for the popup. */
  pageEntities(): PageEntitiesReply;
  /** The browser cleared the tab's badge (a page restored from the back/forward cache): say the count again. */
  resendCount(): void;
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

  const matcher = options.matcher ?? matcherFromData(index.matcher, index.fuzzy);
  const display = options.display;
  const kindOf = (entity: number) => index.entities[entity]!.kind;
  const matches = new PageMatches({ shows: (entity) => display?.kinds[kindOf(entity)] ?? true, density: display?.density ?? 'all' });
  const painter = new HighlightPainter(kindOf, display?.highlightStyle);
  // Firefox styles no highlight inside a shadow tree from the document (see ShadowHighlightStyles).
  const shadowStyles = __TARGET__ === 'firefox' ? new ShadowHighlightStyles(highlightsCss) : undefined;
  /** Our highlights (and, in Firefox, their rules in shadow roots) back in place if the page took them away. */
  const ensurePainted = () => {
    painter.ensureRegistered();
    shadowStyles?.ensureAdopted();
  };
  // A new page starts with an empty badge (browsers reset a tab's badge when it navigates), so a
  // page that names no one sends nothing.
  let lastCount = 0;
  const sendCount = () => {
    const count = matches.entityCount();
    if (count !== lastCount) options.onEntityCount((lastCount = count));
  };
  const scanner: PageScanner = new PageScanner(matcher, matches, {
    onChange: guard((change) => {
      painter.remove(change.removed);
      painter.add(change.added);
      if (change.removed.length > 0) card.matchesChanged(change);
      if (shadowStyles) for (const m of change.added) shadowStyles.coverNode(m.node);
    }),
    afterSlice: guard(ensurePainted),
    // The count goes out once the scan has caught up, not after every slice: a message costs the
    // page 0.2 ms or more, and a long page's first scan takes many slices.
    onIdle: guard(() => sendCount()),
    onShadowRoot: guard((shadow) => {
      watcher.watch(shadow);
      scanner.addRoot(shadow);
    }),
    onError: (error) => options.onError(error),
  });
  const watcher = new DomWatcher(scanner, guard);

  const card = new CardController({ index, t: options.t, language: options.language, theme: preferences.theme, openArticle: options.openArticle }, signal, guard);
  if (!options.passive) new HoverIntent(
    matches,
    {
      open: (match, point) => card.open(match, { point }),
      close: () => card.close(),
      isOpenFor: (match) => card.isOpenFor(match),
      isOpen: () => card.isOpen,
      openingNumber: () => card.openingNumber,
      isInsideCard: (event) => card.containsEvent(event),
      shadowRoots: () => watcher.shadowRoots,
      beforeHitTest: () => painter.ensureRegistered(),
      timing: () => ({ dwellMs: preferences.dwellMs(), closeDelayMs: DEFAULT_CLOSE_DELAY_MS }),
      trigger: preferences.trigger,
    },
    signal,
    guard,
  );

  if (!options.passive) {
    watcher.watch(document);
    // The body: the head's text (title, scripts, styles) is never shown; a body the page replaces
    // later is an added node like any other.
    scanner.addRoot(document.body ?? document.documentElement);
    // A page may clear CSS.highlights without touching the DOM, and a web component may attach its
    // shadow root when it is defined, long after it was added: look again now and then.
    const recheck = setInterval(
      guard(() => {
        ensurePainted();
        scanner.checkLateShadowRoots();
        watcher.forgetRemovedShadowRoots();
      }),
      REGISTRATION_CHECK_MS,
    );
    signal.addEventListener('abort', () => clearInterval(recheck));
  }

  const goTo = (match: PageMatch | undefined, flash: boolean) => {
    if (!match) return;
    match.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (flash) painter.flash(rangeOf(match));
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
    lookUp: guard((text: string) => {
      const selection = getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.getRangeAt(0).collapsed ? selection.getRangeAt(0).cloneRange() : viewportTopRange();
      const entity = lookUpEntity(matcher, text, (e) => matches.counts().has(e));
      if (entity !== undefined) card.openEntityAt(entity, range);
      else card.openMessage(options.t('lookupNone', quoteSelection(text)), range);
    }),
    pageEntities: () => ({
      entities: [...matches.counts()].map(([entity, count]) => ({ id: index.entities[entity]!.id, count })),
      ...(scanner.idle ? {} : { scanning: true }),
    }),
    resendCount: guard(() => {
      lastCount = 0;
      sendCount();
    }),
    stop: () => {
      if (signal.aborted) return;
      controller.abort();
      watcher.disconnect();
      scanner.stop();
      painter.clear();
      shadowStyles?.clear();
      matches.clear();
      options.onEntityCount(0);
    },
  };
}
