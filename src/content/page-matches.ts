import type { Matcher } from '../match/matcher';

/** A painted mention: a live Range over one text node, and the entity it names. */
export interface PageMatch {
  range: Range;
  node: Text;
  start: number;
  end: number;
  entity: number;
}

/**
 * Matches every text node and keeps the results per node, so hit-testing a point looks at the
 * matches of one node rather than all of them.
 */
export class PageMatches {
  private readonly byNode = new Map<Text, PageMatch[]>();

  /** Scans `nodes` with `matcher`, replacing what was known about them; returns the new matches. */
  scan(nodes: readonly Text[], matcher: Matcher): PageMatch[] {
    const added: PageMatch[] = [];
    for (const node of nodes) {
      this.byNode.delete(node);
      const found = matcher.scan(node.data);
      if (found.length === 0) continue;
      const matches = found.map(({ start, end, entity }) => {
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        return { range, node, start, end, entity };
      });
      this.byNode.set(node, matches);
      added.push(...matches);
    }
    return added;
  }

  /** The matches in one text node, in text order. */
  inNode(node: Node): readonly PageMatch[] {
    return this.byNode.get(node as Text) ?? [];
  }

  all(): PageMatch[] {
    return [...this.byNode.values()].flat();
  }

  /** Distinct entities mentioned on the page. */
  entities(): Set<number> {
    return new Set(this.all().map((m) => m.entity));
  }

  clear(): void {
    this.byNode.clear();
  }
}
