import { AliasTrie, trieEntries, type TrieEntry } from './alias-trie';
import { tableData } from './hash-table';
import { ENDS_WITH_PERIOD, FULL_NAME, GIVEN_NAME, INFLECTS, NEEDS_FULL_NAME, PERSON, SURNAME, WORD_GROUPS, wordGroup, type EntityMatchData, type EntryData, type TrieData } from './matcher-data';
import { hashFolded } from './normalize';

function entryData({ folded, target, options }: TrieEntry): EntryData {
  const flags =
    (target.endsWithPeriod ? ENDS_WITH_PERIOD : 0) |
    (target.needsFullName ? NEEDS_FULL_NAME : 0) |
    (target.surname ? SURNAME : 0) |
    (target.givenName ? GIVEN_NAME : 0) |
    (target.lastName !== undefined ? FULL_NAME : 0) |
    (options.inflects ? INFLECTS : 0) |
    (options.person ? PERSON : 0);
  const entry: EntryData = [target.entity, folded, target.words, target.caseRule, flags, target.typos, target.termRank ?? -1];
  if (target.own) entry.push([...target.own]);
  return entry;
}

/** The whole trie of `entities` (for the candidate filter) and its data for a page. */
export function compileTrie(entities: readonly EntityMatchData[]): { trie: AliasTrie; data: TrieData } {
  const trie = new AliasTrie();
  const byHash = new Map<number, EntryData[]>();
  for (const entry of trieEntries(entities)) {
    trie.add(entry.folded, entry.target, entry.options);
    const hash = hashFolded(entry.folded[0]!) >>> 0;
    let list = byHash.get(hash);
    if (!list) byHash.set(hash, (list = []));
    list.push(entryData(entry));
  }
  const hashes = [...byHash.keys()].sort((a, b) => a - b);
  const starts: [number, number][] = [];
  let entries = '';
  for (const hash of hashes) {
    starts.push([hash, entries.length]);
    entries += JSON.stringify(byHash.get(hash));
  }
  const knownWords: string[][] = Array.from({ length: WORD_GROUPS }, () => []);
  for (const word of trie.knownWords) knownWords[wordGroup(word)]!.push(word);
  const seconds: [string, string[]][][] = Array.from({ length: WORD_GROUPS }, () => []);
  for (const [second, list] of trie.firstBySecond) {
    seconds[wordGroup(second)]!.push([second, list.map((f) => f.first)]);
  }
  return {
    trie,
    data: {
      maxWords: trie.maxWords,
      termFirsts: [...(trie.root.termWords ?? [])],
      buckets: tableData(starts),
      entries,
      knownWords: knownWords.map((words) => words.join('\n')),
      firstBySecond: seconds.map((group) => JSON.stringify(group)),
    },
  };
}
