import { articlePagePath } from '../shared/article-address';
import { browser } from '../shared/browser';
import type { ContentMessage } from '../shared/messages';
import { showEntityCount } from './badge';
import { cardFor } from './packs';

type Handler<K extends ContentMessage['type']> = (message: Extract<ContentMessage, { type: K }>, tab: { id: number }) => Promise<unknown>;
type Handlers = { [K in ContentMessage['type']]: Handler<K> };

/** One handler per content message; messages.test.ts checks the table is complete. */
export const HANDLERS: Handlers = {
  'page-entities': (message, tab) => showEntityCount(tab.id, message.entities),
  'open-article': async (message, tab) => {
    const { pack, article, sentence, entity } = message;
    await browser.tabs.create({ url: browser.runtime.getURL(articlePagePath({ pack, article, sentence, entity })), openerTabId: tab.id });
  },
  // The reply is the card's content: a page never holds the packs' text, only what it shows.
  'get-card': (message) => cardFor(message.entity, message.language),
};
