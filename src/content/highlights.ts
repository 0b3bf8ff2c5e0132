import type { EntityKind } from '../index/types';
import type { PageMatch } from './page-matches';

/** Highlight names registered in CSS.highlights; highlights.css styles each with ::highlight(). */
export const HIGHLIGHT_PREFIX = 'backstory';

/**
 * Paints matches with the CSS Custom Highlight API: one Highlight per kind (Firefox pays for each
 * Highlight object), registered under `backstory-<kind>`. The page's DOM is never touched.
 */
export class HighlightPainter {
  private readonly owned = new Map<string, Highlight>();

  constructor(private readonly kindOf: (entity: number) => EntityKind) {}

  /** Replaces the painted ranges with `matches`. */
  paint(matches: readonly PageMatch[]): void {
    const byKind = new Map<string, Range[]>();
    for (const m of matches) {
      const name = `${HIGHLIGHT_PREFIX}-${this.kindOf(m.entity)}`;
      let ranges = byKind.get(name);
      if (!ranges) byKind.set(name, (ranges = []));
      ranges.push(m.range);
    }
    for (const name of this.owned.keys()) if (!byKind.has(name)) this.unregister(name);
    for (const [name, ranges] of byKind) {
      const highlight = new Highlight(...ranges);
      this.owned.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  /** Removes every highlight this painter registered, and only those. */
  clear(): void {
    for (const name of [...this.owned.keys()]) this.unregister(name);
  }

  private unregister(name: string): void {
    if (CSS.highlights.get(name) === this.owned.get(name)) CSS.highlights.delete(name);
    this.owned.delete(name);
  }
}
