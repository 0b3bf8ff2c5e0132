import { fold, tokenize } from '../match/normalize';

/** The words of an alias, folded: two aliases with one key name the same words. */
export function aliasKey(text: string): string {
  return tokenize(text)
    .map((t) => fold(t.surface))
    .join(' ');
}
