/**
 * One handler per saved-material message (shared/messages SAVED_MESSAGES), each answering a
 * SavedReply: a refusal is the problem as data, never a thrown error the page cannot read.
 */
import type { SavedLibrary } from '../saved/saved-library';
import { SavedError } from '../saved/problems';
import type { SavedReply } from '../saved/saved-reply';
import type { SavedMessage } from '../shared/messages';

type Handler<K extends SavedMessage['type']> = (message: Extract<SavedMessage, { type: K }>, library: SavedLibrary) => Promise<unknown>;
type Handlers = { [K in SavedMessage['type']]: Handler<K> };

/** messages.test.ts checks the table is complete. */
export const SAVED_HANDLERS: Handlers = {
  'save-article': (m, library) => library.saveArticle(m.article),
  'add-name': (m, library) => library.addName(m.name),
  'edit-name': (m, library) => library.editName(m.id, m.edit),
  'remove-saved-article': (m, library) => library.removeArticle(m.id),
  'remove-saved-name': (m, library) => library.removeName(m.id),
  'list-saved-articles': (_, library) => library.listArticles(),
  'list-saved-names': (_, library) => library.listNames(),
  'export-saved-pack': (_, library) => library.exportSavedPack(),
  'import-saved-pack': (m, library) => library.importSavedPack(m.text),
  'refresh-saved-pack': (_, library) => library.refresh(),
};

/** Runs a message's handler and wraps its outcome as a reply. */
export function answerSaved(message: SavedMessage, library: () => Promise<SavedLibrary>): Promise<SavedReply> {
  const handler = SAVED_HANDLERS[message.type] as (m: SavedMessage, library: SavedLibrary) => Promise<unknown>;
  return replyOf(async () => handler(message, await library()));
}

/** A reply with what `run` gives, or the problem it was refused with (any other failure: a storage problem). */
export async function replyOf(run: () => Promise<unknown>): Promise<SavedReply> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof SavedError) return { ok: false, problem: error.problem };
    return { ok: false, problem: { code: 'storage', detail: String((error as Error)?.message ?? error) } };
  }
}

/**
 * Whether a message comes from one of this extension's own pages (options, popup, a capture page):
 * its sender is this extension and its address is in the extension's origin. A content script's
 * sender address is the web page's, so it never passes.
 */
export function isExtensionPage(sender: { id?: string; url?: string }, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
