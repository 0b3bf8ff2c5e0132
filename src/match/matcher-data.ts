import type { AliasSpec, CaseRule, EntityKind, FuzzyIndex, MatchRules } from '../index/types';
import { trieFromData } from './alias-trie';
import { filterData, type FilterData } from './candidates';
import { fold, tokenize } from './normalize';

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

function aliasWords(text: string, rule: CaseRule, needsFullName = false): AliasWords {
  const tokens = tokenize(text);
  return {
    words: tokens.map((t) => t.surface),
    folded: tokens.map((t) => t.norm),
    case: rule,
    ...(needsFullName ? { needsFullName: true as const } : {}),
    ...(text.trimEnd().endsWith('.') ? { endsWithPeriod: true as const } : {}),
  };
}

/** Splits, folds and hashes what the matcher needs of `entities`, `rules` and `fuzzy` (at build time). */
export function compileMatcherData(entities: readonly MatchableEntity[], rules: MatchRules, fuzzy: FuzzyIndex): MatcherData {
  const data: EntityMatchData[] = entities.map((e) => ({
    kind: e.kind,
    aliases: e.aliases.map((a) => aliasWords(a.text, a.case, a.needsFullName === true)),
    never: (e.never ?? []).map((text) => aliasWords(text, 'any')),
    ...(e.rank ? { rank: e.rank } : {}),
  }));
  return {
    entities: data,
    guards: { titles: rules.titles.map(fold), functionWords: rules.functionWords.map(fold), givenNames: rules.givenNames.map(fold) },
    filter: filterData(trieFromData(data).trie, fuzzy),
  };
}
