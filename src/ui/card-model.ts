import { BUILT_IN_PACK_ID } from '../packs/pack-format';
import { timelineCard, type CardModel } from '../packs/card-timeline';
import type { ContextIndex, IndexArticle, IndexEntity } from '../index/types';
import { displayName } from '../shared/definitions';

export type { CardModel, Quote, TimelineEntry } from '../packs/card-timeline';

/**
 * The card of an entity from one index alone (the built-in pack as the bundle carries it): where the
 * packs are not at hand, as on the article page and in the popup's search of the built-in index.
 */
export function cardModel(index: Pick<ContextIndex, 'articles' | 'entities'>, entity: IndexEntity, language: string): CardModel {
  const articles = new Map<number, IndexArticle>();
  for (const m of entity.mentions) articles.set(m.article, index.articles[m.article]!);
  const names = new Map(index.entities.map((e) => [e.id, displayName(e, language)]));
  return timelineCard([{ pack: { id: BUILT_IN_PACK_ID, name: 'Built in' }, rank: 0, entity, articles }], language, (id) => names.get(id))!;
}
