/**
 * Names every side of the extension shares: the index and the matcher, the page, the views and the
 * settings. It imports nothing, so any module can import it without making an import circle; a union
 * written here once cannot drift between the places that use it.
 */

export const ENTITY_KINDS = ['person', 'organization', 'place', 'term', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Each kind's name in the UI, as a message key of the extension's _locales. */
export const KIND_KEYS = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  place: 'kindPlace',
  term: 'kindTerm',
  event: 'kindEvent',
} as const satisfies Record<EntityKind, string>;

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

/** The look of cards and pages: the browser's, or always light or dark. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What opens a card: resting the pointer, resting it with Alt held, or a click (taps always work). */
export const TRIGGERS = ['hover', 'hover-alt', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Which mentions are painted: every one, or the first of each entity on the page. */
export const DENSITIES = ['all', 'first'] as const;
export type Density = (typeof DENSITIES)[number];

/** How a mention is painted: underlined, or on a tint. */
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** An entity's name, and its name in the UI languages where it differs ("glifosato"). */
export interface Named {
  name: string;
  localNames?: Partial<Record<string, string>>;
}

/** The name a reader of `language` sees: the pack's name in that language where it has one. */
export function displayName(entity: Named, language: string): string {
  return entity.localNames?.[language] ?? entity.name;
}
