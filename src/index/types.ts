/**
 * The context index: what build.mjs compiles from assets/context and every part of the extension reads.
 * Bump INDEX_SCHEMA_VERSION when the shape changes; readers refuse other versions.
 */
import type { MatcherData } from '../match/matcher-data';
import type { AliasSpec, EntityKind, FuzzyIndex } from '../shared/definitions';

export const INDEX_SCHEMA_VERSION = 4;

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
