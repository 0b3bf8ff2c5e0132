import type { CaseRule } from '../index/types';
import { INFLECTION_STEM, isInflectionOf, pluralForms } from './inflect';
import { fold, isCapitalized, tokenize } from './normalize';

/** The entity number of a confusable: a match on it means "nothing here". */
export const BLOCKED = -1;

/** What a complete path through the trie stands for. */
export interface AliasTarget {
  /** Index of the entity, or BLOCKED for a confusable. */
  entity: number;
  caseRule: CaseRule;
  /** The alias's own words as written, for the case check. */
  words: string[];
  /** The alias ends with a period ("U.S."): the match takes the text's period too, when there is one. */
  endsWithPeriod: boolean;
  /** A common surname that counts only where the entity is also named in full. */
  needsFullName: boolean;
  /** A person's one-word alias: someone else when another given name stands before it. */
  surname: boolean;
  /** How many of its words may be misspelt: none for a one-word name, never all words of a name. */
  typos: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Terms' last words by their first letters, for inflected forms ("decertified" -> "decertification"). */
  inflected?: Map<string, { word: string; node: TrieNode }[]>;
  targets: AliasTarget[];
}

export interface AliasOptions {
  /** Terms take plurals and inflections of their last word; names do not. */
  inflects: boolean;
}

function newNode(): TrieNode {
  return { next: new Map(), targets: [] };
}

/**
 * A trie over folded words. Looking up a text costs a few map lookups per word, whatever the number
 * of aliases, so the scan cost does not grow with the size of the index.
 */
export class AliasTrie {
  readonly root: TrieNode = newNode();
  /** Longest alias, in words: bounds how far one lookup walks. */
  maxWords = 0;
  /** Every folded word of every alias and confusable: such words are never "corrected". */
  readonly knownWords = new Set<string>();

  add(alias: string, target: Omit<AliasTarget, 'words' | 'endsWithPeriod'>, options: AliasOptions): void {
    const words = tokenize(alias).map((t) => t.surface);
    if (words.length === 0) return;
    const folded = words.map(fold);
    folded.forEach((w) => this.knownWords.add(w));
    let node = this.root;
    for (const word of folded.slice(0, -1)) node = child(node, word);
    const last = folded[folded.length - 1]!;
    const full: AliasTarget = { ...target, words, endsWithPeriod: alias.trimEnd().endsWith('.') };
    const terminal = child(node, last);
    terminal.targets.push(full);
    this.maxWords = Math.max(this.maxWords, words.length);
    if (!options.inflects) return;
    for (const form of pluralForms(last)) child(node, form).targets.push(full);
    if (last.length >= INFLECTION_STEM) {
      node.inflected ??= new Map();
      const key = last.slice(0, INFLECTION_STEM);
      const list = node.inflected.get(key) ?? [];
      if (!list.some((e) => e.word === last)) list.push({ word: last, node: terminal });
      node.inflected.set(key, list);
    }
  }
}

function child(node: TrieNode, word: string): TrieNode {
  let next = node.next.get(word);
  if (!next) {
    next = newNode();
    node.next.set(word, next);
  }
  return next;
}

/** The node an inflected form of one of `node`'s term words leads to, if `word` is one. */
export function inflectedChild(node: TrieNode, word: string): TrieNode | undefined {
  if (!node.inflected || word.length < INFLECTION_STEM) return undefined;
  return node.inflected.get(word.slice(0, INFLECTION_STEM))?.find((e) => isInflectionOf(word, e.word))?.node;
}

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
