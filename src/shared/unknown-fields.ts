/**
 * What a stored settings value holds that this version does not read: fields a newer version added
 * (at the top, inside `kinds`, inside a site rule) and a newer schema version number. A save writes
 * them back as they were, so a device running an older Backstory does not erase a newer one's
 * settings. Pure.
 */
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type Settings } from './settings';
import { normalizePattern } from './site-rules';

export interface UnknownFields {
  /** Top-level fields this version has no setting for. */
  fields: Record<string, unknown>;
  /** Keys of `kinds` this version has no kind for. */
  kinds: Record<string, unknown>;
  /** Fields of a site rule besides pattern and enabled, by the rule's normalised pattern. */
  rules: Map<string, Record<string, unknown>>;
  /** The stored schema version when it is newer than this code's. */
  version?: number;
}

export const NO_UNKNOWN_FIELDS: UnknownFields = { fields: {}, kinds: {}, rules: new Map() };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the entries of `record` whose key is not in `known`. */
function without(record: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !known.includes(key)));
}

/**
 * The fields of `migrated` (a stored value after migrateSettings) that this version does not read;
 * `ignore` names bookkeeping fields that are not settings. Never throws: what cannot be read is not kept.
 */
export function unknownFieldsOf(migrated: unknown, ignore: readonly string[] = []): UnknownFields {
  try {
    if (!isRecord(migrated)) return NO_UNKNOWN_FIELDS;
    const fields = without(migrated, [...Object.keys(DEFAULT_SETTINGS), ...ignore]);
    const kinds = isRecord(migrated['kinds']) ? without(migrated['kinds'], Object.keys(DEFAULT_SETTINGS.kinds)) : {};
    const rules = new Map<string, Record<string, unknown>>();
    const list = migrated['siteRules'];
    for (const rule of Array.isArray(list) ? list : []) {
      if (!isRecord(rule) || typeof rule['pattern'] !== 'string') continue;
      const pattern = normalizePattern(rule['pattern']);
      const extra = without(rule, ['pattern', 'enabled']);
      if (pattern !== undefined && Object.keys(extra).length > 0 && !rules.has(pattern)) rules.set(pattern, extra);
    }
    const version = migrated['schemaVersion'];
    const newer = typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION;
    return { fields, kinds, rules, ...(newer ? { version } : {}) };
  } catch {
    return NO_UNKNOWN_FIELDS;
  }
}

/**
 * The value a save stores: `settings` with `unknown` put back. A newer schema version is kept, so
 * the newer version does not migrate its own fields again over what it stored.
 */
export function withUnknownFields(settings: Settings, unknown: UnknownFields): Record<string, unknown> {
  return {
    ...unknown.fields,
    ...settings,
    schemaVersion: Math.max(settings.schemaVersion, unknown.version ?? 0),
    kinds: { ...unknown.kinds, ...settings.kinds },
    siteRules: settings.siteRules.map((rule) => ({ ...unknown.rules.get(rule.pattern), ...rule })),
  };
}
