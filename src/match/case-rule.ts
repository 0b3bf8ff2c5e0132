import type { AliasTarget } from './alias-trie';
import { isCapitalized, isCapitalizedAt } from './normalize';
import type { WordIndex } from './word-index';

/**
 * Whether the words found in the text satisfy the alias's case rule: word i of the alias is word
 * `at[i]` of `words` (offsets into `text`), read where it stands.
 */
export function caseMatches(target: AliasTarget, text: string, words: WordIndex, at: readonly number[]): boolean {
  switch (target.caseRule) {
    case 'any':
      return true;
    case 'exact':
      for (let i = 0; i < target.words.length; i++) if (!isSurface(text, words, at[i], target.words[i]!)) return false;
      return true;
    case 'capitalized':
      // Loops, not every() with a closure: this runs for each name a page holds, mostly before V8 compiles it.
      for (let i = 0; i < target.words.length; i++) {
        const k = at[i];
        if (isCapitalized(target.words[i]!) && (k === undefined || !isCapitalizedAt(text, words.start[k]!, words.end[k]!))) return false;
      }
      return true;
  }
}

/** Whether word k of `words` is written exactly `surface` (no word k: only an empty surface is). */
function isSurface(text: string, words: WordIndex, k: number | undefined, surface: string): boolean {
  if (k === undefined) return surface === '';
  const start = words.start[k]!;
  return words.end[k]! - start === surface.length && text.startsWith(surface, start);
}

/** A word in capitals only ("TELLS", "US"), at least two letters long. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
