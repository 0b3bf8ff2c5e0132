import { ENTITY_KINDS, type CaseRule, type FuzzyIndex, type MatchRules } from '../shared/definitions';
import { compileTrie } from './trie-data';
import { filterData } from './candidates';
import type { AliasWords, EntityMatchData, MatchableEntity, MatcherData } from './matcher-data';
import { fold, tokenize } from './normalize';

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
  const { trie, data: trieData } = compileTrie(data);
  return {
    trie: trieData,
    kinds: data.map((e) => String(ENTITY_KINDS.indexOf(e.kind))).join(''),
    guards: { titles: rules.titles.map(fold), functionWords: rules.functionWords.map(fold), givenNames: rules.givenNames.map(fold) },
    filter: filterData(trie, fuzzy),
  };
}
