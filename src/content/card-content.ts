import { parseCardReply } from '../packs/card-reply';
import type { CardModel } from '../packs/card-timeline';
import type { ContentMessage } from '../shared/messages';
import type { ContentApi } from './extension-api';

/**
 * A card's content, asked of the background when the card is about to open: the page holds no
 * article text. Answers are kept for the page's life (per entity and language) until the packs
 * change, so going back and forth between cards asks once.
 */
export class CardContent {
  private readonly cache = new Map<string, Promise<CardModel | undefined>>();

  constructor(private readonly api: ContentApi) {}

  /** The card of entity `id` in `language`; undefined when no enabled pack knows it or the background does not answer. */
  get(id: string, language: string): Promise<CardModel | undefined> {
    const key = `${language}\n${id}`;
    let answer = this.cache.get(key);
    if (!answer) {
      const message: ContentMessage = { type: 'get-card', entity: id, language };
      answer = Promise.resolve()
        .then(() => this.api.runtime.sendMessage(message))
        .then(parseCardReply, () => undefined);
      // A failed ask (the background restarting) is asked again next time.
      void answer.then((card) => card ?? this.cache.delete(key));
      this.cache.set(key, answer);
    }
    return answer;
  }

  /** Forgets every answer: the packs changed. */
  clear(): void {
    this.cache.clear();
  }
}
