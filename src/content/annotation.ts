import type { Density, EntityKind, HighlightStyle, Theme, Trigger } from '../shared/definitions';
import type { PageEntitiesReply } from '../shared/messages';
import type { Translate } from '../shared/i18n';
import { CardController } from './card-controller';
import { DomWatcher } from './dom-watcher';
import { HighlightPainter } from './highlights';
import { DEFAULT_CLOSE_DELAY_MS, HoverIntent } from './hover-intent';
import { PageActions } from './page-actions';
import type { PageIndex } from './page-index';
import { PageMatches } from './page-matches';
import { PageScanner } from './page-scanner';
import { Scope, type PageListeners } from './scope';
import { ShadowHighlightStyles } from './shadow-highlight-styles';
import highlightsCss from './highlights.css';

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
  density: Density;
  kinds: Record<EntityKind, boolean>;
  highlightStyle: HighlightStyle;
}

export interface AnnotationOptions {
  /** The index, matcher and card content the page is read with. */
  page: PageIndex;
  /** Where the annotation's page listeners are kept, so they can be put back (see PageListeners). */
  listeners: PageListeners;
  t: Translate;
  /** UI language for the card ("en" or "es"), asked when a card first opens (reading it costs). */
  language: () => string;
  preferences: AnnotatorPreferences;
  display?: DisplayOptions;
  /** Neither scan nor paint: only answer look-ups (the context menu where the site is off). */
  passive?: boolean;
  /** Told how many distinct entities the page shows, whenever that number changes. */
  onEntityCount(count: number): void;
  /** Opens the page of a whole source article. */
  openArticle(pack: string, article: number, sentence: number, entity: string): void;
  /** Where the extension's own errors go; they never reach the page. */
  onError(error: unknown): void;
}

/**
 * One reading of a document with one index and one set of display options: scans its text in idle
 * slices, keeps up with its changes, paints the matches and opens cards on hover, tap or keyboard.
 * The constructor builds the parts in the order they depend on each other; every part registers its
 * undoing with the annotation's scope, and `destroy()` ends that scope: listeners, observer, pending
 * work, highlights and the card host go in one call.
 */
export class Annotation {
  readonly matches: PageMatches;
  readonly scanner: PageScanner;
  private readonly actions: PageActions;
  readonly passive: boolean;
  private readonly scope: Scope;
  private readonly watcher: DomWatcher;
  // A new page starts with an empty badge (browsers reset a tab's badge when it navigates), so a
  // page that names no one sends nothing.
  private lastCount = 0;

