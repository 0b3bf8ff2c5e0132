import { browser } from '../shared/browser';
import type { ContentMessage } from '../shared/messages';
import { showEntityCount } from './badge';

type Handler<K extends ContentMessage['type']> = (message: Extract<ContentMessage, { type: K }>, tab: { id: number }) => Promise<void>;
type Handlers = { [K in ContentMessage['type']]: Handler<K> };

/** The page that shows a whole source article, scrolled to a sentence. */
export function articlePageUrl(article: number, sentence: number, entity: string): string {
  const params = new URLSearchParams({ article: String(article), sentence: String(sentence), entity });
  return browser.runtime.getURL(`article.html?${params}`);
}

/** One handler per content message; messages.test.ts checks the table is complete. */
export const HANDLERS: Handlers = {
  'page-entities': (message, tab) => showEntityCount(tab.id, message.entities),
  'open-article': async (message, tab) => {
    await browser.tabs.create({ url: articlePageUrl(message.article, message.sentence, message.entity), openerTabId: tab.id });
  },
};

