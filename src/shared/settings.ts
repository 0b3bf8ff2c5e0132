/**
 * The user's settings: the defaults object defines the type; a stored value is migrated, then
 * repaired field by field on read, so a corrupt or hand-edited value never breaks a page.
 */
import { parseSiteRule, type SiteRule } from './site-rules';

/** The settings a new install starts with. Frozen: copy it (defaultSettings) before changing anything. */
export const DEFAULT_SETTINGS = {
  schemaVersion: 1,
  paused: false, // global pause: no page is annotated
  siteRules: [] as SiteRule[],
  density: 'all' as 'all' | 'first', // every mention, or the first mention of each entity on the page
  kinds: { person: true, organization: true, place: true, term: true, event: true },
  trigger: 'hover' as 'hover' | 'hover-alt' | 'click', // hover; hover while holding Alt; click
  dwellMs: 200, // how long the pointer rests before the card opens: an integer in DWELL_RANGE
  highlightStyle: 'underline' as 'underline' | 'background',
  theme: 'auto' as 'auto' | 'light' | 'dark',
};

/** A mutable object literal widens its literals (1 → number, false → boolean), so the defaults' type is the settings type. */
export type Settings = typeof DEFAULT_SETTINGS;
export type EntityKind = keyof Settings['kinds'];
export type ReadResult = { settings: Settings; problems: string[] };

export const SCHEMA_VERSION = DEFAULT_SETTINGS.schemaVersion;
export const DWELL_RANGE = { min: 100, max: 1000 } as const;

// Frozen so a caller that changes the defaults in place fails loudly instead of changing them for everyone.
[DEFAULT_SETTINGS.siteRules, DEFAULT_SETTINGS.kinds, DEFAULT_SETTINGS].forEach((part) => Object.freeze(part));

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, siteRules: [], kinds: { ...DEFAULT_SETTINGS.kinds } };
}

/** A short description of a bad value for a problem message; never throws (JSON.stringify can). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
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

const UNREADABLE = 'settings: could not be read; using the defaults';
const unreadableField = (problems: string[]) => (key: string) => problems.push(`${key}: could not be read; using the default`);

/** Reports a problem with the field being repaired; `at` names a part of it (`.person`, `[2]`). */
type Note = (problem: string, at?: string) => void;
/** Repairs one field: `value` is undefined when the field is missing, which is not a problem (it takes the default). */
type Repair<T> = (value: unknown, fallback: T, note: Note) => T;

function oneOf<T extends string | boolean>(allowed: readonly T[]): Repair<T> {
  return (value, fallback, note) => {
    if (value === undefined || allowed.includes(value as T)) return (value as T | undefined) ?? fallback;
    note(`expected ${allowed.join(' or ')}, got ${describe(value)}; using ${String(fallback)}`);
    return fallback;
  };
}

const repairBoolean = oneOf([true, false]);

const repairDwell: Repair<number> = (value, fallback, note) => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    note(`expected a number of milliseconds, got ${describe(value)}; using ${fallback}`);
    return fallback;
  }
  const repaired = Math.min(DWELL_RANGE.max, Math.max(DWELL_RANGE.min, Math.round(value)));
  if (repaired !== value) note(`${value} is not a whole number in ${DWELL_RANGE.min}..${DWELL_RANGE.max}; using ${repaired}`);
  return repaired;
};

const repairKinds: Repair<Settings['kinds']> = (value, fallback, note) => {
  const kinds = { ...fallback };
  if (value === undefined) return kinds;
  const stored = snapshot(value, (kind) => note('could not be read; using the default', `.${kind}`));
  if (stored === undefined) {
    note(`expected an object, got ${describe(value)}; showing every kind`);
    return kinds;
  }
  for (const kind of Object.keys(fallback) as EntityKind[]) {
    kinds[kind] = repairBoolean(stored[kind], fallback[kind], (problem) => note(problem, `.${kind}`));
  }
  return kinds;
};

/** Reads one stored rule, or says what is wrong with it; a getter that throws loses that rule, not the list. */
function readRule(list: readonly unknown[], i: number): SiteRule | string {
  try {
    const item = list[i];
    return parseSiteRule(item) ?? `${describe(item)} is not a site rule; dropped`;
  } catch {
    return 'could not be read; dropped';
  }
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
    note(`expected a list, got ${describe(value)}; no site rules kept`);
    return [...fallback];
  }
  const rules: SiteRule[] = [];
  const patterns = new Set<string>();
  // The newest rules are at the end (a rule the reader adds is appended): over the limit, the oldest go.
  const first = Math.max(0, value.length - MAX_SITE_RULES);
  if (first > 0) note(`more than ${MAX_SITE_RULES} site rules; the oldest ${first} dropped`);
  for (let i = first; i < value.length; i++) {
    const rule = readRule(value, i);
    if (typeof rule === 'string') note(rule, `[${i}]`);
    else if (patterns.has(rule.pattern)) note(`a second rule for ${rule.pattern}; dropped`, `[${i}]`);
    else {
      patterns.add(rule.pattern);
      rules.push(rule);
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
  density: oneOf(['all', 'first']),
  kinds: repairKinds,
  trigger: oneOf(['hover', 'hover-alt', 'click']),
  dwellMs: repairDwell,
  highlightStyle: oneOf(['underline', 'background']),
  theme: oneOf(['auto', 'light', 'dark']),
};

function repairField<K extends keyof Settings>(key: K, stored: Record<string, unknown>, settings: Settings, problems: string[]): void {
  settings[key] = REPAIRS[key](stored[key], settings[key], (problem, at = '') => problems.push(`${key}${at}: ${problem}`));
}

/**
 * Repairs a stored settings value field by field: a corrupt field takes its default and adds a
 * problem naming it; a missing field takes its default quietly (older data, or nothing stored
 * yet); unknown fields are dropped quietly (a newer version's settings are not errors). Never
 * throws, whatever `stored` is.
 */
export function repairSettings(stored: unknown): ReadResult {
  const problems: string[] = [];
  try {
    const settings = defaultSettings();
    if (stored === undefined) return { settings, problems };
    const record = snapshot(stored, unreadableField(problems));
    if (record === undefined) return { settings, problems: [`settings: expected an object, got ${describe(stored)}; using the defaults`] };
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
function storedVersion(record: Record<string, unknown>, problems: string[]): number {
  const version = record['schemaVersion'];
  if (version === undefined) return 0;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) return version;
  problems.push(`schemaVersion: expected a whole number, got ${describe(version)}; read as version 0`);
  return 0;
}

/**
 * Brings a stored value to this code's schema by applying, in order, every migration whose `to`
 * is above the stored version. A value that is not an object is returned as it is (repairSettings
 * reports it). A value from a newer version is kept for the repair, which keeps what it understands,
 * with a problem noted.
 */
export function migrateSettings(stored: unknown): { value: unknown; problems: string[] } {
  const problems: string[] = [];
  try {
    let record = snapshot(stored, unreadableField(problems));
    if (record === undefined) return { value: stored, problems };
    const version = storedVersion(record, problems);
    if (version > SCHEMA_VERSION) {
      problems.push(`schemaVersion: saved by a newer Backstory (version ${version}); kept what this version understands`);
    }
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
 * what is valid and lists the rest in `problems`.
 */
export function parseSettingsFile(text: string): ReadResult | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `not a JSON file: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'expected a settings object' };
  return readSettings(parsed);
}
