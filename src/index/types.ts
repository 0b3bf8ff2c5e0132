/**
 * The context index: what build.mjs compiles from assets/context and every part of the extension reads.
 * Bump INDEX_SCHEMA_VERSION when the shape changes; readers refuse other versions.
 */
export const INDEX_SCHEMA_VERSION = 1;

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
  kind: EntityKind;
  role: Localized;
  aliases: AliasSpec[];
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
}
