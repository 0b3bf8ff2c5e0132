import type { AliasTarget } from './alias-trie';
import { isCapitalized } from './normalize';

/** Whether the words found in the text satisfy the alias's case rule. */
export function caseMatches(target: AliasTarget, surfaces: readonly string[]): boolean {
  switch (target.caseRule) {
    case 'any':
      return true;
    case 'exact':
      return target.words.every((w, i) => surfaces[i] === w);
    case 'capitalized':
      return target.words.every((w, i) => !isCapitalized(w) || isCapitalized(surfaces[i] ?? ''));
  }
}

/** A word in capitals only ("TELLS", "US"), at least two letters long. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
