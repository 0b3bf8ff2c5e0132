import type { Matcher } from '../match/matcher';
import type { MatchChange, PageMatches } from './page-matches';
import { isInSkippedSubtree, ReadableCheck, TextWalk } from './text-nodes';

/** Work per slice: short enough that no task comes near 50 ms, long enough to finish soon. */
const SLICE_MS = 8;
/** Text nodes between two clock reads. */
const NODES_PER_CHECK = 32;
/** Looks at a custom element without a shadow root before it is let go, once defined and in all (see checkLateShadowRoots). */
const LATE_HOST_LOOKS = 3;
const LATE_UNDEFINED_LOOKS = 30;
/** The longest a slice waits for an idle moment: a page that is never idle is still read. */
const IDLE_TIMEOUT_MS = 300;
/** Where requestIdleCallback is missing, the next slice comes after about a frame. */
const NO_IDLE_DELAY_MS = 16;

export interface ScannerHooks {
  /** Matches became visible or invisible: paint them. */
  onChange(change: MatchChange): void;
  /** Called after each slice of work (a good time to check our highlights are still registered). */
  afterSlice(): void;
  /** The work queued so far is done: nothing is left for another slice. */
  onIdle(): void;
  /** An open shadow root was found: observe it too. */
  onShadowRoot(shadow: ShadowRoot): void;
  /** A slice failed: the error goes here, not to the page, and the rest of the work goes on. */
  onError(error: unknown): void;
}

/**
 * Scans the page in slices of a few milliseconds, in idle time: the first pass over the body, then
 * whatever the page adds or changes (infinite scroll, live blogs, SPA navigation). Text that leaves
 * the page is forgotten, so no detached range is kept.
 */
