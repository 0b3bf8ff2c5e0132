/**
 * The background's answer to a saved-material message (shared/messages SAVED_MESSAGES): the value,
 * or the problem as data for the page to word.
 */
import type { SavedProblem } from './problems';

export type SavedReply<T = unknown> = { ok: true; value: T } | { ok: false; problem: SavedProblem };

/** Checks the envelope of a reply; anything else (no background, a closed port) reads as a storage problem. */
export function parseSavedReply(value: unknown): SavedReply {
  if (typeof value === 'object' && value !== null) {
    const v = value as { ok?: unknown; value?: unknown; problem?: unknown };
    if (v.ok === true) return { ok: true, value: v.value };
    if (v.ok === false && typeof v.problem === 'object' && v.problem !== null && typeof (v.problem as { code?: unknown }).code === 'string') {
      return { ok: false, problem: v.problem as SavedProblem };
    }
  }
  return { ok: false, problem: { code: 'storage', detail: 'no answer from the background' } };
}
