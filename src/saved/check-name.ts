import { aliasKey } from '../index/alias-key';
import { ENTITY_KINDS } from '../shared/definitions';
import { oneLine, within } from './check-article';
import { SAVED_LIMITS } from './limits';
import { nameId, spellingsOf, wordCount } from './name-entity';
import { SavedError } from './problems';
import type { SavedName, SavedNameInput } from './saved-types';

/**
 * The name as it will be saved (one-line note, spellings trimmed and once each), or a SavedError with
 * the first thing wrong: an empty or overlong name, note or spelling, too many spellings, a spelling
 * with no letter, a spelling that is another of the reader's names (`others`), or a person known by
 * one word with neither a full name nor leave to match it alone.
 */
export function checkName(input: SavedNameInput, others: readonly SavedName[]): SavedName {
  const name = oneLine(input.name);
  const note = oneLine(input.note);
  within('name', name, SAVED_LIMITS.titleChars);
  within('note', note, SAVED_LIMITS.noteChars);
  if (!(ENTITY_KINDS as readonly string[]).includes(input.kind)) throw new SavedError({ code: 'bad-kind', kind: String(input.kind) });
  const trimmed = input.spellings.map(oneLine).filter((s) => s !== '');
  for (const spelling of trimmed) within('spelling', spelling, SAVED_LIMITS.spellingChars);
  if (trimmed.length > SAVED_LIMITS.spellings) throw new SavedError({ code: 'too-many', what: 'spellings', limit: SAVED_LIMITS.spellings });
  const spellings = spellingsOf({ name, spellings: trimmed }).slice(1);
  const saved: SavedName = { id: nameId(name), name, kind: input.kind, note, spellings, ...(input.allowSurnameAlone ? { allowSurnameAlone: true } : {}) };

  const owners = new Map(others.filter((o) => o.id !== saved.id).flatMap((o) => spellingsOf(o).map((s) => [aliasKey(s), o.name] as const)));
  for (const text of [name, ...spellings]) {
    if (wordCount(text) === 0) throw new SavedError({ code: 'no-letters', field: text === name ? 'name' : 'spelling', text });
    const by = owners.get(aliasKey(text));
    if (by !== undefined) throw new SavedError({ code: 'spelling-taken', spelling: text, by });
  }
  // nameEntity would let the one word match alone: the reader must say so, or give the full name.
  if (saved.kind === 'person' && !saved.allowSurnameAlone && [name, ...spellings].every((t) => wordCount(t) === 1)) {
    throw new SavedError({ code: 'needs-full-name', name });
  }
  return saved;
}
