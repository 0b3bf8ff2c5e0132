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

/**
 * The page's mentions, kept per text node so that hit-testing a point looks at the matches of one
 * node rather than all of them. It applies the page-level guard: a mention that needs the full name
 * is shown only while another mention names its entity.
 */
export class PageMatches {
  private readonly byNode = new Map<Text, PageMatch[]>();
  /** Per entity, how many mentions name it on their own. */
  private readonly named = new Map<number, number>();

  /** Scans `nodes` with `matcher`, replacing what was known about them. */
  scan(nodes: readonly Text[], matcher: Matcher): void {
    for (const node of nodes) {
      this.forget(node);
      const found = matcher.scan(node.data);
      if (found.length === 0) continue;
      const matches = found.map(({ start, end, entity, needsFullName }) => {
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        return { range, node, start, end, entity, ...(needsFullName ? { needsFullName } : {}) };
      });
      this.byNode.set(node, matches);
      for (const m of matches) if (!m.needsFullName) this.named.set(m.entity, (this.named.get(m.entity) ?? 0) + 1);
    }
  }

  /** Drops what was found in `node` (its text changed or left the page). */
  forget(node: Text): void {
    for (const m of this.byNode.get(node) ?? []) {
      if (m.needsFullName) continue;
      const left = (this.named.get(m.entity) ?? 1) - 1;
      if (left > 0) this.named.set(m.entity, left);
      else this.named.delete(m.entity);
    }
    this.byNode.delete(node);
  }

  private isShown(m: PageMatch): boolean {
    return !m.needsFullName || this.named.has(m.entity);
  }

  /** The shown matches in one text node, in text order. */
  inNode(node: Node): PageMatch[] {
    return (this.byNode.get(node as Text) ?? []).filter((m) => this.isShown(m));
  }

  /** Every shown match. */
  all(): PageMatch[] {
    return [...this.byNode.values()].flat().filter((m) => this.isShown(m));
  }

  /** Distinct entities shown on the page. */
  entities(): Set<number> {
    return new Set(this.all().map((m) => m.entity));
  }

  clear(): void {
    this.byNode.clear();
    this.named.clear();
  }
}
