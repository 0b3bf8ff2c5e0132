import Fuse from 'fuse.js/basic';
import type { FuzzyIndex } from '../index/types';
import { isTypoOf } from './edit-distance';

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

/** fuse.js settings: a strict threshold, the whole word compared, folded input. */
const FUSE_OPTIONS = { includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: true, shouldSort: true };

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
    buckets[key] = { words: list, index: Fuse.createIndex([], list).toJSON() };
  }
  return { buckets };
}

/**
 * Corrects misspelt words against the fuzzy vocabulary: fuse.js finds the closest words of the
 * word's bucket, and an edit-distance check keeps only true typos. Answers are cached per word, so
 * a page pays once for each distinct candidate.
 */
export class FuzzyCorrector {
  private readonly fuses = new Map<string, Fuse<string> | null>();
  private readonly cache = new Map<string, string | undefined>();

  constructor(private readonly index: FuzzyIndex) {}

  /**
   * The vocabulary word `word` is a typo of, if any. `word` must be folded. fuse.js ranks the words
   * of the bucket that `word` could be a typo of; a word that is a typo of none of them ("December"
   * in the bucket of "decertify") is answered without it: the answer is the same (only such words
   * can be returned), and a page then compiles and runs fuse.js only when it has a real typo.
   */
  correct(word: string): string | undefined {
    if (word.length < FUZZY_MIN_LENGTH) return undefined;
    if (this.cache.has(word)) return this.cache.get(word);
    const key = bucketOf(word);
    const possible = this.index.buckets[key]?.words.some((target) => isTypoOf(word, target)) ?? false;
    const best = possible ? this.fuseFor(key)?.search(word, { limit: 3 }).find((r) => isTypoOf(word, r.item))?.item : undefined;
    // An endless page must not grow the cache without bound.
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }

  private fuseFor(key: string): Fuse<string> | undefined {
    let fuse = this.fuses.get(key);
    if (fuse === undefined) {
      const bucket = this.index.buckets[key];
      fuse = bucket ? new Fuse(bucket.words, FUSE_OPTIONS, Fuse.parseIndex<string>(bucket.index as never)) : null;
      this.fuses.set(key, fuse);
    }
    return fuse ?? undefined;
  }
}
