import type { MatchRules } from '../index/types';
import { fold, isCapitalized, type Token } from './normalize';

/** The folded word lists of the overlay's rules, as sets. */
export interface GuardWords {
  titles: Set<string>;
  functionWords: Set<string>;
  givenNames: Set<string>;
}

export const NO_RULES: MatchRules = { titles: [], functionWords: [], givenNames: [] };

export function guardWords(rules: MatchRules): GuardWords {
  const set = (words: string[]) => new Set(words.map(fold));
  return { titles: set(rules.titles), functionWords: set(rules.functionWords), givenNames: set(rules.givenNames) };
}

const ONLY_SPACE = /^[ \t\u00a0]+$/;

/**
 * Whether the surname at `tokens[at]` is preceded by someone else's given name: "Pedro Rubio",
 * "James Rodríguez", "said Jordi Rubio". The word just before (separated by spaces only) must be
 * capitalised, not a title ("President Petro") or a function word ("When Petro…"), and either a
 * known given name or a capitalised word in the middle of a lower-case sentence. `ownNames` are the
 * entity's own words ("Marco" before "Rubio" is fine).
 */
export function hasOtherGivenName(text: string, tokens: readonly Token[], at: number, words: GuardWords, ownNames: ReadonlySet<string>): boolean {
  const before = tokens[at - 1];
  if (!before || !ONLY_SPACE.test(text.slice(before.end, tokens[at]!.start))) return false;
  if (!isCapitalized(before.surface) || isAllCaps(before.surface)) return false;
  if (words.titles.has(before.norm) || words.functionWords.has(before.norm) || ownNames.has(before.norm)) return false;
  if (words.givenNames.has(before.norm)) return true;
  const earlier = tokens[at - 2];
  return earlier !== undefined && ONLY_SPACE.test(text.slice(earlier.end, before.start)) && !isCapitalized(earlier.surface) && /\p{L}/u.test(earlier.surface);
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A match as the document-level guard needs it. */
export interface GuardedMatch {
  entity: number;
  needsFullName?: boolean;
}

/**
 * Drops the mentions that count only beside a fuller name ("Rodríguez") when nothing else in the same
 * document names their entity. Run over a whole page or a whole article.
 */
export function keepSupported<T extends GuardedMatch>(matches: readonly T[]): T[] {
  const named = new Set(matches.filter((m) => !m.needsFullName).map((m) => m.entity));
  return matches.filter((m) => !m.needsFullName || named.has(m.entity));
}
