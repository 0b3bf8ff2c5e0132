import type { ContextIndex, IndexEntity } from '../index/types';
import { parseCardReply } from '../packs/card-reply';
import type { ContentMessage } from '../shared/messages';
import { cardModel, type CardModel } from '../ui/card-model';
import type { ContentApi } from './extension-api';

/**
 * What a card shows for an entity (by id), in the reader's language; undefined when there is nothing
 * to show. Asynchronous: a page holds no article text, the background sends it when a card opens.
 */
export type CardContent = (entityId: string, language: string) => Promise<CardModel | undefined>;

/**
 * Cards from the background (get-card), from every enabled pack. Answers are kept for the life of
 * the page index they belong to (a new one, after a pack change, starts afresh), so going back and
 * forth between cards asks once; a failed ask is asked again next time.
 */
export function cardContentFromBackground(api: ContentApi): CardContent {
  const answers = new Map<string, Promise<CardModel | undefined>>();
  return (entityId, language) => {
    const key = `${language}\n${entityId}`;
    let answer = answers.get(key);
    if (!answer) {
      const message: ContentMessage = { type: 'get-card', entity: entityId, language };
      answer = Promise.resolve()
        .then(() => api.runtime.sendMessage(message))
        .then(parseCardReply, () => undefined);
      answers.set(key, answer);
      void answer.then((card) => card ?? answers.delete(key));
    }
    return answer;
  };
}

/** Cards from one context index at hand (tests, and pages that have the index itself). */
export function cardContentFrom(index: ContextIndex): CardContent {
  // Made when the first card opens: most pages open none.
  let byId: Map<string, IndexEntity> | undefined;
  return async (entityId, language) => {
    byId ??= new Map(index.entities.map((entity) => [entity.id, entity]));
    const entity = byId.get(entityId);
    return entity ? cardModel(index, entity, language) : undefined;
  };
}
