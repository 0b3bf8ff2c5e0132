import { childrenStartingWith, insertAlias, newNode, registerTermWord, wordAt, type AliasTarget, type TrieNode } from './alias-trie';
import { HashTable } from './hash-table';
import { hashFolded } from './normalize';
import { ENDS_WITH_PERIOD, FULL_NAME, GIVEN_NAME, INFLECTS, NEEDS_FULL_NAME, PERSON, SURNAME, wordGroup, type EntryData, type TrieData } from './matcher-data';

/** The trie as the page's scanner reads it (see openTrie). */
export interface PageTrie {
  readonly root: TrieNode;
  /**
   * The root's child for `word`, made with its whole branch when first asked for: every entry whose
   * first word has that word's hash. The scanner reaches the root's children through this alone.
   */
  child(word: string): TrieNode | undefined;
  /**
   * The root's child for the word text[from, to) whose folded hash is `hash`, as child() gives it,
   * found by the hash and checked character by character: no string made (see foldsTo).
   */
  childAt(hash: number, text: string, from: number, to: number): TrieNode | undefined;
  /**
   * The child of `node` (a first word's node that `waits`) for `word`. A first word's longer aliases
   * are put in by their second word, when a page first meets that word after it: every node below
   * is then whole.
   */
  next(node: TrieNode, word: string): TrieNode | undefined;
  /** The children of `node` whose word starts with `letter`, in the order the whole trie has them (for typos). */
  childrenStartingWith(node: TrieNode, letter: string): readonly [string, TrieNode][];
  /** Longest alias, in words: bounds how far one lookup walks. */
  readonly maxWords: number;
  /** Whether `word` is a word of some alias or confusable: such a word is never "corrected". */
  isKnown(word: string): boolean;
  /** The first words of multi-word aliases whose second word is `second` ("Donal Trump"). */
  firstsBefore(second: string): readonly string[] | undefined;
  /** The people a one-word alias `surname` names alone ("rubio" -> Marco Rubio). */
  surnameOwners(surname: string): number[] | undefined;
}

/** A target with every field there, set or not: one shape for all (see newNode). */
function targetOf(entry: EntryData): AliasTarget {
  const [entity, folded, words, caseRule, flags, typos, termRank, own] = entry;
  return {
    entity,
    caseRule,
    words,
    endsWithPeriod: (flags & ENDS_WITH_PERIOD) !== 0,
    needsFullName: (flags & NEEDS_FULL_NAME) !== 0,
    surname: (flags & SURNAME) !== 0,
    givenName: flags & GIVEN_NAME ? true : undefined,
    own: own ? new Set(own) : undefined,
    lastName: flags & FULL_NAME ? folded.at(-1)! : undefined,
    termRank: termRank >= 0 ? termRank : undefined,
    typos,
  };
}

/**
 * A first word begins this many longer names or more before they wait for their second word (see
 * openTrie): below it, waiting would cost a lookup per word after the first word and save little
 * (the built-in pack's "Trump" begins fourteen longer names and confusables; a big pack's "San", a hundred).
 */
const WAIT_FROM = 32;

/**
 * Opens a page's trie (see TrieData): the root's branches, the known words and the second words are
 * parsed and made when a word on the page first asks for them, and a branch's names of two words or
 * more when the page has their second word after the first.
 */
