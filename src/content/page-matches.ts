import type { Matcher } from '../match/matcher';

/** A mention on the page: a live Range over one text node, and the entity it names. */
export interface PageMatch {
  range: Range;
  node: Text;
  start: number;
  end: number;
  entity: number;
  /** Shown only while the page names the entity some other way too ("Rodríguez" beside "Delcy Rodríguez"). */
  needsFullName?: boolean;
}

/** What became visible or invisible after a change: the painter adds and removes exactly these. */
export interface MatchChange {
  added: PageMatch[];
  removed: PageMatch[];
}

/**
 * The page's mentions, kept per text node so that hit-testing a point looks at the matches of one
 * node rather than all of them. It applies the page-level guard: a mention that needs the full name
 * is shown only while another mention names its entity.
 */
export class PageMatches {
  private readonly byNode = new Map<Text, PageMatch[]>();
  private readonly shown = new Set<PageMatch>();
  /** Per entity, the mentions that name it on their own. */
  private readonly named = new Map<number, number>();
  /** Per entity, the mentions waiting for it to be named in full. */
  private readonly waiting = new Map<number, Set<PageMatch>>();

  /** (Re)scans `nodes` with `matcher`, replacing what was known about them. */
  scan(nodes: Iterable<Text>, matcher: Matcher, change: MatchChange = { added: [], removed: [] }): MatchChange {
    for (const node of nodes) {
      this.forgetNode(node, change);
      if (!node.isConnected) continue;
      const found = matcher.scan(node.data);
      if (found.length === 0) continue;
      const matches: PageMatch[] = [];
      for (const { start, end, entity, needsFullName } of found) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const match: PageMatch = { range, node, start, end, entity, ...(needsFullName ? { needsFullName } : {}) };
        matches.push(match);
        this.admit(match, change);
      }
      this.byNode.set(node, matches);
    }
    return change;
  }

  /** Forgets the text nodes that left the page. */
  prune(change: MatchChange = { added: [], removed: [] }): MatchChange {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.forgetNode(node, change);
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

  /** How many text nodes have matches (shown or waiting). */
  get nodeCount(): number {
    return this.byNode.size;
  }

  clear(): void {
    this.byNode.clear();
    this.shown.clear();
    this.named.clear();
    this.waiting.clear();
  }

  private admit(match: PageMatch, change: MatchChange): void {
    if (match.needsFullName) {
      let list = this.waiting.get(match.entity);
      if (!list) this.waiting.set(match.entity, (list = new Set()));
      list.add(match);
      if (this.named.has(match.entity)) this.show(match, change);
      return;
    }
    const count = this.named.get(match.entity) ?? 0;
    this.named.set(match.entity, count + 1);
    this.show(match, change);
    if (count === 0) for (const w of this.waiting.get(match.entity) ?? []) this.show(w, change);
  }

  private forgetNode(node: Text, change: MatchChange): void {
    const matches = this.byNode.get(node);
    if (!matches) return;
    this.byNode.delete(node);
    for (const m of matches) {
      this.hide(m, change);
      if (m.needsFullName) {
        this.waiting.get(m.entity)?.delete(m);
        continue;
      }
      const left = (this.named.get(m.entity) ?? 1) - 1;
      if (left > 0) {
        this.named.set(m.entity, left);
      } else {
        this.named.delete(m.entity);
        for (const w of this.waiting.get(m.entity) ?? []) this.hide(w, change);
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
