/**
 * The user's settings: the defaults object defines the type; a stored value is migrated, then
 * repaired field by field on read, so a corrupt or hand-edited value never breaks a page.
 */
import { DENSITIES, ENTITY_KINDS, HIGHLIGHT_STYLES, THEMES, TRIGGERS, type Density, type EntityKind, type HighlightStyle, type Theme, type Trigger } from './definitions';
import type { SettingsFileError, SettingsProblem } from './settings-problems';
import { parseSiteRule, type SiteRule } from './site-rules';

/** The settings a new install starts with. Frozen: copy it (defaultSettings) before changing anything. */
export const DEFAULT_SETTINGS = {
  schemaVersion: 1,
  paused: false, // global pause: no page is annotated
  siteRules: [] as SiteRule[],
  onlyListedSites: false, // run only where a site rule turns Backstory on (Dark Reader's inverted list)
  density: 'all' as Density, // every mention, or the first mention of each entity on the page
  kinds: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, true])) as Record<EntityKind, boolean>, // every kind is painted
  trigger: 'hover' as Trigger, // hover; hover while holding Alt; click
  dwellMs: 200, // how long the pointer rests before the card opens: an integer in DWELL_RANGE
  highlightStyle: 'underline' as HighlightStyle,
  theme: 'auto' as Theme,
};

/** A mutable object literal widens its literals (1 → number, false → boolean), so the defaults' type is the settings type. */
export type Settings = typeof DEFAULT_SETTINGS;
/** Settings as read, and what was repaired on the way (data: the options page words it). */
export type ReadResult = { settings: Settings; problems: SettingsProblem[] };

export const SCHEMA_VERSION = DEFAULT_SETTINGS.schemaVersion;
export const DWELL_RANGE = { min: 100, max: 1000 } as const;

// Frozen so a caller that changes the defaults in place fails loudly instead of changing them for everyone.
for (const part of [DEFAULT_SETTINGS.siteRules, DEFAULT_SETTINGS.kinds, DEFAULT_SETTINGS]) Object.freeze(part);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, siteRules: [], kinds: { ...DEFAULT_SETTINGS.kinds } };
}

/** How long the text naming a dropped rule may be: enough to recognise a host. */
const ITEM_TEXT_LENGTH = 60;

/**
 * A dropped site rule as text, so the page can name it: its pattern when it has a text one, the
 * string itself, or a short JSON of it; undefined when it has none (a cycle, a BigInt, undefined).
 */
function itemText(item: unknown): string | undefined {
  const shorten = (text: string) => (text.length > ITEM_TEXT_LENGTH ? text.slice(0, ITEM_TEXT_LENGTH - 1) + '…' : text);
  try {
    if (typeof item === 'string') return shorten(item);
    const pattern = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['pattern'] : undefined;
    if (typeof pattern === 'string') return shorten(pattern);
    const json = JSON.stringify(item);
    return typeof json === 'string' ? shorten(json) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A plain copy of an object's own fields, or undefined when `value` is not a non-list object.
 * Reading each field once here keeps throwing getters and proxies out of migrations and repairs.
 */
function snapshot(value: unknown, unreadable: (key: string) => void): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    try {
      copy[key] = (value as Record<string, unknown>)[key];
    } catch {
      unreadable(key);
    }
  }
  return copy;
}

const UNREADABLE: SettingsProblem = { field: 'settings', code: 'unreadable' };
const unreadableField = (problems: SettingsProblem[]) => (field: string) => problems.push({ field, code: 'unreadable' });

/** Reports a problem with the field being repaired: the note gives the code and the part (`index`, `key`); the field is added. */
type Note = (problem: Omit<SettingsProblem, 'field'>) => void;
/** Repairs one field: `value` is undefined when the field is missing, which is not a problem (it takes the default). */
type Repair<T> = (value: unknown, fallback: T, note: Note) => T;

