import type { CaseRule } from '../shared/definitions';
import { INFLECTION_STEM, isInflectionOf, singularForms } from './inflect';
import type { EntityMatchData } from './matcher-data';
import { foldsTo, hashFolded } from './normalize';
import { letterIndex } from './word-index';

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
  /** A one-word name's entity's own folded words: the guards read no other person in them. */
  own?: ReadonlySet<string>;
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
  inflected?: Map<string, string[]>;
  /** Inside a person's name after its first word: one middle name may stand here ("Marco Antonio Rubio"). */
  middleName?: boolean;
  /** Children by their first letter, made when a typo is first looked for here. */
  byFirstLetter?: Map<string, [string, TrieNode][]>;
  /** A first word's node on a page whose longer aliases wait for their second word (see PageTrie.next). */
  waits?: true;
  /** The scanner's typo verdicts here: the child a word is a typo of, or null (see Scanner.typoChild). */
  typos?: Map<string, TrieNode | null>;
  /** Its children's words as numbers (see childWords), made when the scanner first asks. */
  childWords?: ChildWords;
}

/** What a page word is told against before a string is made of it: most words after a name lead nowhere. */
export interface ChildWords {
  /** Children when this was made: a page's trie adds children as the page asks (see lazy-trie.ts). */
  size: number;
  /** The children's words by their hashes (see hashFolded): nearly always one word each. */
  hashes: Map<number, string[]>;
  /** A bit per first letter of a child's word (see letterIndex): a typo keeps its first letter. */
  letters: number;
}

/** The children of `node` as numbers (see ChildWords), made again if children were added since. */
export function childWords(node: TrieNode): ChildWords {
  let known = node.childWords;
  if (known === undefined || known.size !== node.next.size) {
    const hashes = new Map<number, string[]>();
    let letters = 0;
    for (const word of node.next.keys()) {
      const hash = hashFolded(word);
      const same = hashes.get(hash);
      if (same) same.push(word);
      else hashes.set(hash, [word]);
      letters |= 1 << letterIndex(word.charCodeAt(0));
    }
    node.childWords = known = { size: node.next.size, hashes, letters };
  }
  return known;
}

/**
 * The child of `node` for the word text[from, to), whose folded hash is `hash`: found by the hash
 * and checked character by character, with no string made (see foldsTo).
 */
export function childAt(node: TrieNode, hash: number, text: string, from: number, to: number): TrieNode | undefined {
  const word = wordAt(childWords(node).hashes.get(hash), text, from, to);
  return word === undefined ? undefined : node.next.get(word);
}

/** Which of `words` (folded, of one hash) text[from, to) folds to, if any (see foldsTo). */
export function wordAt(words: readonly string[] | undefined, text: string, from: number, to: number): string | undefined {
  if (words === undefined) return undefined;
  for (let i = 0; i < words.length; i++) if (foldsTo(text, from, to, words[i]!)) return words[i];
  return undefined;
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

/**
 * A node with every field there from the start, even unset: the scanner reads nodes at every word
 * of a walk, and nodes of one shape keep those reads monomorphic (a field added later gives a node
 * a shape of its own, and optimised code meeting a new shape is thrown away).
 */
export function newNode(): TrieNode {
  return {
    next: new Map(),
    targets: [],
    termWords: undefined,
    inflected: undefined,
    middleName: undefined,
    byFirstLetter: undefined,
    waits: undefined,
    typos: undefined,
    childWords: undefined,
  };
}

/**
 * Puts one alias into the trie under `root`: its words folded (the path) and the target its last
 * node stands for. Plain loops: a page adds aliases before V8 has compiled any of this.
 */
export function insertAlias(root: TrieNode, folded: readonly string[], target: AliasTarget, options: AliasOptions): void {
  let node = root;
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i]!;
    if (options.inflects) registerTermWord(node, word);
    node = child(node, word);
    if (options.person && i < folded.length - 1) node.middleName = true;
  }
  node.targets.push(target);
}

