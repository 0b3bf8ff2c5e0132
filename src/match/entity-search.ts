import Fuse from 'fuse.js/basic';
import type { IndexEntity } from '../index/types';

export interface SearchHit {
  entity: number;
  score: number;
}

/**
 * Typo-tolerant search over the index's entities by name, local names and aliases, in English and
 * Spanish ("Rubioo", "glifosato", "casa blanca"): for the popup's search box and the context menu.
 */
export class EntitySearch {
  private readonly fuse: Fuse<{ entity: number; names: string[] }>;

  constructor(entities: readonly Pick<IndexEntity, 'name' | 'localNames' | 'aliases'>[]) {
    const docs = entities.map((e, entity) => ({
      entity,
      names: [e.name, ...Object.values(e.localNames ?? {}).filter((n): n is string => !!n), ...e.aliases.map((a) => a.text)],
    }));
    this.fuse = new Fuse(docs, { keys: ['names'], includeScore: true, threshold: 0.34, ignoreDiacritics: true, ignoreLocation: true, minMatchCharLength: 2 });
  }

  /** The best matches for `query`, best first. */
  search(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    return this.fuse.search(q, { limit }).map((r) => ({ entity: r.item.entity, score: r.score ?? 0 }));
  }
}