  constructor(private readonly options: AnnotationOptions) {
    const { page, display, preferences } = options;
    this.passive = options.passive ?? false;

    // 1. The lifetime: one signal, and the one guard every entry point goes through.
    const scope = (this.scope = new Scope(options.listeners, options.onError));
    const { guard } = scope;

    // 2. What is shown, and the paint for it.
    const kindOf = (entity: number) => page.kindOf(entity);
    const matches = (this.matches = new PageMatches({ shows: (entity) => display?.kinds[kindOf(entity)] ?? true, density: display?.density ?? 'all' }));
    const painter = new HighlightPainter(kindOf, display?.highlightStyle);
    // Firefox styles no highlight inside a shadow tree from the document (see ShadowHighlightStyles).
    const shadowStyles = __TARGET__ === 'firefox' ? new ShadowHighlightStyles(highlightsCss) : undefined;
    scope.onEnd(() => {
      painter.clear();
      shadowStyles?.clear();
      matches.clear();
    });
    /** Our highlights (and, in Firefox, their rules in shadow roots) back in place if the page took them away. */
    const ensurePainted = () => {
      painter.ensureRegistered();
      shadowStyles?.ensureAdopted();
    };

    // 3. The card, and what opens one from outside the text.
    const card = new CardController(
      {
        cardContent: page.cardContent,
        entityId: (entity) => page.entityId(entity),
        t: options.t,
        language: options.language,
        theme: preferences.theme,
        openArticle: options.openArticle,
      },
      scope,
    );
    this.actions = new PageActions({ page, matches, card, painter, t: options.t });

    // 4. Reading the page: the scanner, and the watcher that feeds it the page's changes. The one
    // edge back: a shadow root the scanner finds is watched too (only once scanning has begun).
    this.scanner = new PageScanner(page.matcher, matches, {
      onChange: guard((change) => {
        painter.remove(change.removed);
        painter.add(change.added);
        if (change.removed.length > 0) card.matchesChanged(change);
        if (shadowStyles) for (const m of change.added) shadowStyles.coverNode(m.node);
      }),
      afterSlice: guard(ensurePainted),
      // The count goes out once the scan has caught up, not after every slice: every message is work
      // on the page's thread, and a long page's first scan takes many slices.
      onIdle: guard(() => this.sendCount()),
      onShadowRoot: guard((shadow) => {
        this.watcher.watch(shadow);
        this.scanner.addRoot(shadow);
      }),
      onError: (error) => options.onError(error),
    });
    this.watcher = new DomWatcher(this.scanner, guard);
    scope.onEnd(() => {
      this.watcher.disconnect();
      this.scanner.stop();
    });
    if (this.passive) return;

    // 5. The pointer.
    new HoverIntent(
      matches,
      {
        open: (match, point) => card.open(match, { point }),
        close: () => card.close(),
        isOpenFor: (match) => card.isOpenFor(match),
        isOpen: () => card.isOpen,
        openingNumber: () => card.openingNumber,
        isInsideCard: (event) => card.containsEvent(event),
        shadowRoots: () => this.watcher.shadowRoots,
        beforeHitTest: () => painter.ensureRegistered(),
        timing: () => ({ dwellMs: preferences.dwellMs(), closeDelayMs: DEFAULT_CLOSE_DELAY_MS }),
        trigger: preferences.trigger,
      },
      scope,
    );

    // 6. Go: watch, and scan the body (the head's text is never shown; a body the page replaces
    // later is an added node like any other).
    this.watcher.watch(document);
    this.scanner.addRoot(document.body ?? document.documentElement);
    // A page may clear CSS.highlights without touching the DOM, and a web component may attach its
    // shadow root when it is defined, long after it was added: look again now and then.
    scope.every(REGISTRATION_CHECK_MS, () => {
      ensurePainted();
      this.scanner.checkLateShadowRoots();
      this.watcher.forgetRemovedShadowRoots();
    });
    scope.onEnd(() => options.onEntityCount(0));
  }

  /** Keyboard access: the card of the next mention, focused. */
  openNextMention(): void {
    this.scope.guard(() => this.actions.openNextMention())();
  }

  /** The popup's list: scroll to the entity's first mention, flash it, open its card. */
  openEntity(id: string): void {
    this.scope.guard(() => this.actions.openEntity(id))();
  }

  /** The context menu: the card of the selection's best match, or a card saying there is none. */
  lookUp(text: string): void {
    this.scope.guard(() => this.actions.lookUp(text))();
  }

  /** What the page mentions, for the popup. */
  pageEntities(): PageEntitiesReply {
    const { page } = this.options;
    return {
      entities: [...this.matches.counts()].map(([entity, count]) => ({ id: page.entityId(entity), count })),
      ...(this.scanner.idle ? {} : { scanning: true }),
    };
  }

  /** The browser cleared the tab's badge (a page restored from the back/forward cache): say the count again. */
  resendCount(): void {
    this.scope.guard(() => {
      this.lastCount = 0;
      this.sendCount();
    })();
  }

  /** Undoes everything: listeners, observer, pending work, highlights and the card host. */
  destroy(): void {
    this.scope.end();
  }

  get destroyed(): boolean {
    return this.scope.ended;
  }

  private sendCount(): void {
    const count = this.matches.entityCount();
    if (count !== this.lastCount) this.options.onEntityCount((this.lastCount = count));
  }
}
