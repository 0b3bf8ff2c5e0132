import type { ContextIndex, EntityKind } from '../../index/types';
import type { Translate } from '../../shared/i18n';
import type { PageEntitiesReply } from '../../shared/messages';
import { plural } from '../plural';

export interface ListedEntity {
  id: string;
  name: string;
  count: number;
}

/** The kinds in the order the popup lists them. */
export const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place', 'event', 'term'];

/**
 * Groups what the page mentions by kind, most mentioned first, names in the reader's language;
 * ids the index does not know (an older page script) are dropped.
 */
export function groupByKind(index: ContextIndex, reply: PageEntitiesReply, language: string): { kind: EntityKind; entities: ListedEntity[] }[] {
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const groups = new Map<EntityKind, ListedEntity[]>();
  for (const { id, count } of reply.entities) {
    const entity = byId.get(id);
    if (!entity) continue;
    const list = groups.get(entity.kind) ?? [];
    list.push({ id, name: entity.localNames?.[language] ?? entity.name, count });
    groups.set(entity.kind, list);
  }
  return KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({
    kind,
    entities: groups.get(kind)!.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, language)),
  }));
}

/** What the popup's footer counts: the context packs installed and the articles they hold. */
export interface IndexSummary {
  packs: number;
  articles: number;
}

/** The bundled index is one pack; installed context packs will add theirs. */
export function summarizeIndex(index: Pick<ContextIndex, 'articles'>): IndexSummary {
  return { packs: 1, articles: index.articles.length };
}

/** "1 pack · 1 article", "2 packs · 14 articles", in the reader's language. */
export function describeSummary({ packs, articles }: IndexSummary, t: Translate, language: string): string {
  return `${plural(t, language, packs, 'popupPacksOne', 'popupPacksMany')} · ${plural(t, language, articles, 'popupArticlesOne', 'popupArticlesMany')}`;
}
