/**
 * Where the settings are kept: one `settings` key in storage.sync, so they follow the user across
 * browsers, with storage.local as the fallback when sync is missing, disabled or full. The areas are
 * passed in (browser.storage.sync, .local, .onChanged), so this glue is tested without a browser.
 */
import { readSettings, repairSettings, type ReadResult, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** The Web Lock every save holds (see exclusive); tests that write the settings take it too. */
export const SETTINGS_LOCK = 'backstory-settings';

/** How long one save may hold the lock. */
const SAVE_TIMEOUT_MS = 10_000;

/** The part of a browser storage area the store uses. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/** The part of browser.storage.onChanged the store uses. */
export interface StorageChangeSource {
  addListener(callback: StorageChangeListener): void;
  removeListener(callback: StorageChangeListener): void;
}

export interface SettingsStore {
  /** The stored settings, migrated and repaired; the defaults when nothing is stored. Never rejects. */
  load(): Promise<ReadResult>;
  /**
   * Merges `patch` into the stored settings, repairs and writes them; resolves to what was saved. A
   * patch made from the settings (a site rule added to the list) is given as a function of them: it
   * runs under the save lock, on the settings as they are then, so no other save lands between.
   */
  save(patch: Partial<Settings> | ((settings: Settings) => Partial<Settings>)): Promise<Settings>;
  /** Calls `callback` with the settings whenever they change in either area; returns the unsubscribe. */
  subscribe(callback: (settings: Settings) => void): () => void;
}

const FAILED = Symbol('failed');

/** The stored value, `undefined` when the area holds none, or `failed` when the area is missing or throws. */
async function readArea(area: StorageAreaLike | undefined): Promise<unknown> {
  if (area === undefined) return FAILED;
  try {
    return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return FAILED;
  }
}


/** A value an area "holds": a cleared local copy is null, and a failed read holds nothing. */
function holds(value: unknown): boolean {
  return value !== undefined && value !== null && value !== FAILED;
}

/** A patch without its undefined fields, so `{ theme: undefined }` changes nothing instead of resetting. */
function definedFields(patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/**
 * The settings store over `areas`. Local holds settings only when the latest save could not go to
 * sync (a save to sync clears it), so a local copy, when there is one, is the newest and wins:
 * otherwise a save that fell back to local because sync was full would be shadowed by the older
 * sync copy. With no local copy, sync is read; with neither, the defaults.
 */
export function createSettingsStore(
  areas: { sync?: StorageAreaLike; local: StorageAreaLike },
  onChanged: StorageChangeSource,
): SettingsStore {
  async function loadWithSource(): Promise<{ result: ReadResult; fromLocal: boolean }> {
    const [synced, local] = await Promise.all([readArea(areas.sync), readArea(areas.local)]);
    const fromLocal = holds(local);
    return { result: readSettings(fromLocal ? local : holds(synced) ? synced : undefined), fromLocal };
  }

  /** Whether the settings reached sync; false when sync is missing, disabled or over its quota. */
  async function writeSync(settings: Settings): Promise<boolean> {
    if (areas.sync === undefined) return false;
    try {
      await areas.sync.set({ [SETTINGS_KEY]: settings });
      return true;
    } catch {
      return false;
    }
  }

  async function write(settings: Settings, clearLocal: boolean): Promise<void> {
    if (!(await writeSync(settings))) {
      await areas.local.set({ [SETTINGS_KEY]: settings });
    } else if (clearLocal) {
      // Sync has the newest settings now and the older local copy would shadow them. If local
      // cannot be written it cannot be read either, so load ignores it anyway.
      await areas.local.set({ [SETTINGS_KEY]: null }).catch(() => undefined);
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
    load: async () => (await loadWithSource()).result,

    save: (patch) =>
      exclusive(async () => {
        const { result, fromLocal } = await loadWithSource();
        const changes = typeof patch === 'function' ? patch(result.settings) : patch;
        const { settings } = repairSettings({ ...result.settings, ...definedFields(changes) });
        await write(settings, fromLocal);
        return settings;
      }),

    subscribe(callback) {
      let active = true;
      // Read again rather than trust `newValue`: which area wins depends on both (see above).
      const listener: StorageChangeListener = (changes, areaName) => {
        if ((areaName !== 'sync' && areaName !== 'local') || !Object.hasOwn(changes, SETTINGS_KEY)) return;
        void loadWithSource().then(({ result }) => {
          if (active) callback(result.settings);
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
