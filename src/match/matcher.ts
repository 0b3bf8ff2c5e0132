import type { FuzzyIndex, MatchRules } from '../shared/definitions';
import { openTrie } from './lazy-trie';
import { buildFuzzyIndex, FUZZY_MIN_LENGTH, FuzzyCorrector } from './fuzzy';
import { compileMatcherData } from './compile-matcher-data';
import { NO_RULES, type MatchableEntity, type MatcherData } from './matcher-data';
import { CandidateFilter } from './candidates';
import { tokenize } from './normalize';
import { Scanner, type TextMatch } from './scanner';

export type { MatchableEntity, MatcherData } from './matcher-data';
export type { TextMatch } from './scanner';
import { WordIndex } from './word-index';
import { Tokens } from './tokens';

export interface Matcher {
  /**
   * Every non-overlapping mention in `text`, left to right; at one position the longest alias wins.
   * Conditional mentions are included: run the document through keepSupported (or PageMatches).
   */
  scan(text: string): TextMatch[];
}

export interface MatcherOptions {
  rules?: MatchRules;
  /** The fuzzy index shipped with the context index; built from the entities when absent. */
  fuzzy?: FuzzyIndex;
}

/** The words misspellings are corrected to: one-word aliases of places, organisations and terms. */
export function fuzzyVocabulary(entities: readonly MatchableEntity[]): string[] {
  const words = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const a of e.aliases) {
      const tokens = tokenize(a.text);
      if (tokens.length === 1 && a.case !== 'exact' && tokens[0]!.norm.length >= FUZZY_MIN_LENGTH) words.add(tokens[0]!.norm);
    }
  }
  return [...words].sort();
}

/** Builds a matcher straight from entities (the compiler, tests and tools). */
export function createMatcher(entities: readonly MatchableEntity[], options: MatcherOptions = {}): Matcher {
  const fuzzy = options.fuzzy ?? buildFuzzyIndex(fuzzyVocabulary(entities));
  return matcherFromData(compileMatcherData(entities, options.rules ?? NO_RULES, fuzzy), fuzzy);
}

/**
 * Builds the matcher from the data the index ships (see compileMatcherData). A page only fills the
 * candidate filter's tables from sorted numbers; the trie and the guards' word sets are made when a
 * word may start an alias and the filter needs the trie to tell (a page without one never makes them).
 */
export function matcherFromData(data: MatcherData, fuzzy: FuzzyIndex): Matcher {
  let scanner: Scanner | undefined;
  const filter = new CandidateFilter(data.filter);
  const full = () => {
    if (!scanner) {
      const guards = { titles: new Set(data.guards.titles), functionWords: new Set(data.guards.functionWords), givenNames: new Set(data.guards.givenNames) };
      scanner = new Scanner(openTrie(data.trie), guards, new FuzzyCorrector(fuzzy));
    }
    return scanner;
  };
  const words = new WordIndex();
  // One of each for every text: a page scans thousands.
  const tokens = new Tokens(words);
  const typo = (k: number, next: boolean) => full().isTypoAt(tokens, k, next);
  const follows = (k: number, j: number) => full().followsAt(tokens, k, j);
  return {
    scan(text) {
      if (words.read(text, filter.prefilter) === 0) return [];
      tokens.read(text);
      const candidates = filter.candidates(text, words, typo, follows);
      return candidates.length === 0 ? [] : full().matchesAt(tokens, candidates);
    },
  };
}
