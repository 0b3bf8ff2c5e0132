import { insertAlias, newNode, registerTermWord, type AliasTarget, type TrieNode } from './alias-trie';
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
  /** Longest alias, in words: bounds how far one lookup walks. */
  readonly maxWords: number;
  /** Whether `word` is a word of some alias or confusable: such a word is never "corrected". */
  isKnown(word: string): boolean;
  /** The first words of multi-word aliases whose second word is `second` ("Donal Trump"). */
  firstsBefore(second: string): readonly string[] | undefined;
  /** The people a one-word alias `surname` names alone ("rubio" -> Marco Rubio). */
  surnameOwners(surname: string): number[] | undefined;
}

function targetOf(entry: EntryData): AliasTarget {
  const [entity, folded, words, caseRule, flags, typos, termRank, own] = entry;
  const target: AliasTarget = {
    entity,
    caseRule,
    words,
    endsWithPeriod: (flags & ENDS_WITH_PERIOD) !== 0,
    needsFullName: (flags & NEEDS_FULL_NAME) !== 0,
    surname: (flags & SURNAME) !== 0,
    typos,
  };
  if (flags & GIVEN_NAME) target.givenName = true;
  if (own) target.own = new Set(own);
  if (flags & FULL_NAME) target.lastName = folded.at(-1)!;
  if (termRank >= 0) target.termRank = termRank;
  return target;
}

/**
 * Opens a page's trie (see TrieData): the root's branches, the known words and the second words are
 * parsed and made when a word on the page first asks for them.
 */
export function openTrie(data: TrieData): PageTrie {
  const buckets = new HashTable(data.buckets);
  const root = newNode();
  const fill = (hash: number) => {
    const at = buckets.indexOf(hash);
    if (at < 0) return;
    const end = at + 1 < buckets.size ? buckets.valueAt(at + 1)! : data.entries.length;
    const entries = JSON.parse(data.entries.slice(buckets.valueAt(at)!, end)) as EntryData[];
    for (const entry of entries) insertAlias(root, entry[1], targetOf(entry), { inflects: (entry[4] & INFLECTS) !== 0, person: (entry[4] & PERSON) !== 0 });
  };
  /** Hashes whose branch is made, and words asked for once (most words on a page lead nowhere, and come again). */
  const filled = new Set<number>();
  const asked = new Set<string>();
  const child = (word: string): TrieNode | undefined => {
    const found = root.next.get(word);
    if (found !== undefined || asked.has(word)) return found;
    asked.add(word);
    const hash = hashFolded(word) >>> 0;
    if (filled.has(hash)) return undefined;
    filled.add(hash);
    fill(hash);
    return root.next.get(word);
  };
  for (const word of data.termFirsts) registerTermWord(root, word);

  const known: (Set<string> | undefined)[] = [];
  const seconds: (Map<string, string[]> | undefined)[] = [];
  const owners = new Map<string, number[] | undefined>();
  /** Per word asked: a page asks about the same words again and again. */
  const knownVerdicts = new Map<string, boolean>();
  return {
    root,
    child,
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