/**
 * A trie over folded words. Looking up a text costs a few map lookups per word, whatever the number
 * of aliases, so the scan cost does not grow with the size of the index. This is the whole trie, as
 * the compiler makes it (for the candidate filter and the page's trie data, see trie-data.ts); a
 * page opens only the parts its words lead to (see lazy-trie.ts).
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
    insertAlias(this.root, folded, target, options);
    for (const word of folded) this.knownWords.add(word);
    if (folded.length > 1) {
      const pair = `${folded[0]!}\u0000${folded[1]!}`;
      if (!this.pairs.has(pair)) {
        this.pairs.add(pair);
        let list = this.firstBySecond.get(folded[1]!);
        if (!list) this.firstBySecond.set(folded[1]!, (list = []));
        list.push({ first: folded[0]!, node: this.root.next.get(folded[0]!)! });
      }
    }
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

/** Notes `word` as a term word after `node`, for its plurals and inflected forms. */
export function registerTermWord(node: TrieNode, word: string): void {
  (node.termWords ??= new Set()).add(word);
  if (word.length < INFLECTION_STEM) return;
  node.inflected ??= new Map();
  const key = word.slice(0, INFLECTION_STEM);
  let list = node.inflected.get(key);
  if (!list) node.inflected.set(key, (list = []));
  if (!list.includes(word)) list.push(word);
}

/** The term word after `node` that `word` is an inflected form of (a plural, "decertified"), if any. */
export function inflectedWord(node: TrieNode, word: string): string | undefined {
  if (!node.termWords) return undefined;
  for (const singular of singularForms(word)) {
    if (node.termWords.has(singular)) return singular;
  }
  if (!node.inflected || word.length < INFLECTION_STEM) return undefined;
  return node.inflected.get(word.slice(0, INFLECTION_STEM))?.find((w) => isInflectionOf(word, w));
}

/** One alias or confusable as the trie takes it. */
export interface TrieEntry {
  folded: string[];
  target: AliasTarget;
  options: AliasOptions;
}

/**
 * Every alias and confusable of `entities` as trie entries, in the order they go in (at a node, the
 * first target that fits wins): per entity, its aliases, then its confusables.
 */
export function trieEntries(entities: readonly EntityMatchData[]): TrieEntry[] {
  const entries: TrieEntry[] = [];
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index]!;
    const person = entity.kind === 'person';
    const longer = entity.aliases.filter((alias) => alias.folded.length > 1);
    const isGivenName = (word: string) => person && longer.some((a) => a.folded[0] === word) && !longer.some((a) => a.folded.at(-1) === word);
    // The guards on a one-word name read the entity's own words ("Marco" before "Rubio" is no other person).
    let own: ReadonlySet<string> | undefined;
    const ownWords = () => (own ??= new Set(entity.aliases.flatMap((alias) => alias.folded)));
    for (const alias of entity.aliases) {
      if (alias.folded.length === 0) continue;
      const words = alias.folded.length;
      const surname = person && words === 1;
      const givenName = words === 1 && isGivenName(alias.folded[0]!);
      const target: AliasTarget = {
        entity: index,
        caseRule: alias.case,
        words: alias.words,
        endsWithPeriod: alias.endsWithPeriod === true,
        needsFullName: alias.needsFullName === true,
        surname,
        ...(givenName ? { givenName: true as const } : {}),
        ...(surname || givenName ? { own: ownWords() } : {}),
        ...(person && words > 1 ? { lastName: alias.folded.at(-1)! } : {}),
        ...(entity.kind === 'term' ? { termRank: entity.rank ?? 0 } : {}),
        typos: words > 1 ? words - 1 : person || alias.case === 'exact' ? 0 : 1,
      };
      entries.push({ folded: alias.folded, target, options: { inflects: entity.kind === 'term', person } });
    }
    for (const never of entity.never) {
      if (never.folded.length === 0) continue;
      const target = { entity: BLOCKED, caseRule: never.case, words: never.words, endsWithPeriod: false, needsFullName: false, surname: false, typos: 0 };
      entries.push({ folded: never.folded, target, options: { inflects: false, person: false } });
    }
  }
  return entries;
}
