import type { FuzzyIndex } from '../index/types';
import type { AliasTrie } from './alias-trie';
import { FUZZY_MIN_LENGTH } from './fuzzy';
import { INFLECTION_STEM } from './inflect';
import { HashSet } from './hash-set';
import { hashFolded, hashStep, isSingleHyphen } from './normalize';
import type { WordIndex } from './word-index';

const Y = 121;
const Z = 122;

/**
 * Checks the typo rules for one word, with strings: whether word k is a typo of a fuzzy-vocabulary
 * word (`next` false) or of the first word of an alias whose second word is word k+1 (`next` true).
 */
export type TypoCheck = (k: number, next: boolean) => boolean;

/** Whether word j can follow word k (a first word without targets of its own) on the way to an alias. */
export type FollowCheck = (k: number, j: number) => boolean;

/** What the filter knows of a first word: does it end an alias, which words follow it. */
interface Gate {
  ends: boolean;
  next: Set<number>;
  middleName: boolean;
}

/** Most pages repeat their words: a typo verdict is remembered per word (or word pair) hash. */
const MAX_VERDICTS = 50_000;

/**
 * Which words of a text may start an alias, decided from hashes alone: a word that is the first word
 * of an alias or confusable, a plural or inflected form of a first term word, a long word in a fuzzy
 * bucket, a word followed by the second word of a multi-word alias (a typo in its first word), or
 * the first half of a hyphenated compound. It is a superset: the trie walk decides; every other word
 * costs a few set lookups.
 */
export class CandidateFilter {
  private readonly first = new HashSet<Gate>();
  private readonly verdicts = new Map<number, boolean>();
  private readonly firstTerms = new HashSet();
  private readonly termStems = new HashSet();
  private readonly second = new HashSet();
  private readonly fuzzyHeads = new HashSet();

  constructor(trie: AliasTrie, fuzzy: FuzzyIndex) {
    for (const [word, node] of trie.root.next) {
      this.first.set(hashFolded(word), { ends: node.targets.length > 0, next: new Set([...node.next.keys()].map(hashFolded)), middleName: node.middleName === true });
    }
    for (const word of trie.root.termWords ?? []) {
      this.firstTerms.add(hashFolded(word));
      if (word.length >= INFLECTION_STEM) this.termStems.add(hashFolded(word.slice(0, INFLECTION_STEM)));
    }
    for (const word of trie.firstBySecond.keys()) this.second.add(hashFolded(word));
    for (const head of Object.keys(fuzzy.buckets)) this.fuzzyHeads.add(hashFolded(head));
  }

  /** Marks in `out` (1) the words of `words` that may start an alias; returns how many. */
  mark(text: string, words: WordIndex, out: Uint8Array, typo: TypoCheck, follows: FollowCheck): number {
    let found = 0;
    for (let k = 0; k < words.count; k++) {
      const len = words.length[k]!;
      const gate = this.first.get(words.hash[k]!);
      let hit = gate !== undefined && this.opens(gate, text, words, k, follows);
      if (!hit && len >= 4 && (this.firstTerms.has(words.cut1[k]!) || this.firstTerms.has(words.cut2[k]!))) hit = true;
      if (!hit && len >= 4 && (this.firstTerms.has(hashStep(words.cut3[k]!, Y)) || this.firstTerms.has(hashStep(words.cut3[k]!, Z)))) hit = true;
      if (!hit && len >= INFLECTION_STEM && this.termStems.has(words.head7[k]!)) hit = true;
      if (!hit && len >= FUZZY_MIN_LENGTH && this.fuzzyHeads.has(words.head4[k]!)) hit = this.verdict(words.hash[k]!, () => typo(k, false));
      if (!hit && k + 1 < words.count) {
        if (this.second.has(words.hash[k + 1]!)) hit = this.verdict(Math.imul(words.hash[k]!, 0x9e3779b1) ^ words.hash[k + 1]!, () => typo(k, true));
        if (!hit && isSingleHyphen(text, words.end[k]!, words.start[k + 1]!) && this.first.has(words.joinedHash(text, k))) hit = true;
      }
      out[k] = hit ? 1 : 0;
      if (hit) found++;
    }
    return found;
  }

  /**
   * A first word that is not an alias by itself ("Maria", "public") leads somewhere only if a word
   * that can follow it does: the next word exactly, or one middle name later, or (checked with strings,
   * remembered per pair) an inflected, compound or misspelt next word.
   */
  private opens(gate: Gate, text: string, words: WordIndex, k: number, follows: FollowCheck): boolean {
    if (gate.ends) return true;
    const j = k + 1;
    if (j >= words.count) return false;
    if (gate.next.has(words.hash[j]!)) return true;
    if (gate.middleName && j + 1 < words.count && gate.next.has(words.hash[j + 1]!)) return true;
    if (j + 1 < words.count && isSingleHyphen(text, words.end[j]!, words.start[j + 1]!)) return follows(k, j);
    const pair = Math.imul(words.hash[k]!, 0x85ebca6b) ^ words.hash[j]!;
    return this.verdict(pair, () => follows(k, j) || (gate.middleName && j + 1 < words.count && follows(k, j + 1)));
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
