import type { AliasSpec, CaseRule, EntityKind, MatchRules } from '../shared/definitions';
import type { TableData, TableSource } from './hash-table';
import { hashFolded } from './normalize';

/**
 * The matcher's input in the form a page can use as it is: every alias already split into words and
 * folded, the guards' word lists folded. The index compiler makes it once; a page only builds its
 * lookup tables from it, without tokenizing or folding anything (that was most of a page's start-up).
 */
export interface MatcherData {
  /** The aliases and confusables, for a page to open a branch at a time (see lazy-trie.ts). */
  trie: TrieData;
  /**
   * Each entity's kind, one character per entity in the order of the index's entities (entity n
   * here is entity n there): the digit of its place in ENTITY_KINDS.
   */
  kinds: string;
  /** The overlay's rules (see MatchRules), folded. */
  guards: MatchRules;
  /** The candidate filter's hash tables (see CandidateFilter). */
  /** As compiled, or as a page index stores it (each table's JSON, parsed when first looked up). */
  filter: FilterData<TableSource>;
}

/** The candidate filter's tables (of word hashes, see hashFolded), made at build time by candidates.ts's filterData. */
export interface FilterData<Table = TableData> {
  /** First words of aliases, with their flags (ENDS, MIDDLE_NAME). */
  first: Table;
  /** (first word, word that may follow it) pairs, by pairKey. */
  follow: Table;
  firstTerms: Table;
  termStems: Table;
  /** The first four letters of the first term words and of their plurals. */
  termHeads: Table;
  /**
   * Per (second word, first letter), the lengths a misspelling of a first word with that letter
   * before that second word can have (see letterKey, lengthBit).
   */
  misspeltFirst: Table;
  /**
   * Per (first word, first letter), the lengths a word after that first word can have when it is an
   * inflected or misspelt form of a word that follows it in an alias (see letterKey, lengthBit).
   */
  followLengths: Table;
  fuzzyHeads: Table;
  /**
   * The hashes the prefilter lets through (see WordIndex.read), or, for a long list (see
   * compactPrefilter), its bitmap as encodeWords writes it: decoded natively, no loop at start.
   */
  prefilter: number[] | string;
}

export interface EntityMatchData {
  kind: EntityKind;
  aliases: AliasWords[];
  /** Confusables that never match the entity. */
  never: AliasWords[];
  /** Its pack's place below the first among the enabled packs (absent: the first). */
  rank?: number;
}

/** One alias as the trie takes it. */
export interface AliasWords {
  /** The words as written, for the case rules. */
  words: string[];
  /** The same words, folded. */
  folded: string[];
  case: CaseRule;
  needsFullName?: true;
  /** The alias ends with a period ("U.S."): a match takes the text's period too. */
  endsWithPeriod?: true;
}

/** The part of an entity the matcher needs; the context index's entities fit it. */
export interface MatchableEntity {
  id: string;
  kind: EntityKind;
  /** Its pack's place among the enabled packs, 0 the first (see EntityMatchData.rank). */
  rank?: number;
  aliases: readonly AliasSpec[];
  /** Confusables that never match it. */
  never?: readonly string[];
}

export const NO_RULES: MatchRules = { titles: [], functionWords: [], givenNames: [] };

/** How many groups the known words and second words are split into: a page parses only the groups it asks about. */
export const WORD_GROUPS = 64;

/** The group of a folded word (see WORD_GROUPS). */
export function wordGroup(folded: string): number {
  return hashFolded(folded) & (WORD_GROUPS - 1);
}

/**
 * The trie as a page receives it: its entries grouped by the hash of their first word, so a page
 * makes only the branches that the words on it lead to (thousands of names, a handful on a page).
 */
export interface TrieData {
  /** Longest alias, in words. */
  maxWords: number;
  /** The first words of terms, in the order they went in: a text's first word may be their plural or inflection. */
  termFirsts: string[];
  /** Per hash of a first word, where its entries start in `entries`; they end where the next hash's begin. */
  buckets: TableData;
  /** The entries (see EntryData), one JSON array per first-word hash, one after the other in hash order. */
  entries: string;
  /** Every folded word of every alias and confusable, by wordGroup, one per line. */
  knownWords: string[];
  /** By wordGroup of the second word: JSON of [second word, first words before it][] (see AliasTrie.firstBySecond). */
  firstBySecond: string[];
}

/** Flags of an entry (EntryData[4]). */
export const ENDS_WITH_PERIOD = 1;
export const NEEDS_FULL_NAME = 2;
export const SURNAME = 4;
export const GIVEN_NAME = 8;
/** A person's full name: its last word is the target's lastName. */
export const FULL_NAME = 16;
export const INFLECTS = 32;
export const PERSON = 64;

/** One entry: [entity, folded words, words as written, case rule, flags, typos, term rank or -1, own words?]. */
export type EntryData = [number, string[], string[], CaseRule, number, number, number, string[]?];
