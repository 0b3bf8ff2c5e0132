/**
 * The page index: what a page's content script needs to find the names of every enabled pack, and
 * nothing more (no article text: a card's text is asked for when it opens). It is compiled from the
 * enabled packs together whenever they change, because packs that share an alias must know of each
 * other, and stored as a few JSON strings: a page parses the small candidate filter at start and the
 * aliases only when a word on it may begin one (a page that names no one never parses them).
 */
import { ENTITY_KINDS, type EntityKind, type FuzzyIndex, type MatchRules } from '../shared/definitions';
import { matcherFromData, type MatchableEntity, type Matcher } from '../match/matcher';
import { compactPrefilter } from '../match/candidates';
import { encodeTable, type TableData } from '../match/hash-table';
import type { MatcherData, TrieData } from '../match/matcher-data';

export const PAGE_INDEX_FORMAT = 'backstory-page-index';
/** Between the groups of a word list: never in a folded word, nor in JSON text (which escapes it). */
const GROUP_SEPARATOR = '\u0001';
/** Bump when the shape (or the matcher data inside) changes: a page refuses another version. */
export const PAGE_INDEX_VERSION = 5;

/** What the page index is compiled from: one enabled pack's matching part. */
export interface MatchablePack {
  /** `id@version`: a page index names the packs it was compiled from, in rank order. */
  key: string;
  rules: MatchRules;
  entities: readonly MatchableEntity[];
}

/** The page index as stored and as shipped for the built-in pack alone. */
export interface PageIndexWire {
  format: typeof PAGE_INDEX_FORMAT;
  version: typeof PAGE_INDEX_VERSION;
  /** The packs it was compiled from, highest rank first ("built-in@3f2a…"). */
  packs: string[];
  /** The entity ids in matcher order, one per line. */
  ids: string;
  /** Each entity's kind (see MatcherData.kinds). */
  kinds: string;
  /** JSON of { guards, prefilter } (the prefilter as compactPrefilter writes it): parsed at start. */
  core: string;
  /** JSON of the candidate filter's tables by name, each as encodeTable wrote it: parsed, and a table decoded, when a page first looks in one. */
  tables: string;
  /** JSON of the trie's data but its entries and word groups (see TrieData): parsed when a word may start an alias. */
  trie: string;
  /** The trie's entries (TrieData.entries): a branch is parsed when a word on the page leads to it. */
  entries: string;
  /** TrieData.knownWords, the groups joined by GROUP_SEPARATOR: a group is read when first asked. */
  knownWords: string;
  /** TrieData.firstBySecond, likewise. */
  firstBySecond: string;
  /** JSON of the FuzzyIndex: parsed when a word may be a misspelt name. */
  fuzzy: string;
}

/** Whether `value` looks like a page index this version reads (its strings are checked when parsed). */
export function isPageIndex(value: unknown): value is PageIndexWire {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === PAGE_INDEX_FORMAT &&
    v.version === PAGE_INDEX_VERSION &&
    Array.isArray(v.packs) &&
    v.packs.every((p) => typeof p === 'string') &&
    ['ids', 'kinds', 'core', 'tables', 'trie', 'entries', 'knownWords', 'firstBySecond', 'fuzzy'].every((k) => typeof v[k] === 'string')
  );
}

/** The page index of one compiled context index (tests, and tools that have an index at hand). */
export function wireFromIndex(index: { entities: readonly { id: string }[]; matcher: MatcherData; fuzzy: FuzzyIndex }, key = 'index'): PageIndexWire {
  return {
    format: PAGE_INDEX_FORMAT,
    version: PAGE_INDEX_VERSION,
    packs: [key],
    ids: index.entities.map((e) => e.id).join('\n'),
    ...matcherParts(index.matcher),
    fuzzy: JSON.stringify(index.fuzzy),
  };
}

/** The matcher's data as the page index stores it. */
export function matcherParts(matcher: MatcherData): Pick<PageIndexWire, 'kinds' | 'core' | 'tables' | 'trie' | 'entries' | 'knownWords' | 'firstBySecond'> {
  const { entries, knownWords, firstBySecond, ...trie } = matcher.trie;
  const { prefilter, ...tables } = matcher.filter;
  return {
    kinds: matcher.kinds,
    core: JSON.stringify({ guards: matcher.guards, prefilter: compactPrefilter(prefilter) }),
    // Apart from the core, which every page parses at start: a page whose words the prefilter stops never reads them.
    tables: JSON.stringify(Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, typeof table === 'string' ? table : encodeTable(table as TableData)]))),
    trie: JSON.stringify(trie),
    entries,
    // Apart from the trie's JSON, as plain text: parsing them there (JSON inside JSON) was most of its cost.
    knownWords: knownWords.join(GROUP_SEPARATOR),
    firstBySecond: firstBySecond.join(GROUP_SEPARATOR),
  };
}

/** A page index opened on a page: the matcher, and the entities' ids and kinds when asked for. */
export interface OpenedPageIndex {
  matcher: Matcher;
  /** The entity ids, in the order the matcher's entity numbers refer to. */
  ids(): readonly string[];
  kindOf(entity: number): EntityKind;
  /** How many entities it holds. */
  size(): number;
}

/**
 * Opens a page index, parsing each part only when it is first needed. A part's JSON text is let go
 * once parsed: a page keeps the parsed part, not its text as well.
 */
export function openPageIndex(wire: PageIndexWire): OpenedPageIndex {
  const core = JSON.parse(wire.core) as Pick<MatcherData, 'guards'> & { prefilter: number[] | string };
  let tables: Record<string, string> | undefined;
  // Each table of the filter, as a thunk: the tables' JSON is parsed when a page first looks in one.
  const table = (name: string) => () => (tables ??= JSON.parse(wire.tables) as Record<string, string>)[name]!;
  let trieJson: string | undefined = wire.trie;
  let fuzzyJson: string | undefined = wire.fuzzy;
  let idsText: string | undefined = wire.ids;
  let trie: TrieData | undefined;
  let fuzzy: FuzzyIndex | undefined;
  let ids: string[] | undefined;
  const data: MatcherData = {
    guards: core.guards,
    filter: {
      first: table('first'),
      follow: table('follow'),
      firstTerms: table('firstTerms'),
      termStems: table('termStems'),
      termHeads: table('termHeads'),
      misspeltFirst: table('misspeltFirst'),
      followLengths: table('followLengths'),
      fuzzyHeads: table('fuzzyHeads'),
      prefilter: core.prefilter,
    },
    kinds: wire.kinds,
    get trie() {
      if (!trie) {
        const parsed = JSON.parse(trieJson!) as Omit<TrieData, 'entries' | 'knownWords' | 'firstBySecond'>;
        trie = { ...parsed, entries: wire.entries, knownWords: wire.knownWords.split(GROUP_SEPARATOR), firstBySecond: wire.firstBySecond.split(GROUP_SEPARATOR) };
        trieJson = undefined;
      }
      return trie;
    },
  };
  const lazyFuzzy: FuzzyIndex = {
    get buckets() {
      if (!fuzzy) {
        fuzzy = JSON.parse(fuzzyJson!) as FuzzyIndex;
        fuzzyJson = undefined;
      }
      return fuzzy.buckets;
    },
  };
  const idList = (): string[] => {
    if (!ids) {
      ids = idsText === '' ? [] : idsText!.split('\n');
      idsText = undefined;
    }
    return ids;
  };
  return {
    matcher: matcherFromData(data, lazyFuzzy),
    ids: idList,
    kindOf: (entity) => ENTITY_KINDS[Number(wire.kinds[entity])]!,
    size: () => wire.kinds.length,
  };
}
