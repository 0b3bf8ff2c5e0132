import type { CaseRule } from '../shared/definitions';
import { INFLECTION_STEM, isInflectionOf, singularForms } from './inflect';
import type { EntityMatchData } from './matcher-data';

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
  /**
   * A person's one-word alias that is their given name ("Delcy": the first word of a longer alias,
   * never the last): someone else when another surname follows it ("Delcy Gómez").
   */
  givenName?: true;
  /** A person's full name: its last word, folded ("rubio" for Pedro Rubio). */
  lastName?: string;
  /** A term's, with its pack's place below the first (see EntityMatchData.rank): 0 for the first pack. */
  termRank?: number;
  /** How many of its words may be misspelt: none for a one-word name, never all words of a name. */
  typos: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  targets: AliasTarget[];
  /** Children that are words of terms: only these are met in inflected forms. */
  termWords?: Set<string>;
  /** Term words by their first letters, for inflected forms ("decertified" -> "decertification"). */
  inflected?: Map<string, { word: string; node: TrieNode }[]>;
  /** Inside a person's name after its first word: one middle name may stand here ("Marco Antonio Rubio"). */
  middleName?: boolean;
  /** Children by their first letter, made when a typo is first looked for here. */
  byFirstLetter?: Map<string, [string, TrieNode][]>;
}

/** The children of `node` whose word starts with `letter`: the only ones a typo of a word with that letter can mean. */
export function childrenStartingWith(node: TrieNode, letter: string): [string, TrieNode][] {
  if (!node.byFirstLetter) {
    node.byFirstLetter = new Map();
    for (const entry of node.next) {
      const list = node.byFirstLetter.get(entry[0][0]!) ?? [];
      list.push(entry);
      node.byFirstLetter.set(entry[0][0]!, list);
    }
  }
  return node.byFirstLetter.get(letter) ?? [];
}

export interface AliasOptions {
  /** Terms are met in plurals and inflected forms, at every word; names are not. */
  inflects: boolean;
  /** A person's name: may have a middle name the alias does not list. */
  person: boolean;
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
  /** For multi-word aliases, their first word by their second: corrects a typo in the first word ("Donal Trump"). */
  readonly firstBySecond = new Map<string, { first: string; node: TrieNode }[]>();
  /** The (first, second) word pairs in firstBySecond: thousands of names may share a second word. */
  private readonly pairs = new Set<string>();

  /** Adds an alias: its words as written (in the target) and folded (the path through the trie). */
  add(folded: readonly string[], target: AliasTarget, options: AliasOptions): void {
    if (folded.length === 0) return;
    // Plain loops: a page builds the trie once, before V8 has compiled any of this.
    let node = this.root;
    for (let i = 0; i < folded.length; i++) {
      const word = folded[i]!;
      this.knownWords.add(word);
      if (options.inflects) registerTermWord(node, word);
      node = child(node, word);
      if (i === 0 && folded.length > 1) {
        const pair = `${word}\u0000${folded[1]!}`;
        if (!this.pairs.has(pair)) {
          this.pairs.add(pair);
          let list = this.firstBySecond.get(folded[1]!);
          if (!list) this.firstBySecond.set(folded[1]!, (list = []));
          list.push({ first: word, node });
        }
      }
      if (options.person && i < folded.length - 1) node.middleName = true;
    }
    node.targets.push(target);
    this.maxWords = Math.max(this.maxWords, folded.length);
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

function registerTermWord(node: TrieNode, word: string): void {
  (node.termWords ??= new Set()).add(word);
  if (word.length < INFLECTION_STEM) return;
  node.inflected ??= new Map();
  const key = word.slice(0, INFLECTION_STEM);
  let list = node.inflected.get(key);
  if (!list) node.inflected.set(key, (list = []));
  for (let i = 0; i < list.length; i++) if (list[i]!.word === word) return;
  list.push({ word, node: child(node, word) });
}

/** The child `word` leads to as an inflected form of one of `node`'s term words, if it is one. */
export function inflectedChild(node: TrieNode, word: string): TrieNode | undefined {
  if (!node.termWords) return undefined;
  for (const singular of singularForms(word)) {
    if (node.termWords.has(singular)) return node.next.get(singular);
  }
  if (!node.inflected || word.length < INFLECTION_STEM) return undefined;
  return node.inflected.get(word.slice(0, INFLECTION_STEM))?.find((e) => isInflectionOf(word, e.word))?.node;
}

/**
 * The trie of every alias and confusable, each entity's own folded words (for the guards), and per
 * surname, the people it names alone ("rubio" -> Marco Rubio): a full name ending with it names
 * someone else of that surname.
 */
export function trieFromData(entities: readonly EntityMatchData[]): { trie: AliasTrie; ownNames: Set<string>[]; surnames: Map<string, number[]> } {
  const trie = new AliasTrie();
  const ownNames: Set<string>[] = [];
  const surnames = new Map<string, number[]>();
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    const person = entity.kind === 'person';
    const own = new Set<string>(entity.aliases.flatMap((alias) => alias.folded));
    ownNames.push(own);
    const longer = entity.aliases.filter((alias) => alias.folded.length > 1);
    const isGivenName = (word: string) => person && longer.some((a) => a.folded[0] === word) && !longer.some((a) => a.folded.at(-1) === word);
    for (const alias of entity.aliases) {
      const words = alias.folded.length;
      trie.add(
        alias.folded,
        {
          entity: index,
          caseRule: alias.case,
          words: alias.words,
          endsWithPeriod: alias.endsWithPeriod === true,
          needsFullName: alias.needsFullName === true,
          surname: person && words === 1,
          ...(words === 1 && isGivenName(alias.folded[0]!) ? { givenName: true as const } : {}),
          ...(person && words > 1 ? { lastName: alias.folded.at(-1)! } : {}),
          ...(entity.kind === 'term' ? { termRank: entity.rank ?? 0 } : {}),
          typos: words > 1 ? words - 1 : person || alias.case === 'exact' ? 0 : 1,
        },
        { inflects: entity.kind === 'term', person },
      );
    }
    if (person) for (const alias of entity.aliases) if (alias.folded.length === 1) surnames.set(alias.folded[0]!, [...(surnames.get(alias.folded[0]!) ?? []), index]);
    for (const never of entity.never) {
      const target = { entity: BLOCKED, caseRule: never.case, words: never.words, endsWithPeriod: false, needsFullName: false, surname: false, typos: 0 };
      trie.add(never.folded, target, { inflects: false, person: false });
    }
  }
  return { trie, ownNames, surnames };
}