export class PageScanner {
  private readonly walks: TextWalk[] = [];
  private readonly dirty = new Set<Text>();
  private readonly readable = new ReadableCheck();
  private readonly isReadable = (node: Text) => this.readable.isReadable(node);
  private pruneNeeded = false;
  /** Custom elements with no open shadow root when walked: how often each was looked at, in all and since defined. */
  private readonly lateHosts = new Map<Element, { looks: number; defined: number }>();
  private scheduled?: number;
  private stopped = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly matches: PageMatches,
    private readonly hooks: ScannerHooks,
  ) {}

  /** Queues a subtree (an element, a shadow root, a text node) for scanning. */
  addRoot(root: Node): void {
    if (root.nodeType === Node.TEXT_NODE) {
      this.addText(root as Text);
      return;
    }
    if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && isInSkippedSubtree(root)) {
      this.recheckTrackedTextUnder(root);
      return;
    }
    this.walks.push(new TextWalk(root, this.readable));
    this.schedule();
  }

  /**
   * Queues one text node whose content changed or that was added. In a skipped element (an editor
   * being typed in) it is passed over, unless it has matches: moved there, it is rescanned, which
   * drops them.
   */
  addText(node: Text): void {
    if (isInSkippedSubtree(node) && !this.matches.tracks(node)) return;
    this.dirty.add(node);
    this.schedule();
  }

  /**
   * `removed` left its parent (for good, or to be put elsewhere: a move is a removal and an
   * addition): its text is forgotten at the next slice if it is gone, and a walk standing inside it
   * starts again, since a walker carries on from wherever its node now is.
   */
  noteRemoval(removed: Iterable<Node>): void {
    // Only the first walk has begun: the others still stand on their roots.
    this.walks[0]?.noteRemoval(removed);
    this.pruneNeeded = true;
    this.schedule();
  }

  /**
   * An element was put in a skipped element: usually a script or style the page adds (the head is
   * skipped), now and then text with matches moved into an editor or a code block. Its text nodes
   * that have matches are rescanned, which drops them; the cost is the added subtree's, not the page's.
   */
  private recheckTrackedTextUnder(root: Node): void {
    if (!this.matches.tracksAny) return;
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (this.matches.tracks(node)) this.dirty.add(node);
    }
    if (this.dirty.size > 0) this.schedule();
  }

  /**
   * Looks again at the custom elements that had no open shadow root when walked (called every few
   * seconds): one that has one now (it upgraded since) gets it scanned. An element is let go when it
   * leaves the page, once it has been defined for a few looks with none (a light-DOM component, or a
   * closed root), or after a minute undefined (a page whose scripts never define it).
   */
  checkLateShadowRoots(): void {
    for (const [element, seen] of this.lateHosts) {
      const shadow = element.shadowRoot;
      if (shadow && !isInSkippedSubtree(element)) this.hooks.onShadowRoot(shadow);
      seen.looks++;
      if (element.matches(':defined')) seen.defined++;
      if (shadow || !element.isConnected || seen.defined > LATE_HOST_LOOKS || seen.looks > LATE_UNDEFINED_LOOKS) this.lateHosts.delete(element);
    }
  }

  get idle(): boolean {
    return this.scheduled === undefined;
  }

  stop(): void {
    this.stopped = true;
    if (this.scheduled !== undefined) cancelIdle(this.scheduled);
    this.scheduled = undefined;
    this.walks.length = 0;
    this.dirty.clear();
    this.lateHosts.clear();
  }

  private schedule(): void {
    if (this.stopped || this.scheduled !== undefined) return;
    this.scheduled = requestIdle(() => {
      this.scheduled = undefined;
      const change: MatchChange = { added: [], removed: [] };
      try {
        this.runSlice(change);
      } catch (error) {
        // Only the rest of the failing batch is lost: what was found before it is painted below,
        // and what is still queued gets another slice.
        this.hooks.onError(error);
      }
      try {
        if (change.added.length || change.removed.length) this.hooks.onChange(change);
        this.hooks.afterSlice();
      } finally {
        if (this.walks.length > 0 || this.dirty.size > 0 || this.pruneNeeded) this.schedule();
        else this.hooks.onIdle();
      }
    });
  }

  /** One slice of the queued work, into `change`. */
  private runSlice(change: MatchChange): void {
    const until = performance.now() + SLICE_MS;
    if (this.pruneNeeded) {
      this.pruneNeeded = false;
      this.matches.prune(change);
    }
    while (this.dirty.size > 0 && performance.now() < until) {
      const batch = [...take(this.dirty, NODES_PER_CHECK)];
      this.matches.scan(batch, this.matcher, change, this.isReadable);
    }
    while (this.walks.length > 0 && performance.now() < until) this.walkSome(this.walks[0]!, until, change);
  }

  private walkSome(walk: TextWalk, until: number, change: MatchChange): void {
    if (!walk.isIntact) {
      // The page removed or moved the node the walk stood on: start this root again if it is still on
      // the page (rescanning is idempotent), or drop the walk (a replaced body).
      this.walks.shift();
      if (walk.root.isConnected) this.walks.unshift(new TextWalk(walk.root, this.readable));
      return;
    }
    do {
      const batch: Text[] = [];
      const more = walk.fill(batch, NODES_PER_CHECK);
      this.matches.scan(batch, this.matcher, change, walk.isReadable);
      if (!more) {
        this.walks.shift();
        // The walk is done: now the web components it passed (their open shadow roots are walked next).
        const { roots, without } = walk.shadowRoots();
        for (const shadow of roots) this.hooks.onShadowRoot(shadow);
        for (const element of without) this.lateHosts.set(element, { looks: 0, defined: 0 });
        return;
      }
    } while (performance.now() < until);
  }
}

/** Removes and returns up to `count` items of `set`. */
function* take<T>(set: Set<T>, count: number): Generator<T> {
  for (const item of set) {
    if (count-- <= 0) return;
    set.delete(item);
    yield item;
  }
}

/** requestIdleCallback with a timeout, so busy pages still get annotated; setTimeout where it is missing. */
function requestIdle(callback: () => void): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  return setTimeout(callback, NO_IDLE_DELAY_MS) as unknown as number;
}

function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
