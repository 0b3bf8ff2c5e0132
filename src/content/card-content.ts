import type { ContextIndex, IndexEntity } from '../index/types';
import { cardModel, type CardModel } from '../ui/card-model';

/**
 * What a card shows for an entity (by id), in the reader's language; undefined when there is nothing
 * to show. Asynchronous on purpose: the content may come from elsewhere than the page (the
 * background), and every card waits for it the same way.
 */
export type CardContent = (entityId: string, language: string) => Promise<CardModel | undefined>;

/**
 * The one place the page side gets a card's content from: the card controller (hover, keyboard,
 * related names, back), the look-up and the popup's "go to" all come through here. Today it reads
 * the index the page is annotated with.
 */
export function cardContentFrom(index: ContextIndex): CardContent {
  // Made when the first card opens: most pages open none.
  let byId: Map<string, IndexEntity> | undefined;
  return async (entityId, language) => {
    byId ??= new Map(index.entities.map((entity) => [entity.id, entity]));
    const entity = byId.get(entityId);
    return entity ? cardModel(index, entity, language) : undefined;
  };
}