function oneOf<T extends string | boolean>(allowed: readonly T[]): Repair<T> {
  return (value, fallback, note) => {
    if (value === undefined || allowed.includes(value as T)) return (value as T | undefined) ?? fallback;
    note({ code: 'invalid' });
    return fallback;
  };
}

const repairBoolean = oneOf([true, false]);

const repairDwell: Repair<number> = (value, fallback, note) => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    note({ code: 'invalid' });
    return fallback;
  }
  const repaired = Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, Math.round(value)));
  if (repaired !== value) note({ code: 'out-of-range' });
  return repaired;
};

const repairKinds: Repair<Settings['kinds']> = (value, fallback, note) => {
  const kinds = { ...fallback };
  if (value === undefined) return kinds;
  const stored = snapshot(value, (key) => note({ key, code: 'unreadable' }));
  if (stored === undefined) {
    note({ code: 'not-object' });
    return kinds;
  }
  for (const kind of Object.keys(fallback) as EntityKind[]) {
    kinds[kind] = repairBoolean(stored[kind], fallback[kind], (problem) => note({ ...problem, key: kind }));
  }
  return kinds;
};

/** Reads one stored rule, or says what is wrong with it; a getter that throws loses that rule, not the list. */
function readRule(list: readonly unknown[], index: number): { rule: SiteRule; item: unknown } | Omit<SettingsProblem, 'field'> {
  let item: unknown;
  try {
    item = list[index];
    const rule = parseSiteRule(item);
    if (rule) return { rule, item };
  } catch {
    return { index, code: 'unreadable' };
  }
  return dropped(index, 'not-a-rule', item);
}

/** A dropped rule's problem, named by the text of the stored item when it has one. */
function dropped(index: number, code: 'not-a-rule' | 'duplicate-rule', item: unknown): Omit<SettingsProblem, 'field'> {
  const text = itemText(item);
  return text === undefined ? { index, code } : { index, code, item: text };
}

/**
 * Site rules kept at most. Every page load repairs the settings before it is annotated, so a list
 * of tens of thousands (a blocklist imported as a backup) would cost every page; a reader's own
 * list is a few dozen.
 */
export const MAX_SITE_RULES = 2000;

/** Keeps every rule that parses; a broken or repeated rule is dropped on its own, not with the list. */
const repairSiteRules: Repair<SiteRule[]> = (value, fallback, note) => {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value)) {
    note({ code: 'not-list' });
    return [...fallback];
  }
  const rules: SiteRule[] = [];
  const patterns = new Set<string>();
  // The newest rules are at the end (a rule the reader adds is appended): over the limit, the oldest go.
  const first = Math.max(0, value.length - MAX_SITE_RULES);
  if (first > 0) note({ code: 'over-limit', count: first });
  for (let i = first; i < value.length; i++) {
    const read = readRule(value, i);
    if ('code' in read) note(read);
    else if (patterns.has(read.rule.pattern)) note(dropped(i, 'duplicate-rule', read.item));
    else {
      patterns.add(read.rule.pattern);
      rules.push(read.rule);
    }
  }
  return rules;
};

/** One repair per field: the mapped type makes a new setting without a repair a type error. */
const REPAIRS: { [K in keyof Settings]: Repair<Settings[K]> } = {
  // A repaired object always has this code's version: migrateSettings deals with the stored one.
  schemaVersion: () => SCHEMA_VERSION,
  paused: repairBoolean,
  siteRules: repairSiteRules,
  onlyListedSites: repairBoolean,
  density: oneOf(DENSITIES),
  kinds: repairKinds,
  trigger: oneOf(TRIGGERS),
  dwellMs: repairDwell,
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  theme: oneOf(THEMES),
};

function repairField<K extends keyof Settings>(field: K, stored: Record<string, unknown>, settings: Settings, problems: SettingsProblem[]): void {
  settings[field] = REPAIRS[field](stored[field], settings[field], (problem) => problems.push({ field, ...problem }));
}

/**
 * Repairs a stored settings value field by field: a corrupt field takes its default and adds a
 * problem naming it; a missing field takes its default quietly (older data, or nothing stored
 * yet); unknown fields are left out quietly (a newer version's settings are not errors; the store
 * writes them back on save, see unknown-fields.ts). Never throws, whatever `stored` is.
 */
