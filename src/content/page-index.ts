import type { ContextIndex } from '../index/types';
import { matcherFromData, type Matcher } from '../match/matcher';
import { loadBundledIndex } from '../shared/load-index';
import { cardContentFrom, type CardContent } from './card-content';

/**
 * What a page is read with: the context index, the matcher made from it (once, when first needed:
 * building it is the main start-up cost, and a page where Backstory is off never needs it) and
 * where its cards' content comes from. A new index is a new PageIndex.
 */
export class PageIndex {
  private built?: Matcher;

  /** `cardContent`: where its cards' content comes from; by default, this index itself. */
  constructor(
    readonly index: ContextIndex,
    readonly cardContent: CardContent = cardContentFrom(index),
  ) {}

  get matcher(): Matcher {
    return (this.built ??= matcherFromData(this.index.matcher, this.index.fuzzy));
  }

  /** The entity's number in this index, or -1. */
  entityNumber(id: string): number {
    return this.index.entities.findIndex((e) => e.id === id);
  }
}

/**
 * The one source of the index the content script reads pages with. `load()` gives the index now;
 * `subscribe()` tells of a new one (the session then rebuilds its annotation and keeps the rest).
 * Today it is the index bundled with the extension, which never changes.
 */
export interface PageIndexSource {
  load(): Promise<PageIndex | undefined>;
  subscribe(onChange: (next: PageIndex) => void, signal: AbortSignal): void;
}

/** The index bundled with the extension (context-index.js, see shared/load-index.ts). */
export const bundledIndexSource: PageIndexSource = {
  load: async () => {
    const index: ContextIndex | undefined = loadBundledIndex();
    return index ? new PageIndex(index) : undefined;
  },
  subscribe: () => {
    // The bundled index changes only with the extension, and then this script is replaced.
  },
};
