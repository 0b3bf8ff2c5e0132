import type { AliasSpec, CaseRule, EntityKind, MatchRules } from '../shared/definitions';
import type { TableData } from './hash-table';

/**
 * The matcher's input in the form a page can use as it is: every alias already split into words and
 * folded, the guards' word lists folded. The index compiler makes it once; a page only builds its
 * lookup tables from it, without tokenizing or folding anything (that was most of a page's start-up).
 */
export interface MatcherData {
  /** In the order of the index's entities: entity n here is entity n there. */
  entities: EntityMatchData[];
  /** The overlay's rules (see MatchRules), folded. */
  guards: MatchRules;
  /** The candidate filter's hash tables (see CandidateFilter). */
  filter: FilterData;
}

/** The candidate filter's tables (of word hashes, see hashFolded), made at build time by candidates.ts's filterData. */
export interface FilterData {
  /** First words of aliases, with their flags (ENDS, MIDDLE_NAME). */
  first: TableData;
  /** (first word, word that may follow it) pairs, by pairKey. */
  follow: TableData;
  firstTerms: TableData;
  termStems: TableData;
  /** The first four letters of the first term words and of their plurals. */
  termHeads: TableData;
  /**
   * Per (second word, first letter), the lengths a misspelling of a first word with that letter
   * before that second word can have (see letterKey, lengthBit).
   */
  misspeltFirst: TableData;
  /**
   * Per (first word, first letter), the lengths a word after that first word can have when it is an
   * inflected or misspelt form of a word that follows it in an alias (see letterKey, lengthBit).
   */
  followLengths: TableData;
  fuzzyHeads: TableData;
  /** The hashes the prefilter lets through (see WordIndex.read). */
  prefilter: number[];
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
