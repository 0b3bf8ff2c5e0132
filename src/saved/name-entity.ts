/** A reader's name as the compiler takes an entity, with the guards built-in names have. */
import { hashText } from '../index/stable-hash';
import { aliasKey } from '../index/alias-key';
import type { OverlayEntity } from '../index/overlay';
import { slugOf } from '../index/assemble-pack';
import { tokenize } from '../match/normalize';
import type { AliasSpec } from '../shared/definitions';
import type { SavedName, SavedNameInput } from './saved-types';

/** The name as an entity id: "Gustavo Petro" -> "gustavo-petro", so it is the entity other packs know by that id. */
export function nameId(name: string): string {
  // A name in another script ("Путин") has no Latin letter to make a slug of.
  return slugOf(name, 100) || `name-${hashText(name)}`;
}

/** How many words `text` has that can be matched. */
export function wordCount(text: string): number {
  return tokenize(text).filter((t) => t.norm !== '').length;
}

/** The name and its spellings, once each (as folded words). */
export function spellingsOf(name: Pick<SavedNameInput, 'name' | 'spellings'>): string[] {
  const seen = new Set<string>();
  return [name.name, ...name.spellings].filter((text) => {
    const key = aliasKey(text);
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The entity of a reader's name. Names match only capitalised, terms in any case, as in the
 * overlay; a person's one-word spelling needs the full name on the same page unless the reader
 * allowed it alone (a bare "Rodríguez" is most often someone else).
 */
export function nameEntity(name: SavedName): OverlayEntity {
  const texts = spellingsOf(name);
  const hasFullName = texts.some((t) => wordCount(t) > 1);
  const aliases = texts.map((text): AliasSpec => {
    const alone = name.kind !== 'person' || name.allowSurnameAlone === true || !hasFullName || wordCount(text) > 1;
    return { text, case: name.kind === 'term' ? 'any' : 'capitalized', ...(alone ? {} : { needsFullName: true }) };
  });
  return { id: name.id, name: name.name, kind: name.kind, role: { en: name.note }, aliases, never: [] };
}
