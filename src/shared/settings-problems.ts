/**
 * What the settings reader reports, as data: the options page words it in the UI language. Imports
 * nothing, so the reader and every page that shows its problems share one set of names.
 */

/**
 * Why a stored value was not kept as it was:
 * - `unreadable`: reading it threw (a getter, a revoked proxy); the default or nothing took its place.
 * - `not-object`: an object was expected (the whole settings value, `kinds`).
 * - `not-list`: a list was expected (`siteRules`); no rules were kept.
 * - `invalid`: not one of the allowed values; the default took its place.
 * - `out-of-range`: a number outside its range or not whole; the nearest valid value took its place.
 * - `not-a-rule`: one site rule is not a rule; it was dropped.
 * - `duplicate-rule`: one site rule repeats the pattern of an earlier one; it was dropped.
 * - `over-limit`: more site rules than Backstory keeps; the oldest `count` were dropped.
 * - `newer-version`: saved by a newer Backstory (`version`); what this version knows was read.
 * - `bad-version`: the schema version is not a whole number; read as version 0.
 */
export type ProblemCode = 'unreadable' | 'not-object' | 'not-list' | 'invalid' | 'out-of-range' | 'not-a-rule' | 'duplicate-rule' | 'over-limit' | 'newer-version' | 'bad-version';

/** One thing the reader repaired. */
export interface SettingsProblem {
  /** The settings field (`theme`, `siteRules`…), `settings` for the whole value, or a key this version does not know. */
  field: string;
  /** For a site rule: its position in the stored list. */
  index?: number;
  /** For a part of an object field: its key (`person` in `kinds`). */
  key?: string;
  code: ProblemCode;
  /** `over-limit`: how many rules were dropped. */
  count?: number;
  /** `newer-version`: the stored schema version. */
  version?: number;
  /** A dropped site rule as text, to name it (its pattern, or a short JSON of it); absent when it has none. */
  item?: string;
}

/** Why a file cannot be read as settings at all: it is not JSON, or its JSON is not an object. */
export interface SettingsFileError {
  error: 'not-json' | 'not-object';
  /** The JSON parser's own message, for a developer; not for the page. */
  detail?: string;
}
