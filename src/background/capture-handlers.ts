/**
 * The capture messages (shared/messages CAPTURE_MESSAGES): read a tab, then save what it holds
 * through the saved library. Each answers a SavedReply, a capture problem as `{ code: 'capture' }`.
 */
import type { CaptureResult, CaptureWhat } from '../capture/capture-types';
import { type CaptureDefaults, savedInputOf } from '../capture/saved-input';
import { SavedError } from '../saved/problems';
import type { SavedLibrary } from '../saved/saved-library';
import type { SavedReply } from '../saved/saved-reply';
import type { CaptureMessage } from '../shared/messages';
import { replyOf } from './saved-handlers';

export interface CaptureDeps {
  read(tabId: number, what: CaptureWhat): Promise<CaptureResult>;
  library(): Promise<SavedLibrary>;
  defaults(): CaptureDefaults;
}

type Handler<K extends CaptureMessage['type']> = (message: Extract<CaptureMessage, { type: K }>, deps: CaptureDeps) => Promise<unknown>;
type Handlers = { [K in CaptureMessage['type']]: Handler<K> };

/** messages.test.ts checks the table is complete. */
export const CAPTURE_HANDLERS: Handlers = {
  // The value is the library's SaveResult: the article's summary (names found, undated) and whether it was saved before.
  'save-tab': async (m, deps) => {
    const read = await deps.read(m.tab, m.what);
    if (!read.ok) throw new SavedError({ code: 'capture', problem: read.problem });
    return (await deps.library()).saveArticle(savedInputOf(read.page, deps.defaults()));
  },
};

/** Runs a capture message's handler and wraps its outcome as a reply. */
export function answerCapture(message: CaptureMessage, deps: CaptureDeps): Promise<SavedReply> {
  const handler = CAPTURE_HANDLERS[message.type] as (m: CaptureMessage, deps: CaptureDeps) => Promise<unknown>;
  return replyOf(() => handler(message, deps));
}
