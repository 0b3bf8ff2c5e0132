import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { SETTINGS_KEY, createSettingsStore, type StorageAreaLike, type StorageChangeListener } from './settings-store';

/** An in-memory storage area that reports its changes like browser.storage.onChanged. */
class FakeArea implements StorageAreaLike {
  readonly items = new Map<string, unknown>();
  failGet = false;
  failSet = false;

  constructor(
    private readonly name: string,
    private readonly changes: FakeChanges,
  ) {}

  async get(key: string): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(`${this.name} is disabled`);
    // Stored values are copies, as in a browser: structuredClone drops nothing JSON keeps.
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded in ${this.name}`);
    for (const [key, value] of Object.entries(items)) {
      this.items.set(key, structuredClone(value));
      this.changes.emit({ [key]: { newValue: structuredClone(value) } }, this.name);
    }
  }
}

class FakeChanges {
  readonly listeners = new Set<StorageChangeListener>();
  addListener(callback: StorageChangeListener): void {
    this.listeners.add(callback);
  }
  removeListener(callback: StorageChangeListener): void {
    this.listeners.delete(callback);
  }
  emit(changes: Record<string, { newValue?: unknown }>, areaName: string): void {
    for (const listener of this.listeners) listener(changes, areaName);
  }
}

function setup({ withSync = true } = {}) {
  const changes = new FakeChanges();
  const sync = new FakeArea('sync', changes);
  const local = new FakeArea('local', changes);
  const store = createSettingsStore(withSync ? { sync, local } : { local }, changes);
  return { changes, sync, local, store };
}

const saved = (area: FakeArea): unknown => area.items.get(SETTINGS_KEY);

describe('load', () => {
  it('gives the defaults, without problems, when nothing is stored', async () => {
    expect(await setup().store.load()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads sync', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    expect((await store.load()).settings.theme).toBe('dark');
  });

  it('repairs corrupt data to the defaults, keeping the valid site rules', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, {
      schemaVersion: 1,
      paused: 'sometimes',
      dwellMs: 'slow',
      siteRules: [{ pattern: 'example.com', enabled: false }, { pattern: 42 }, null, { pattern: '*.news.org', enabled: true }],
    });
    const { settings, problems } = await store.load();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      siteRules: [
        { pattern: 'example.com', enabled: false },
        { pattern: '*.news.org', enabled: true },
      ],
    });
    expect(problems).toHaveLength(4);
  });

  it.each([
    ['throws', (sync: FakeArea) => (sync.failGet = true)],
    ['holds nothing', () => undefined],
  ])('reads local when sync %s', async (_name, breakSync) => {
    const { sync, local, store } = setup();
    breakSync(sync);
    local.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, density: 'first' });
    expect((await store.load()).settings.density).toBe('first');
  });

  it('reads local when there is no storage.sync', async () => {
    const { local, store } = setup({ withSync: false });
    local.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, trigger: 'click' });
    expect((await store.load()).settings.trigger).toBe('click');
  });

  it('gives the defaults when both areas throw', async () => {
    const { sync, local, store } = setup();
    sync.failGet = local.failGet = true;
    expect(await store.load()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});

describe('save', () => {
  it('merges the patch into the stored settings and writes sync', async () => {
    const { sync, local, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    const settings = await store.save({ paused: true, dwellMs: 300 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', paused: true, dwellMs: 300 });
    expect(saved(sync)).toEqual(settings);
    expect(saved(local)).toBeUndefined();
  });

  it('runs overlapping saves one after another, so neither undoes the other', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    await Promise.all([store.save({ paused: true }), store.save({ dwellMs: 300 }), store.save({ theme: 'light' })]);
    expect(saved(sync)).toEqual({ ...DEFAULT_SETTINGS, paused: true, dwellMs: 300, theme: 'light' });
  });

  it('makes a patch given as a function from the settings as they are when its turn comes', async () => {
    const { store } = setup();
    const addRule = (pattern: string) => (now: Settings) => ({ siteRules: [...now.siteRules, { pattern, enabled: false }] });
    // Two switches flipped at once, each adding a rule to the list: both rules are kept.
    await Promise.all([store.save(addRule('a.example.com')), store.save(addRule('b.example.com'))]);
    expect((await store.load()).settings.siteRules.map((rule) => rule.pattern)).toEqual(['a.example.com', 'b.example.com']);
  });

  it('repairs what it writes, and ignores undefined fields of the patch', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    const settings = await store.save({ dwellMs: 99999, theme: undefined });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 1000 });
    expect(saved(sync)).toEqual(settings);
  });

  it('writes migrated settings in the current schema', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, { enabled: true, disabledHosts: ['example.com'] });
    await store.save({ theme: 'light' });
    expect(saved(sync)).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', siteRules: [{ pattern: 'example.com', enabled: false }] });
  });

  it('falls back to local when sync cannot be written, and reads that back', async () => {
    const { sync, local, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    sync.failSet = true;
    const settings = await store.save({ paused: true });
    expect(saved(local)).toEqual(settings);
    // Sync still holds the older copy: the local one is newer and must win.
    expect(await store.load()).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', paused: true }, problems: [] });
  });

  it('falls back to local both ways when sync is disabled', async () => {
    const { sync, local, store } = setup();
    sync.failGet = sync.failSet = true;
    await store.save({ density: 'first' });
    await store.save({ theme: 'light' });
    expect(saved(local)).toEqual({ ...DEFAULT_SETTINGS, density: 'first', theme: 'light' });
    expect((await store.load()).settings).toEqual(saved(local));
  });

  it('moves back to sync once sync accepts a save, clearing the local copy', async () => {
    const { sync, local, store } = setup();
    sync.failSet = true;
    await store.save({ density: 'first' });
    sync.failSet = false;
    await store.save({ theme: 'light' });
    expect(saved(sync)).toEqual({ ...DEFAULT_SETTINGS, density: 'first', theme: 'light' });
    expect(saved(local)).toBeNull();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    expect((await store.load()).settings.theme).toBe('dark');
  });

  it('rejects when neither area can be written', async () => {
    const { sync, local, store } = setup();
    sync.failSet = local.failSet = true;
    await expect(store.save({ paused: true })).rejects.toThrow(/quota/);
  });
});

describe('subscribe', () => {
  it('calls back with repaired settings when either area changes, until unsubscribed', async () => {
    const { changes, sync, local, store } = setup();
    const seen = vi.fn<(settings: Settings) => void>();
    const unsubscribe = store.subscribe(seen);

    await sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 5 } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 100 }));

    await local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'light' } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'light' }));
    expect(seen).toHaveBeenCalledTimes(2);

    unsubscribe();
    expect(changes.listeners.size).toBe(0);
    await sync.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys and other areas', async () => {
    const { changes, sync, store } = setup();
    const seen = vi.fn();
    store.subscribe(seen);
    await sync.set({ index: 1 });
    changes.emit({ [SETTINGS_KEY]: { newValue: DEFAULT_SETTINGS } }, 'managed');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
  });

  it('drops a read that finishes after unsubscribing', async () => {
    const { sync, store } = setup();
    const seen = vi.fn();
    const unsubscribe = store.subscribe(seen);
    await sync.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
  });
});
