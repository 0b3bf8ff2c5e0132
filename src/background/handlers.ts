import type { ContentMessage } from '../shared/messages';
import { showEntityCount } from './badge';

type Handlers = { [K in ContentMessage['type']]: (message: Extract<ContentMessage, { type: K }>, tabId: number) => Promise<void> };

/** One handler per message type; messages.test.ts checks the table is complete. */
export const HANDLERS: Handlers = {
  'page-entities': (message, tabId) => showEntityCount(tabId, message.entities),
};
