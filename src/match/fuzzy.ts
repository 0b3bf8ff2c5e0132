import type { FuzzyIndex } from '../shared/definitions';
import { editDistance, isTypoOf, typoBudget } from './edit-distance';

/** Words shorter than this are never corrected on their own: "Pedro" is not a typo of "Petro". */
export const FUZZY_MIN_LENGTH = 7;
/** Distinct words whose correction is remembered. */
const MAX_CACHED = 50_000;
/**
 * Words are bucketed by their first four letters: a typo there is not corrected (precision first,
 * and most typos fall later in a word: glyphosphate, narcotraficking, Venezuala), each search stays
 * small, and the page scan rejects a word from its hashed first letters alone.
 */
export const BUCKET_PREFIX = 4;

function bucketOf(word: string): string {
  return word.slice(0, BUCKET_PREFIX);
}

/** Builds the fuzzy index over `words` (folded, unique) at build time; it ships with the context index. */
export function buildFuzzyIndex(words: Iterable<string>): FuzzyIndex {
  const byBucket = new Map<string, string[]>();
  for (const word of new Set(words)) {
    if (word.length < FUZZY_MIN_LENGTH) continue;
    const list = byBucket.get(bucketOf(word)) ?? [];
    list.push(word);
    byBucket.set(bucketOf(word), list);
  }
  const buckets: FuzzyIndex['buckets'] = {};
  for (const key of [...byBucket.keys()].sort()) {
    const list = byBucket.get(key)!.sort();
    buckets[key] = { words: list };
  }
  return { buckets };
}

/**
 * Corrects misspelt words against the fuzzy vocabulary: the words of the word's bucket it is a typo
 * of (see isTypoOf), the closest first. Answers are cached per word, so a page pays once for each
 * distinct candidate. No fuse.js: its ranking chose what the edit distance chooses (the evaluation
 * and the corpus scan are identical), and the page is spared loading it.
 */
export class FuzzyCorrector {
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly index: FuzzyIndex) {}

  /** The vocabulary word `word` is a typo of, if any; the closer by edit distance of two. `word` must be folded. */
  correct(word: string): string | undefined {
    if (word.length < FUZZY_MIN_LENGTH) return undefined;
    if (this.cache.has(word)) return this.cache.get(word);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const target of this.index.buckets[bucketOf(word)]?.words ?? []) {
      if (!isTypoOf(word, target)) continue;
      const distance = editDistance(word, target, typoBudget(target));
      if (distance < bestDistance) [best, bestDistance] = [target, distance];
    }
    // An endless page must not grow the cache without bound.
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}
