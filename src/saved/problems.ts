/**
 * Why a save, a name or an import was refused, as data: the page that shows it words it. Nothing is
 * saved when one is raised.
 */
import type { CaptureProblem } from '../capture/capture-types';
import type { PackProblem } from '../packs/read-pack';

export type SavedField = 'title' | 'source' | 'text' | 'name' | 'note' | 'spelling';

export type SavedProblem =
  | { code: 'empty'; field: SavedField }
  | { code: 'too-long'; field: SavedField; length: number; limit: number }
  | { code: 'too-many'; what: 'articles' | 'names' | 'spellings'; limit: number }
  | { code: 'bad-url'; url: string }
  | { code: 'bad-date'; date: string }
  | { code: 'bad-language'; language: string }
  | { code: 'bad-kind'; kind: string }
  /** A name or spelling with no letter or digit to match. */
  | { code: 'no-letters'; field: SavedField; text: string }
  /** A person known by one word only: add the full name, or allow the word alone. */
  | { code: 'needs-full-name'; name: string }
  /** A spelling that is already another of the reader's names. */
  | { code: 'spelling-taken'; spelling: string; by: string }
  | { code: 'name-exists'; id: string }
  | { code: 'unknown-article'; id: string }
  | { code: 'unknown-name'; id: string }
  /** Export with nothing saved. */
  | { code: 'nothing-saved' }
  /** Import: the file is not a pack (see read-pack), or a pack other than "Saved by you". */
  | { code: 'pack'; problem: PackProblem }
  | { code: 'not-saved-pack'; id: string }
  /** Import: one article or name of the file is refused; `item` is its title or name. */
  | { code: 'import-item'; item: string; problem: SavedProblem }
  /** Saving from a tab: the page could not be read (see capture/capture-types). */
  | { code: 'capture'; problem: CaptureProblem }
  | { code: 'quota' }
  | { code: 'storage'; detail: string };

export class SavedError extends Error {
  constructor(readonly problem: SavedProblem) {
    super(`saved: ${JSON.stringify(problem)}`);
    this.name = 'SavedError';
  }
}
