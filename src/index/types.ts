/**
 * The context index: what build.mjs compiles from assets/context and every part of the extension reads.
 * Bump INDEX_SCHEMA_VERSION when the shape changes; readers refuse other versions.
 */
import type { MatcherData } from '../match/matcher-data';

export const INDEX_SCHEMA_VERSION = 4;

export const ENTITY_KINDS = ['person', 'organization', 'place', 'term', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * How an alias's letter case must appear in the text.
 * - `capitalized`: words capitalised in the alias must be capitalised in the text ("Casa Blanca", not "casa blanca").
 * - `exact`: the text must have the alias's exact case ("US", never "us").
 * - `any`: case is ignored (terms such as "glyphosate").
 */
export type CaseRule = 'any' | 'capitalized' | 'exact';

export interface AliasSpec {
  text: string;
  case: CaseRule;
  /**
   * A common surname ("Rodríguez") that counts only where the same page (or article) also names the
   * entity by another alias, such as its full name.
   */
  needsFullName?: boolean;
}

/**
 * Word lists the guards use, kept in the overlay as data. All are compared folded
 * (case and diacritics ignored).
 */
export interface MatchRules {
  /** Words that may stand before a surname without being a given name: "President", "Secretary", "presidente". */
  titles: string[];
  /** Capitalised words that start sentences but are not given names: "The", "When", "Según". */
  functionWords: string[];
  /** Common given names: before a surname, they make it someone else ("Pedro Rubio", "James Rodríguez"). */
  givenNames: string[];
}

/** The fuzzy index for misspellings, built at build time: the vocabulary's words by bucket. */
export interface FuzzyIndex {
  /** Bucket key (the first letters of the folded word) -> the bucket's words, sorted. */
  buckets: Record<string, { words: string[] }>;
}

/** A gloss per UI language; `en` is always present. */
export type Localized = { en: string } & Partial<Record<string, string>>;

/** One occurrence of an entity in an article: character offsets inside one of its sentences. */
export interface Mention {
  article: number;
  sentence: number;
  start: number;
  end: number;
}

export interface RelatedEntity {
  id: string;
  /** Sentences in which both entities are mentioned. */
  sentences: number;
}

export interface IndexEntity {
  id: string;
  name: string;
  /** The name in other UI languages, where it differs ("glifosato"). */
  localNames?: Partial<Record<string, string>>;
  kind: EntityKind;
  role: Localized;
  aliases: AliasSpec[];
  /** Confusables that must never match this entity: "Columbia", "District of Columbia", "Petrobras". */
  never: string[];
  mentions: Mention[];
  related: RelatedEntity[];
}

export interface IndexArticle {
  id: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  source: string;
  language: string;
  summary: string;
  url?: string;
  sentences: string[];
  /** Indices into `sentences` where a new paragraph begins (always starts with 0). */
  paragraphStarts: number[];
}

export interface ContextIndex {
  schemaVersion: typeof INDEX_SCHEMA_VERSION;
  /** Content hash of the inputs: two builds of the same articles give the same version. */
  version: string;
  articles: IndexArticle[];
  entities: IndexEntity[];
  /** The matcher's aliases and guard words, split and folded (see match/matcher-data). */
  matcher: MatcherData;
  fuzzy: FuzzyIndex;
}
