/**
 * Where the settings are kept. storage.sync holds them so they follow the user across browsers,
 * laid out to fit its quotas (sync-layout.ts); storage.local holds a complete copy of every save,
 * with how much of it reached sync. The areas are passed in
 * (browser.storage.sync, .local, .onChanged), so this glue is tested without a browser.
 */
import { migrateSettings, readSettings, repairSettings, type ReadResult, type Settings } from './settings';
import { isSettingsKey, META_KEY, planSyncWrite, readSyncItems, SETTINGS_KEY, type SyncRead } from './sync-layout';
import { NO_UNKNOWN_FIELDS, unknownFieldsOf, withUnknownFields, type UnknownFields } from './unknown-fields';

export { SETTINGS_KEY } from './sync-layout';

/** The Web Lock every save holds (see exclusive); tests that write the settings take it too. */
export const SETTINGS_LOCK = 'backstory-settings';

/** How long one save may hold the lock. */
const SAVE_TIMEOUT_MS = 10_000;

/** The part of a browser storage area the store uses. */
export interface StorageAreaLike {
  /** `null` (or nothing) reads every item at once: one snapshot, so a set of chunks is read as one. */
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

/** The part of browser.storage.onChanged the store uses. */
export interface StorageChangeSource {
  addListener(callback: StorageChangeListener): void;
  removeListener(callback: StorageChangeListener): void;
}

/**
 * How much of the settings sync holds, as far as this browser knows:
 * - `synced`: all of them (or nothing is stored);
 * - `partial`: all but the newest `localOnlyRules` site rules, which do not fit in sync's quota and
 *   are kept in this browser only;
 * - `local`: none of the last save, which sync refused (turned off, or its write rate was reached):
 *   kept in this browser until a save reaches sync.
 */
export type SyncStatus = { state: 'synced' } | { state: 'partial'; localOnlyRules: number } | { state: 'local' };

/** The settings as read, what was repaired, and how much of them syncs. */
export type LoadResult = ReadResult & { sync: SyncStatus };

export interface SettingsStore {
  /** The stored settings, migrated and repaired; the defaults when nothing is stored. Never rejects. */
  load(): Promise<LoadResult>;
  /**
   * Merges `patch` into the stored settings, repairs and writes them; resolves to what was saved. A
   * patch made from the settings (a site rule added to the list) is given as a function of them: it
   * runs under the save lock, on the settings as they are then, so no other save lands between.
   * Fields this version does not know are written back as they were stored.
   */
  save(patch: Partial<Settings> | ((settings: Settings) => Partial<Settings>)): Promise<Settings>;
  /** Calls `callback` with the settings whenever they change in either area; returns the unsubscribe. */
  subscribe(callback: (settings: Settings, sync: SyncStatus) => void): () => void;
}

const FAILED = Symbol('failed');
const SYNCED: SyncStatus = { state: 'synced' };

/** What the local copy records about its save: how many of its rules (the first ones) reached sync; null when none of it did. */
interface LocalMeta {
  syncedRules: number | null;
}

/** The local copy: a complete settings value, and its bookkeeping unless an older version wrote it. */
interface LocalCopy {
  value: Record<string, unknown>;
  meta?: LocalMeta;
}

/** Every item of `area`, or `failed` when the area is missing or throws. */
async function readAll(area: StorageAreaLike | undefined): Promise<Record<string, unknown> | typeof FAILED> {
  if (area === undefined) return FAILED;
  try {
    return await area.get(null);
  } catch {
    return FAILED;
  }
}

/**
 * The local copy, if there is one. An older version kept settings in local only when sync refused
 * them, and cleared them to null once sync took a save: null is no copy.
 */
async function readLocal(area: StorageAreaLike): Promise<LocalCopy | undefined> {
  let item: unknown;
  try {
    item = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const { [META_KEY]: meta, ...value } = item as Record<string, unknown>;
  const { syncedRules } = (meta ?? {}) as Partial<LocalMeta>;
  const valid = syncedRules === null || (typeof syncedRules === 'number' && Number.isInteger(syncedRules) && syncedRules >= 0);
  return valid ? { value, meta: { syncedRules } } : { value };
}

const ruleList = (value: unknown): unknown[] => {
  const rules = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['siteRules'] : undefined;
  return Array.isArray(rules) ? rules : [];
};
const patternOf = (rule: unknown): unknown => (typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>)['pattern'] : undefined);

/** What was read, and from where: the settings store decides and saves from this. */
interface Loaded {
  result: LoadResult;
  unknown: UnknownFields;
  /** The sync area as read (the snapshot a save plans against), or failed. */
  syncItems: Record<string, unknown> | typeof FAILED;
}

/**
 * Chooses between the two copies. The local copy wins when sync cannot have this browser's newest
 * save: sync refused it, sync holds nothing readable, or an older version wrote local (which it did
 * only when sync refused a save). Otherwise sync is read (this browser's last save, or another
 * device's since), with the rules this browser kept out of sync (over the quota) added back: no
 * other device ever had them, so none can have removed them. When the device that saved had more
 * rules than sync holds, this browser cannot tell its removals from what did not fit: every local
 * rule that sync lacks is kept (a rule removed there may stay here; none is lost).
 */
function choose(synced: SyncRead | undefined, local: LocalCopy | undefined): { value: unknown; sync: SyncStatus } {
  if (local !== undefined && (local.meta === undefined || local.meta.syncedRules === null || synced === undefined)) {
    const syncedRules = local.meta?.syncedRules ?? null;
    const total = ruleList(local.value).length;
    if (syncedRules === null) return { value: local.value, sync: { state: 'local' } };
    return { value: local.value, sync: syncedRules < total ? { state: 'partial', localOnlyRules: total - syncedRules } : SYNCED };
  }
  if (synced === undefined) return { value: undefined, sync: SYNCED };
  const localRules = local === undefined ? [] : ruleList(local.value);
  const localOnly = synced.more ? localRules : local?.meta?.syncedRules != null ? localRules.slice(local.meta.syncedRules) : [];
  const present = new Set(ruleList(synced.value).map(patternOf));
  const kept = localOnly.filter((rule) => !present.has(patternOf(rule)));
  if (kept.length === 0) return { value: synced.value, sync: SYNCED };
  const value = { ...(synced.value as Record<string, unknown>), siteRules: [...ruleList(synced.value), ...kept] };
  return { value, sync: { state: 'partial', localOnlyRules: kept.length } };
}

/** A patch without its undefined fields, so `{ theme: undefined }` changes nothing instead of resetting. */
function definedFields(patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/** The settings store over `areas`. */
export function createSettingsStore(areas: { sync?: StorageAreaLike; local: StorageAreaLike }, onChanged: StorageChangeSource): SettingsStore {
  async function loadState(): Promise<Loaded> {
    const [syncItems, local] = await Promise.all([readAll(areas.sync), readLocal(areas.local)]);
    const synced = syncItems === FAILED ? undefined : readSyncItems(syncItems);
    const { value, sync } = choose(synced, local);
    const migrated = migrateSettings(value).value;
    const { settings, problems } = readSettings(value);
    return { result: { settings, problems, sync }, unknown: value === undefined ? NO_UNKNOWN_FIELDS : unknownFieldsOf(migrated), syncItems };
  }

  /**
   * Writes `stored` to sync as planned against what sync held; resolves to how many rules reached
   * it, or null when none of the save did (no sync area, sync refused, or the settings alone do not
   * fit).
   */
  async function writeSync(stored: Record<string, unknown>, current: Loaded['syncItems']): Promise<number | null> {
    if (areas.sync === undefined || current === FAILED) return null;
    const plan = planSyncWrite(stored, current);
    if ('unfit' in plan) return null;
    try {
      // Chunks no manifest names: no reader needs them, and the quota needs their room.
      if (plan.remove.length > 0) await areas.sync.remove(plan.remove).catch(() => undefined);
      await areas.sync.set(plan.set);
    } catch {
      return null;
    }
    return plan.syncedRules;
  }

  /**
   * Keeps the complete save in local, with its id and how much reached sync. If local cannot be
   * written while part of the save is nowhere else, the save fails; if sync holds it all, an old
   * local copy is removed instead, as it would win over sync on the next read.
   */
  async function writeLocal(stored: Record<string, unknown>, meta: LocalMeta): Promise<void> {
    try {
      await areas.local.set({ [SETTINGS_KEY]: { ...stored, [META_KEY]: meta } });
    } catch (error) {
      if (meta.syncedRules !== ruleList(stored).length) throw error;
      await areas.local.remove(SETTINGS_KEY).catch(() => undefined);
    }
  }

  /** The saves of this store still running, one after another where there is no Web Lock. */
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * Runs `work` (a read, a merge and a write) alone: two saves that overlap (the popup's switch and
   * the keyboard command, the options page and the popup) would each merge into the same old
   * settings, and the later write would undo the earlier one. A Web Lock holds across the
   * extension's pages and its background, which share one origin; without one, this store's own
   * saves wait for each other.
   */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
    // A write that never settles (a storage bug) must not hold every later save in every page.
    const bounded = async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('settings save timed out')), SAVE_TIMEOUT_MS)));
      try {
        return await Promise.race([work(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    };
    if (locks) return locks.request(SETTINGS_LOCK, bounded);
    const run = queue.then(bounded, bounded);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    load: async () => (await loadState()).result,

    save: (patch) =>
      exclusive(async () => {
        const { result, unknown, syncItems } = await loadState();
        const changes = typeof patch === 'function' ? patch(result.settings) : patch;
        const { settings } = repairSettings({ ...result.settings, ...definedFields(changes) });
        const stored = withUnknownFields(settings, unknown);
        const syncedRules = await writeSync(stored, syncItems);
        await writeLocal(stored, { syncedRules });
        return settings;
      }),

    subscribe(callback) {
      let active = true;
      // Read again rather than trust `newValue`: which copy wins depends on both areas, and a
      // settings value in sync may be one of several items.
      const listener: StorageChangeListener = (changes, areaName) => {
        if ((areaName !== 'sync' && areaName !== 'local') || !Object.keys(changes).some(isSettingsKey)) return;
        void loadState().then(({ result }) => {
          if (active) callback(result.settings, result.sync);
        });
      };
      onChanged.addListener(listener);
      return () => {
        active = false;
        onChanged.removeListener(listener);
      };
    },
  };
}
