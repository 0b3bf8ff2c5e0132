import type { ContextIndex } from '../index/types';
import type { EntityKind } from '../shared/definitions';
import type { Matcher } from '../match/matcher';
import { openPageIndex, wireFromIndex, type OpenedPageIndex, type PageIndexWire } from '../packs/page-index';
import { PAGE_INDEX_KEY } from '../packs/publish-page-index';
import { isPageIndex } from '../packs/page-index';
import { cardContentFrom, cardContentFromBackground, type CardContent } from './card-content';
import type { ContentApi } from './extension-api';

/**
 * What a page is read with: the page index of the enabled packs (the matcher and the entities' ids
 * and kinds, parsed as they are needed) and where its cards' content comes from. A new index is a
 * new PageIndex.
 */
export class PageIndex {
  private positions?: Map<string, number>;

  constructor(
    private readonly opened: OpenedPageIndex,
    readonly cardContent: CardContent,
  ) {}

  /** A PageIndex over one compiled context index, its cards from that index (tests, the article page). */
  static fromIndex(index: ContextIndex, cardContent: CardContent = cardContentFrom(index)): PageIndex {
    return new PageIndex(openPageIndex(wireFromIndex(index)), cardContent);
  }

  get matcher(): Matcher {
    return this.opened.matcher;
  }

  kindOf(entity: number): EntityKind {
    return this.opened.kindOf(entity);
  }

  entityId(entity: number): string {
    return this.opened.ids()[entity]!;
  }

  /** The entity's number in this index, or -1. */
  entityNumber(id: string): number {
    this.positions ??= new Map(this.opened.ids().map((entityId, n) => [entityId, n]));
    return this.positions.get(id) ?? -1;
  }
}

/**
 * The one source of the index the content script reads pages with. `load()` gives the index now;
 * `subscribe()` tells of a new one (the session then rebuilds its annotation and keeps the rest).
 */
export interface PageIndexSource {
  load(): Promise<PageIndex | undefined>;
  subscribe(onChange: (next: PageIndex) => void, signal: AbortSignal): void;
}

/**
 * The page index of the built-in pack alone. page-index.js puts it on this script's global as JSON
 * text, parsed here the first time it is asked for: a page with a stored index never parses it.
 */
export function shippedPageIndex(): PageIndexWire | undefined {
  const holder = globalThis as { __backstoryPageIndex?: unknown };
  if (typeof holder.__backstoryPageIndex === 'string') {
    try {
      holder.__backstoryPageIndex = JSON.parse(holder.__backstoryPageIndex);
    } catch {
      holder.__backstoryPageIndex = undefined;
    }
  }
  return isPageIndex(holder.__backstoryPageIndex) ? holder.__backstoryPageIndex : undefined;
}

/**
 * The packs' page index: the one storage.local holds when packs besides the built-in one are
 * enabled (compiled by the options page), else the one page-index.js ships for the built-in pack
 * alone. A stored value in another shape (an older version's) is passed over for the shipped one.
 * Its changes reach open tabs through storage.onChanged: no reload. Cards come from the background.
 */
export function packsIndexSource(api: ContentApi): PageIndexSource {
  const pageIndexOf = (wire: PageIndexWire | undefined) => (wire ? new PageIndex(openPageIndex(wire), cardContentFromBackground(api)) : undefined);
  return {
    load: async () => {
      const stored = (await api.storage.local.get(PAGE_INDEX_KEY))[PAGE_INDEX_KEY];
      return pageIndexOf(isPageIndex(stored) ? stored : shippedPageIndex());
    },
    subscribe: (onChange, signal) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !Object.hasOwn(changes, PAGE_INDEX_KEY)) return;
        const next = changes[PAGE_INDEX_KEY]!.newValue;
        const page = pageIndexOf(isPageIndex(next) ? next : shippedPageIndex());
        if (page) onChange(page);
      };
      api.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => api.storage.onChanged.removeListener(listener));
    },
  };
}
