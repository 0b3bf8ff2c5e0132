import type { FuzzyIndex } from '../shared/definitions';
import type { AliasTrie } from './alias-trie';
import { typoBudget } from './edit-distance';
import { FUZZY_MIN_LENGTH } from './fuzzy';
import { INFLECTION_STEM, pluralForms } from './inflect';
import { decodeWords, encodeWords, HashTable, tableData, type TableSource } from './hash-table';
import type { FilterData } from './matcher-data';
import { hashFolded, hashStep, isSingleHyphen } from './normalize';
import { letterIndex, PREFILTER_WORDS, setPrefilterBit, type WordIndex } from './word-index';

/** Letters of a word's beginning that the prefilter hashes (see WordIndex). */
const HEAD = 4;
const Y = 121;
const Z = 122;

/**
 * Checks the typo rules for one word, with strings: whether word k is a typo of a fuzzy-vocabulary
 * word (`next` false) or of the first word of an alias whose second word is word k+1 (`next` true).
 */
export type TypoCheck = (k: number, next: boolean) => boolean;

/** Whether word j can follow word k (a first word without targets of its own) on the way to an alias. */
export type FollowCheck = (k: number, j: number) => boolean;

/** The key of "word `next` may follow first word `first`" in the filter's pair set. */
function pairKey(first: number, next: number): number {
  // Kept to the word hashes' 25 bits, like them.
  return (Math.imul(first, 0x85ebca6b) ^ next) & 0x1ffffff;
}

/** The key of (a word's hash, a first letter) in the misspeltFirst and followLengths tables. */
function letterKey(hash: number, letter: number): number {
  return (Math.imul(hash, 0x27d4eb2d) ^ letter) & 0x1ffffff;
}

/** Every length: a term word is met in plurals and inflected forms of any length. */
const ANY_LENGTH = -1;

/** Bit of a folded word length in a length mask (31 stands for 31 letters or more). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The lengths a misspelling of `word` can have: within its typo budget (see isTypoOf). */
function typoLengths(word: string): number {
  const budget = typoBudget(word);
  let mask = 0;
  for (let n = Math.max(1, word.length - budget); n <= word.length + budget; n++) mask |= lengthBit(n);
  return mask;
}

const ENDS = 1;
const MIDDLE_NAME = 2;

/**
 * Hashes what the filter needs of the trie and the fuzzy index: a first word that is not an alias by
 * itself ("Maria", "public") only with the words that can follow it; the first words of terms for
 * their plurals and inflections; the second words of multi-word aliases, for a typo in the first.
 */
export function filterData(trie: AliasTrie, fuzzy: FuzzyIndex): FilterData {
  const hashes = (words: Iterable<string>) => [...words].map(hashFolded);
  const termWords = [...(trie.root.termWords ?? [])];
  const termHeads = termWords.flatMap((word) => [word, ...pluralForms(word)].map((form) => form.slice(0, HEAD)));
  const firsts = [...trie.root.next];
  const seconds = [...trie.firstBySecond];
  const data: FilterData = {
    first: tableData(firsts.map(([word, node]) => [hashFolded(word), (node.targets.length > 0 ? ENDS : 0) | (node.middleName ? MIDDLE_NAME : 0)] as const)),
    follow: tableData(firsts.flatMap(([word, node]) => hashes(node.next.keys()).map((next) => pairKey(hashFolded(word), next)))),
    firstTerms: tableData(hashes(termWords)),
    termStems: tableData(hashes(termWords.filter((w) => w.length >= INFLECTION_STEM).map((w) => w.slice(0, INFLECTION_STEM)))),
    termHeads: tableData(hashes(termHeads)),
    followLengths: tableData(
      firsts.flatMap(([first, node]) =>
        [...node.next.keys()].map(
          (next) => [letterKey(hashFolded(first), letterIndex(next.charCodeAt(0))), node.termWords?.has(next) ? ANY_LENGTH : typoLengths(next) | lengthBit(next.length)] as const,
        ),
      ),
    ),
    misspeltFirst: tableData(seconds.flatMap(([word, list]) => list.map((f) => [letterKey(hashFolded(word), letterIndex(f.first.charCodeAt(0))), typoLengths(f.first)] as const))),
    fuzzyHeads: tableData(hashes(Object.keys(fuzzy.buckets))),
    prefilter: [],
  };
  // Plurals and inflections share the term's first four letters, or are listed (short terms); the
  // second words of aliases are let through to find a typo in the word before them.
  data.prefilter = [...new Set([...data.first.keys, ...data.termHeads.keys, ...hashes(seconds.map(([word]) => word)), ...data.fuzzyHeads.keys])];
  return data;
}

