import { countMention, emptyStats, isShown, type EntityStats, type MentionCondition } from '../match/guards';
import type { Matcher } from '../match/matcher';

/** A mention on the page: a live Range over one text node, and the entity it names. */
export interface PageMatch {
  range: Range;
  node: Text;
  start: number;
  end: number;
  entity: number;
  /** Set when the rest of the page decides whether it is shown ("Rodríguez", "Rubio"). */
  condition?: MentionCondition;
}

/** What became visible or invisible after a change: the painter adds and removes exactly these. */
export interface MatchChange {
  added: PageMatch[];
  removed: PageMatch[];
}

/**
 * The page's mentions, kept per text node so that hit-testing a point looks at the matches of one
 * node rather than all of them. It applies the document-level guards incrementally: when what the
 * page says of an entity changes, its conditional mentions are shown or hidden again.
 */
export class PageMatches {
  private readonly byNode = new Map<Text, PageMatch[]>();
  private readonly shown = new Set<PageMatch>();
  private readonly stats = new Map<number, EntityStats>();
  /** Per entity, its conditional mentions, re-decided when its stats change. */
  private readonly conditional = new Map<number, Set<PageMatch>>();

  /** (Re)scans `nodes` with `matcher`, replacing what was known about them. */
  scan(nodes: Iterable<Text>, matcher: Matcher, change: MatchChange = { added: [], removed: [] }): MatchChange {
    const touched = new Set<number>();
    for (const node of nodes) {
      this.forgetNode(node, change, touched);
      if (!node.isConnected) continue;
      const found = matcher.scan(node.data);
      if (found.length === 0) continue;
      const matches = found.map(({ start, end, entity, condition }) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const match: PageMatch = { range, node, start, end, entity, ...(condition ? { condition } : {}) };
        this.count(match, 1, touched);
        if (condition) this.conditionalOf(entity).add(match);
        else this.show(match, change);
        return match;
      });
      this.byNode.set(node, matches);
    }
    this.redecide(touched, change);
    return change;
  }

  /** Forgets the text nodes that left the page. */
  prune(change: MatchChange = { added: [], removed: [] }): MatchChange {
    const touched = new Set<number>();
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.forgetNode(node, change, touched);
    this.redecide(touched, change);
    return change;
  }

  /** The shown matches in one text node, in text order. */
  inNode(node: Node): PageMatch[] {
    return (this.byNode.get(node as Text) ?? []).filter((m) => this.shown.has(m));
  }

  /** Every shown match, in no particular order. */
  all(): PageMatch[] {
    return [...this.shown];
  }

  /** Distinct entities shown on the page. */
  entities(): Set<number> {
    return new Set([...this.shown].map((m) => m.entity));
  }

  clear(): void {
    this.byNode.clear();
    this.shown.clear();
    this.stats.clear();
    this.conditional.clear();
  }

  private forgetNode(node: Text, change: MatchChange, touched: Set<number>): void {
    const matches = this.byNode.get(node);
    if (!matches) return;
    this.byNode.delete(node);
    for (const m of matches) {
      this.hide(m, change);
      this.count(m, -1, touched);
      if (m.condition) this.conditional.get(m.entity)?.delete(m);
    }
  }

  private count(m: PageMatch, delta: 1 | -1, touched: Set<number>): void {
    let stats = this.stats.get(m.entity);
    if (!stats) this.stats.set(m.entity, (stats = emptyStats()));
    countMention(stats, m.condition, delta);
    touched.add(m.entity);
  }

  private conditionalOf(entity: number): Set<PageMatch> {
    let set = this.conditional.get(entity);
    if (!set) this.conditional.set(entity, (set = new Set()));
    return set;
  }

  /** Shows or hides the conditional mentions of the entities whose stats changed. */
  private redecide(entities: Set<number>, change: MatchChange): void {
    for (const entity of entities) {
      const stats = this.stats.get(entity) ?? emptyStats();
      for (const m of this.conditional.get(entity) ?? []) {
        if (isShown(m.condition, stats)) this.show(m, change);
        else this.hide(m, change);
      }
    }
  }

  private show(m: PageMatch, change: MatchChange): void {
    if (this.shown.has(m)) return;
    this.shown.add(m);
    change.added.push(m);
  }

  private hide(m: PageMatch, change: MatchChange): void {
    if (!this.shown.delete(m)) return;
    change.removed.push(m);
  }
}
