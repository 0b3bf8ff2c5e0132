import type { CaseRule } from '../index/types';
import { fold, isCapitalized, tokenize } from './normalize';

/** What a complete path through the trie stands for. */
export interface AliasTarget {
  entity: number;
  caseRule: CaseRule;
  /** The alias's own words as written, for the case check. */
  words: string[];
  /** The alias ends with a period ("U.S."): the match takes the text's period too, when there is one. */
  endsWithPeriod: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  targets: AliasTarget[];
}

function newNode(): TrieNode {
  return { next: new Map(), targets: [] };
}

/**
 * A trie over folded words. Looking up a text costs one map lookup per word per step, whatever the
 * number of aliases, so the scan cost does not grow with the size of the index.
 */
export class AliasTrie {
  readonly root: TrieNode = newNode();
  /** Longest alias, in words: bounds how far one lookup walks. */
  maxWords = 0;

  /** Adds an alias; `lastWordForms` are extra folded forms accepted for its last word (plurals). */
  add(alias: string, target: Omit<AliasTarget, 'words' | 'endsWithPeriod'>, lastWordForms: (last: string) => string[] = () => []): void {
    const words = tokenize(alias).map((t) => t.surface);
    if (words.length === 0) return;
    const folded = words.map(fold);
    let node = this.root;
    for (const word of folded.slice(0, -1)) node = child(node, word);
    const last = folded[folded.length - 1]!;
    for (const form of [last, ...lastWordForms(last)]) {
      child(node, form).targets.push({ ...target, words, endsWithPeriod: alias.trimEnd().endsWith('.') });
    }
    this.maxWords = Math.max(this.maxWords, words.length);
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