function prefilterBits(hashes: readonly number[]): Uint32Array {
  const bits = new Uint32Array(PREFILTER_WORDS);
  for (const hash of hashes) setPrefilterBit(bits, hash);
  return bits;
}

/**
 * Above this many hashes the page index ships the prefilter as its bitmap: setting a list's bits is
 * a loop a page runs cold at start, while the bitmap (43 KB of base64) is decoded natively. The
 * built-in pack's list stays below it, and page-index.js stays small.
 */
const BITMAP_ABOVE = 256;

/** The prefilter as the page index ships it: the list of hashes, or the bitmap for a long list (see BITMAP_ABOVE). */
export function compactPrefilter(prefilter: number[] | string): number[] | string {
  return typeof prefilter === 'string' || prefilter.length <= BITMAP_ABOVE ? prefilter : encodeWords(prefilterBits(prefilter));
}

/** Most pages repeat their words: a typo verdict is remembered per word (or word pair) hash. */
const MAX_VERDICTS = 50_000;

/**
 * Which words of a text may start an alias, decided from hashes alone: a word that is the first word
 * of an alias or confusable, a plural or inflected form of a first term word, a long word in a fuzzy
 * bucket, a word followed by the second word of a multi-word alias (a typo in its first word), or
 * the first half of a hyphenated compound. It is a superset: the trie walk decides.
 * Words reach these tests only through the prefilter bitmap that WordIndex.read applies as it reads
 * (the hash of a first or second word, the hash of the first four letters of a term word, of its
 * plurals and of a fuzzy bucket): on a page, nearly every word stops there.
 */
export class CandidateFilter {
  /** The bitmap WordIndex.read tests each word against. */
  readonly prefilter: Uint32Array;
  /** First words, with their flags (ENDS, MIDDLE_NAME). */
  private readonly first: HashTable;
  /** (first word, word that may follow it) pairs, by pairKey. */
  private readonly follow: HashTable;
  private readonly verdicts = new Map<number, boolean>();
  private readonly firstTerms: HashTable;
  private readonly termStems: HashTable;
  private readonly termHeads: HashTable;
  private readonly misspeltFirst: HashTable;
  private readonly followLengths: HashTable;
  private readonly fuzzyHeads: HashTable;
  private found = new Int32Array(64);
  /** Candidates in `found` for the text being read. */
  private count = 0;

  /** Makes the tables from the index's (see filterData): a page hashes and sorts nothing to start. */
  constructor(data: FilterData<TableSource>) {
    this.first = new HashTable(data.first);
    this.follow = new HashTable(data.follow);
    this.firstTerms = new HashTable(data.firstTerms);
    this.termStems = new HashTable(data.termStems);
    this.termHeads = new HashTable(data.termHeads);
    this.misspeltFirst = new HashTable(data.misspeltFirst);
    this.followLengths = new HashTable(data.followLengths);
    this.fuzzyHeads = new HashTable(data.fuzzyHeads);
    this.prefilter = typeof data.prefilter === 'string' ? decodeWords(data.prefilter) : prefilterBits(data.prefilter);
    if (this.prefilter.length !== PREFILTER_WORDS) throw new Error(`prefilter of ${this.prefilter.length} words, not ${PREFILTER_WORDS}`);
  }

  /**
   * The words of `words` (read with this filter's prefilter) that may start an alias, in text order:
   * a view of a buffer reused by the next call.
   */
  candidates(text: string, words: WordIndex, typo: TypoCheck, follows: FollowCheck): Int32Array {
    this.count = 0;
    let last = -1;
    for (let f = 0; f < words.flaggedCount; f++) {
      const k = words.flagged[f]!;
      // A misspelt first word before the second word of an alias ("Donal Trump").
      const before = k - 1;
      if (before > last && before >= 0 && this.mayBeMisspeltFirst(text, words, before, k) && this.verdict(Math.imul(words.hash[before]!, 0x9e3779b1) ^ words.hash[k]!, () => typo(before, true)))
        this.add((last = before));
      if (this.opensAt(text, words, k, typo, follows)) this.add((last = k));
    }
    return this.found.subarray(0, this.count);
  }

