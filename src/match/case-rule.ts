import type { AliasTarget } from './alias-trie';
import { isCapitalized } from './normalize';

/** Whether the words found in the text satisfy the alias's case rule. */
export function caseMatches(target: AliasTarget, surfaces: readonly string[]): boolean {
  switch (target.caseRule) {
    case 'any':
      return true;
    case 'exact':
      for (let i = 0; i < target.words.length; i++) if (surfaces[i] !== target.words[i]) return false;
      return true;
    case 'capitalized':
      // Loops, not every() with a closure: this runs for each name a page holds, mostly before V8 compiles it.
      for (let i = 0; i < target.words.length; i++) if (isCapitalized(target.words[i]!) && !isCapitalized(surfaces[i] ?? '')) return false;
      return true;
  }
}

/** A word in capitals only ("TELLS", "US"), at least two letters long. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