export function repairSettings(stored: unknown): ReadResult {
  const problems: SettingsProblem[] = [];
  try {
    const settings = defaultSettings();
    if (stored === undefined) return { settings, problems };
    const record = snapshot(stored, unreadableField(problems));
    if (record === undefined) return { settings, problems: [{ field: 'settings', code: 'not-object' }] };
    for (const key of Object.keys(REPAIRS) as (keyof Settings)[]) repairField(key, record, settings, problems);
    return { settings, problems };
  } catch {
    // A proxy can throw where no getter is involved (Array.isArray on a revoked one): start over.
    return { settings: defaultSettings(), problems: [...problems, UNREADABLE] };
  }
}

export interface Migration {
  /** The schema version this migration produces. */
  to: number;
  /** Turns a value of version `to - 1` into version `to`; it must leave fields it does not know alone. */
  migrate(old: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every schema change, oldest first. Version 0 (the prototype, never versioned) stored
 * `{ enabled: boolean, disabledHosts: string[], ...the fields of version 1 }`: version 1 turns
 * `enabled` into `paused` and each disabled host into an "off" site rule. Each migration leaves a
 * value without its old fields as it is, so running one on newer data is harmless.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    migrate({ enabled, disabledHosts, ...rest }) {
      const migrated: Record<string, unknown> = { ...rest };
      if (typeof enabled === 'boolean') migrated['paused'] = !enabled;
      // Anything but a list is passed on as it is, so the repair reports it under its new name.
      if (Array.isArray(disabledHosts)) migrated['siteRules'] = disabledHosts.map((pattern: unknown) => ({ pattern, enabled: false }));
      else if (disabledHosts !== undefined) migrated['siteRules'] = disabledHosts;
      return migrated;
    },
  },
];

/** The stored schema version: missing is 0 (the unversioned prototype); anything but a whole number is a problem, read as 0. */
function storedVersion(record: Record<string, unknown>, problems: SettingsProblem[]): number {
  const version = record['schemaVersion'];
  if (version === undefined) return 0;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return version;
  problems.push({ field: 'schemaVersion', code: 'bad-version' });
  return 0;
}

/**
 * Brings a stored value to this code's schema by applying, in order, every migration whose `to`
 * is above the stored version. A value that is not an object is returned as it is (repairSettings
 * reports it). A value from a newer version is kept for the repair, which keeps what it understands,
 * with a problem noted.
 */
export function migrateSettings(stored: unknown): { value: unknown; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  try {
    let record = snapshot(stored, unreadableField(problems));
    if (record === undefined) return { value: stored, problems };
    const version = storedVersion(record, problems);
    if (version > SCHEMA_VERSION) problems.push({ field: 'schemaVersion', code: 'newer-version', version });
    for (const migration of MIGRATIONS) {
      if (migration.to > version) record = { ...migration.migrate(record), schemaVersion: migration.to };
    }
    return { value: record, problems };
  } catch {
    return { value: undefined, problems: [...problems, UNREADABLE] };
  }
}

/** Reads a stored settings value: migrate, then repair. Never throws. */
export function readSettings(stored: unknown): ReadResult {
  const migrated = migrateSettings(stored);
  const repaired = repairSettings(migrated.value);
  return { settings: repaired.settings, problems: [...migrated.problems, ...repaired.problems] };
}

/** The settings as a pretty JSON file, for export. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}

/**
 * Reads an imported settings file. A file that is not JSON, or JSON that is not an object, is an
 * `error` (nothing to import); an object is read like stored settings, so a partly bad file imports
 * what is valid and lists the rest in `problems`. `parsed` is the file's JSON as it is, for a caller
 * that judges whether it is settings at all.
 */
export function parseSettingsFile(text: string): (ReadResult & { parsed: object }) | SettingsFileError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'not-object' };
  return { ...readSettings(parsed), parsed };
}