  /** Adds word k to the candidates of the text being read. */
  private add(k: number): void {
    if (this.count === this.found.length) {
      const bigger = new Int32Array(this.count * 2);
      bigger.set(this.found);
      this.found = bigger;
    }
    this.found[this.count++] = k;
  }

  /**
   * Whether word `before` may be a misspelt first word of an alias whose second word is word k: k is
   * such a second word, and `before` starts with the letter of one of the first words it follows and
   * has a length a misspelling of that word can have. ("de" follows "tráfico", "provincia",
   * "República"…: without the lengths, most words before a "de" went on to a check with strings.)
   */
  private mayBeMisspeltFirst(text: string, words: WordIndex, before: number, k: number): boolean {
    const lengths = this.misspeltFirst.get(letterKey(words.hash[k]!, words.firstLetter(text, before)));
    return lengths !== undefined && (lengths & lengthBit(words.length[before]!)) !== 0;
  }

  /** Whether word k may start an alias by itself or as the first half of a compound. */
  private opensAt(text: string, words: WordIndex, k: number, typo: TypoCheck, follows: FollowCheck): boolean {
    const len = words.length[k]!;
    const flags = this.first.get(words.hash[k]!);
    if (flags !== undefined && this.opens(flags, text, words, k, follows)) return true;
    if (len >= HEAD && this.termHeads.has(words.head4[k]!)) {
      const { cut1, cut2, cut3, head7 } = words.beginnings(text, k);
      if (this.firstTerms.has(cut1) || this.firstTerms.has(cut2)) return true;
      if (this.firstTerms.has(hashStep(cut3, Y)) || this.firstTerms.has(hashStep(cut3, Z))) return true;
      if (len >= INFLECTION_STEM && this.termStems.has(head7)) return true;
    }
    if (len >= FUZZY_MIN_LENGTH && this.fuzzyHeads.has(words.head4[k]!) && this.verdict(words.hash[k]!, () => typo(k, false))) return true;
    return k + 1 < words.count && isSingleHyphen(text, words.end[k]!, words.start[k + 1]!) && this.first.has(words.joinedHash(text, k));
  }

  /**
   * A first word that is not an alias by itself ("Maria", "public") leads somewhere only if a word
   * that can follow it does: the next word exactly, or one middle name later, or (checked with strings,
   * remembered per pair) an inflected, compound or misspelt next word.
   */
  private opens(flags: number, text: string, words: WordIndex, k: number, follows: FollowCheck): boolean {
    if ((flags & ENDS) !== 0) return true;
    const middleName = (flags & MIDDLE_NAME) !== 0;
    const first = words.hash[k]!;
    const j = k + 1;
    if (j >= words.count) return false;
    if (this.follow.has(pairKey(first, words.hash[j]!))) return true;
    if (middleName && j + 1 < words.count && this.follow.has(pairKey(first, words.hash[j + 1]!))) return true;
    if (j + 1 < words.count && isSingleHyphen(text, words.end[j]!, words.start[j + 1]!)) return follows(k, j);
    if (!this.mayFollow(text, words, first, j) && !(middleName && j + 1 < words.count && this.mayFollow(text, words, first, j + 1))) return false;
    const pair = Math.imul(words.hash[k]!, 0x85ebca6b) ^ words.hash[j]!;
    return this.verdict(pair, () => follows(k, j) || (middleName && j + 1 < words.count && follows(k, j + 1)));
  }

  /**
   * Whether word `at` may be an inflected or misspelt form of a word that follows first word `first`
   * in an alias: one such word has its first letter, and a length its forms can have (a compound,
   * word `at` joined to the next by a hyphen, is let through on its letter). With 10,000 entities,
   * most first words are followed by a word of some other letter or length: without this, a large
   * index sent many times more word pairs on to a check with strings than the real one did.
   */
  private mayFollow(text: string, words: WordIndex, first: number, at: number): boolean {
    const lengths = this.followLengths.get(letterKey(first, words.firstLetter(text, at)));
    if (lengths === undefined) return false;
    if (at + 1 < words.count && isSingleHyphen(text, words.end[at]!, words.start[at + 1]!)) return true;
    return (lengths & lengthBit(words.length[at]!)) !== 0;
  }

  private verdict(key: number, check: () => boolean): boolean {
    let known = this.verdicts.get(key);
    if (known === undefined) {
      if (this.verdicts.size >= MAX_VERDICTS) this.verdicts.clear();
      this.verdicts.set(key, (known = check()));
    }
    return known;
  }
}
