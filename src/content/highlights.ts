import { ENTITY_KINDS, type EntityKind, type HighlightStyle } from '../shared/definitions';
import type { PageMatch } from './page-matches';

/** Highlight names registered in CSS.highlights; highlights.css styles each with ::highlight(). */
export const HIGHLIGHT_NAME_PREFIX = 'backstory';
const FLASH = `${HIGHLIGHT_NAME_PREFIX}-flash`;
/** How long a flashed mention stays marked: long enough to find it on a page just scrolled to. */
const FLASH_MS = 1600;

/** Every name a painter may register, in either style, and the flash. */
export const HIGHLIGHT_NAMES: readonly string[] = [...ENTITY_KINDS.flatMap((kind) => [`${HIGHLIGHT_NAME_PREFIX}-${kind}`, `${HIGHLIGHT_NAME_PREFIX}-bg-${kind}`]), FLASH];

/**
 * Paints matches with the CSS Custom Highlight API: one Highlight per kind (Firefox pays for each
 * Highlight object), registered under `backstory-<kind>`, changed range by range as the page changes.
 * The page's DOM is never touched.
 */
export class HighlightPainter {
  private readonly owned = new Map<string, Highlight>();
  /** Each entity's Highlight, once looked up: a long page adds hundreds of ranges, with no name made per range. */
  private readonly byEntity: (Highlight | undefined)[] = [];

  /** `background` paints `backstory-bg-<kind>` (a tint) instead of `backstory-<kind>` (an underline). */
  constructor(
    private readonly kindOf: (entity: number) => EntityKind,
    private readonly style: HighlightStyle = 'underline',
  ) {}

  add(matches: Iterable<PageMatch>): void {
    for (const m of matches) (this.byEntity[m.entity] ??= this.highlightFor(m.entity)).add(m.range);
  }

  remove(matches: Iterable<PageMatch>): void {
    for (const m of matches) this.byEntity[m.entity]?.delete(m.range);
  }

  /**
   * Registers our highlights again if the page removed them (CSS.highlights.clear() or delete).
   * Returns true when something had to be restored.
   */
  ensureRegistered(): boolean {
    let restored = false;
    for (const [name, highlight] of this.owned) {
      if (CSS.highlights.get(name) !== highlight) {
        CSS.highlights.set(name, highlight);
        restored = true;
      }
    }
    return restored;
  }

  /** Marks one range strongly for a moment (the popup's "go to the mention"). */
  flash(range: Range, ms = FLASH_MS): void {
    const flash = new Highlight(range);
    flash.priority = 1;
    CSS.highlights.set(FLASH, flash);
    this.owned.set(FLASH, flash);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH) === flash) CSS.highlights.delete(FLASH);
      if (this.owned.get(FLASH) === flash) this.owned.delete(FLASH);
    }, ms);
  }

  /** Removes every highlight this painter registered, and only those. */
  clear(): void {
    for (const [name, highlight] of this.owned) {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.owned.clear();
    this.byEntity.length = 0;
  }

  private nameOf(entity: number): string {
    return `${HIGHLIGHT_NAME_PREFIX}-${this.style === 'background' ? 'bg-' : ''}${this.kindOf(entity)}`;
  }

  private highlightFor(entity: number): Highlight {
    const name = this.nameOf(entity);
    let highlight = this.owned.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.owned.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }
}
