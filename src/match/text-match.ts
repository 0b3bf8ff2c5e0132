import { BLOCKED, type AliasTarget } from './alias-trie';
import { hasOtherGivenName, hasOtherSurname, inCapitalsRun, type GuardWords, type MentionCondition } from './guards';
import type { PageTrie } from './lazy-trie';
import { isCurrencyAt, type Tokens } from './tokens';

/** An entity found in a text: `[start, end)` offsets into that text. */
export interface TextMatch {
  start: number;
  end: number;
  /** Index of the entity in the list the matcher was built from. */
  entity: number;
  /** Set when the document decides whether it is shown (see guards.isShown). */
  condition?: MentionCondition;
  /**
   * Other entities found at the same place by an alias they share ("Rodríguez" of two packs): the
   * document shows this mention only if it names none of them (see guards.shows).
   */
  rivals?: number[];
  /**
   * Set on a person's full name ("Pedro Rubio"): the other people its last word names alone (Marco
   * Rubio), for whom it casts the doubt another given name does (see guards.countMention).
   */
  surnameOf?: number[];
}

/** What a walk through the trie found from a first word. */
export interface Walked {
  /** Index of the last word of the match. */
  last: number;
  target: AliasTarget;
}

/**
 * The match a walk found from word `first`, once the guards that look at its surroundings have
 * passed it; undefined drops it. The guards make the words around it they read as they read them
 * (see Tokens): most matches (full names, places, terms) need none.
 */
export function acceptMatch(text: string, tokens: Tokens, first: number, { last, target }: Walked, trie: PageTrie, guards: GuardWords): TextMatch | undefined {
  if (target.entity === BLOCKED) return undefined;
  const words = tokens.words;
  let end = words.end[last]!;
  if (target.endsWithPeriod && text[end] === '.') end++;
  // "US$ 12" is a currency, not the country.
  if (isCurrencyAt(text, end)) return undefined;
  if (target.caseRule === 'exact' && inCapitalsRun(text, tokens, first, last)) return undefined;
  const match: TextMatch = { start: words.start[first]!, end, entity: target.entity };
  if (target.needsFullName) match.condition = 'needs-full-name';
  else if (target.surname) match.condition = 'surname';
  if (target.surname && hasOtherGivenName(text, tokens, first, guards, target.own!)) match.condition = 'other-person';
  if (target.givenName && hasOtherSurname(text, tokens, last, guards, target.own!)) match.condition = 'other-person';
  const others = target.lastName === undefined ? undefined : trie.surnameOwners(target.lastName)?.filter((e) => e !== target.entity);
  if (others && others.length > 0) match.surnameOf = others;
  return match;
}
