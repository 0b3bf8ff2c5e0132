import { browser } from '../shared/browser';
import type { ContentMessage } from '../shared/messages';
import { showEntityCount } from './badge';
import { cardFor } from './packs';

type Handler<K extends ContentMessage['type']> = (message: Extract<ContentMessage, { type: K }>, tab: { id: number }) => Promise<unknown>;
type Handlers = { [K in ContentMessage['type']]: Handler<K> };

/** The page that shows a whole source article, scrolled to a sentence. */
export function articlePageUrl(pack: string, article: number, sentence: number, entity: string): string {
  const params = new URLSearchParams({ pack, article: String(article), sentence: String(sentence), entity });
  return browser.runtime.getURL(`article.html?${params}`);
}

/** One handler per content message; messages.test.ts checks the table is complete. */
export const HANDLERS: Handlers = {
  'page-entities': (message, tab) => showEntityCount(tab.id, message.entities),
  'open-article': async (message, tab) => {
    await browser.tabs.create({ url: articlePageUrl(message.pack, message.article, message.sentence, message.entity), openerTabId: tab.id });
  },
  // The reply is the card's content: a page never holds the packs' text, only what it shows.
  'get-card': (message) => cardFor(message.entity, message.language),
};