export function openTrie(data: TrieData): PageTrie {
  const buckets = new HashTable(data.buckets);
  const root = newNode();
  /**
   * A first word's aliases of two words or more, not put in yet (when it has WAIT_FROM or more): by
   * second word, and every second word in the order the whole trie has them. "San", "Juan" or "Port"
   * begin a hundred names of a big pack, and a page that says "San" needs those of one second word, if any.
   */
  const waiting = new Map<TrieNode, { bySecond: Map<string, EntryData[]>; order: string[] }>();
  const insert = (node: TrieNode, entry: EntryData, from: number) =>
    insertAlias(node, from === 0 ? entry[1] : entry[1].slice(from), targetOf(entry), { inflects: (entry[4] & INFLECTS) !== 0, person: (entry[4] & PERSON) !== 0 });
  const fill = (hash: number) => {
    const at = buckets.indexOf(hash);
    if (at < 0) return;
    const end = at + 1 < buckets.size ? buckets.valueAt(at + 1)! : data.entries.length;
    const entries = JSON.parse(data.entries.slice(buckets.valueAt(at)!, end)) as EntryData[];
    firstsByHash.set(hash, [...new Set(entries.map((entry) => entry[1][0]!))]);
    const longer = new Map<string, number>();
    for (const entry of entries) if (entry[1].length > 1) longer.set(entry[1][0]!, (longer.get(entry[1][0]!) ?? 0) + 1);
    for (const entry of entries) {
      const folded = entry[1];
      if (folded.length === 1 || longer.get(folded[0]!)! < WAIT_FROM) {
        insert(root, entry, 0);
        continue;
      }
      // What the first word's node says of its children is set now (term words for inflected
      // forms, a middle name); the rest of the path waits for its second word.
      const first = folded[0]!;
      if (entry[4] & INFLECTS) registerTermWord(root, first);
      let node = root.next.get(first);
      if (!node) root.next.set(first, (node = newNode()));
      if (entry[4] & INFLECTS) registerTermWord(node, folded[1]!);
      if (entry[4] & PERSON) node.middleName = true;
      let later = waiting.get(node);
      if (!later) {
        waiting.set(node, (later = { bySecond: new Map(), order: [] }));
        node.waits = true;
      }
      const group = later.bySecond.get(folded[1]!);
      if (group) group.push(entry);
      else {
        later.bySecond.set(folded[1]!, [entry]);
        later.order.push(folded[1]!);
      }
    }
  };
  /** Puts in `node`'s aliases whose second word is `word`, if they wait. */
  const putIn = (node: TrieNode, word: string, later = waiting.get(node)) => {
    const group = later?.bySecond.get(word);
    if (!group) return;
    later!.bySecond.delete(word);
    for (const entry of group) insert(node, entry, 1);
  };
  /** Hashes whose branch is made, and words asked for once (most words on a page lead nowhere, and come again). */
  const filled = new Set<number>();
  /** The first words of each branch made, by their hash (see childAt). */
  const firstsByHash = new Map<number, string[]>();
  const asked = new Set<string>();
  /** Makes the branch of the first words of `hash`, once. */
  const fillOnce = (hash: number) => {
    if (filled.has(hash)) return;
    filled.add(hash);
    fill(hash);
  };
  const child = (word: string): TrieNode | undefined => {
    const found = root.next.get(word);
    if (found !== undefined || asked.has(word)) return found;
    asked.add(word);
    fillOnce(hashFolded(word) >>> 0);
    return root.next.get(word);
  };
  for (const word of data.termFirsts) registerTermWord(root, word);
  const childAt = (hash: number, text: string, from: number, to: number): TrieNode | undefined => {
    fillOnce(hash >>> 0);
    const first = wordAt(firstsByHash.get(hash >>> 0), text, from, to);
    return first === undefined ? undefined : root.next.get(first);
  };

  const known: (Set<string> | undefined)[] = [];
  const seconds: (Map<string, string[]> | undefined)[] = [];
  const owners = new Map<string, number[] | undefined>();
  /** Per word asked: a page asks about the same words again and again. */
  const knownVerdicts = new Map<string, boolean>();
  return {
    root,
    child,
    childAt,
    next(node, word) {
      const found = node.next.get(word);
      if (found !== undefined) return found;
      putIn(node, word);
      return node.next.get(word);
    },
    childrenStartingWith(node, letter) {
      const later = waiting.get(node);
      if (!later) return childrenStartingWith(node, letter);
      // Only this letter's children are put in, and listed in the whole trie's order: the first
      // that a typo fits is the one the whole trie would give.
      const byLetter = (node.byFirstLetter ??= new Map());
      let children = byLetter.get(letter);
      if (!children) {
        const words = later.order.filter((word) => word[0] === letter);
        for (const word of words) putIn(node, word, later);
        byLetter.set(letter, (children = words.map((word) => [word, node.next.get(word)!] as [string, TrieNode])));
      }
      return children;
    },
    maxWords: data.maxWords,
    isKnown(word) {
      let verdict = knownVerdicts.get(word);
      if (verdict === undefined) {
        const group = wordGroup(word);
        const words = (known[group] ??= new Set(data.knownWords[group] ? data.knownWords[group].split('\n') : []));
        knownVerdicts.set(word, (verdict = words.has(word)));
      }
      return verdict;
    },
    firstsBefore(second) {
      const group = wordGroup(second);
      const bySecond = (seconds[group] ??= new Map(JSON.parse(data.firstBySecond[group]!) as [string, string[]][]));
      return bySecond.get(second);
    },
    surnameOwners(surname) {
      if (!owners.has(surname)) {
        const people = child(surname)
          ?.targets.filter((t) => t.surname)
          .map((t) => t.entity);
        owners.set(surname, people && people.length > 0 ? people : undefined);
      }
      return owners.get(surname);
    },
  };
}
