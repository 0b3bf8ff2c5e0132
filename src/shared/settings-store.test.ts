import { describe, expect, it, vi } from 'vitest';
import { FakeChanges, FakeStorageArea, type QuotaRules } from './fake-storage';
import { realisticRules } from './fixtures/realistic-hosts';
import { DEFAULT_SETTINGS, MAX_SITE_RULES, type Settings } from './settings';
import { SETTINGS_KEY, createSettingsStore } from './settings-store';
import { readSyncItems } from './sync-layout';

function setup({ withSync = true, rules = 'chrome' as QuotaRules, sync = undefined as FakeStorageArea | undefined } = {}) {
  const changes = new FakeChanges();
  const syncArea = sync ?? new FakeStorageArea('sync', { rules, changes });
  const local = new FakeStorageArea('local', { changes });
  const store = createSettingsStore(withSync ? { sync: syncArea, local } : { local }, changes);
  return { changes, sync: syncArea, local, store };
}

/** The settings item an area holds, without the storage bookkeeping. */
function saved(area: FakeStorageArea): unknown {
  const item = area.items.get(SETTINGS_KEY);
  if (typeof item !== 'object' || item === null) return item;
  const { $sync: _meta, ...value } = item as Record<string, unknown>;
  return value;
}

describe('load', () => {
  it('gives the defaults, without problems, when nothing is stored', async () => {
    expect(await setup().store.load()).toEqual({ settings: DEFAULT_SETTINGS, problems: [], sync: { state: 'synced' } });
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
    ['throws', (sync: FakeStorageArea) => (sync.failGet = true)],
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
    expect(await store.load()).toEqual({ settings: DEFAULT_SETTINGS, problems: [], sync: { state: 'synced' } });
  });
});

describe('save', () => {
  it('merges the patch into the stored settings and writes sync, keeping a copy in local', async () => {
    const { sync, local, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    const settings = await store.save({ paused: true, dwellMs: 300 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', paused: true, dwellMs: 300 });
    expect(saved(sync)).toEqual(settings);
    expect(saved(local)).toEqual(settings);
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
    expect(await store.load()).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', paused: true }, problems: [], sync: { state: 'local' } });
  });

  it('falls back to local both ways when sync is disabled', async () => {
    const { sync, local, store } = setup();
    sync.failGet = sync.failSet = true;
    await store.save({ density: 'first' });
    await store.save({ theme: 'light' });
    expect(saved(local)).toEqual({ ...DEFAULT_SETTINGS, density: 'first', theme: 'light' });
    expect((await store.load()).settings).toEqual(saved(local));
  });

  it('moves back to sync once sync accepts a save, and then reads what another device saves there', async () => {
    const { sync, store } = setup();
    sync.failSet = true;
    await store.save({ density: 'first' });
    expect((await store.load()).sync).toEqual({ state: 'local' });
    sync.failSet = false;
    await store.save({ theme: 'light' });
    expect(saved(sync)).toEqual({ ...DEFAULT_SETTINGS, density: 'first', theme: 'light' });
    expect((await store.load()).sync).toEqual({ state: 'synced' });
    // An older version on another device writes the one item it knows.
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    expect((await store.load()).settings.theme).toBe('dark');
  });

  it("reads an older version's local copy (kept only when sync refused its save) over sync, and a cleared one (null) not at all", async () => {
    const { sync, local, store } = setup();
    sync.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'dark' });
    local.items.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, theme: 'light' });
    expect((await store.load()).settings.theme).toBe('light');
    local.items.set(SETTINGS_KEY, null);
    expect((await store.load()).settings.theme).toBe('dark');
  });

  it('rejects when neither area can be written, and leaves both as they were', async () => {
    const { sync, local, store } = setup();
    sync.failSet = local.failSet = true;
    await expect(store.save({ paused: true })).rejects.toThrow(/disabled/);
  });
});

describe('subscribe', () => {
  it('calls back with repaired settings when either area changes, until unsubscribed', async () => {
    const { changes, sync, local, store } = setup();
    const seen = vi.fn<(settings: Settings) => void>();
    const last = () => seen.mock.lastCall?.[0];
    const unsubscribe = store.subscribe(seen);

    await sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 5 } });
    await vi.waitFor(() => expect(last()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 100 }));

    await local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, theme: 'light' } });
    await vi.waitFor(() => expect(last()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' }));
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

/** The rules of `settings` by pattern. */
const patterns = (settings: Settings) => settings.siteRules.map((rule) => rule.pattern);

/** The patterns of `rules` that `settings` lacks. */
const missing = (rules: readonly { pattern: string }[], settings: Settings) => {
  const held = new Set(patterns(settings));
  return rules.map((rule) => rule.pattern).filter((pattern) => !held.has(pattern));
};

/** Rules whose hosts are long enough (about 55 characters) that 2,000 of them do not fit in 100 KB. */
const longRules = (count: number) => realisticRules(count).map((rule) => ({ ...rule, pattern: rule.pattern.replace(/^(\*\.)?/, '$1a-rather-long-subdomain-for-testing.') }));

/** What a sync area holds, as the settings a reader of this layout reassembles. */
const syncedValue = (area: FakeStorageArea) => readSyncItems(Object.fromEntries(area.items))?.value;

describe('sync within the quota', () => {
  it.each(['chrome', 'firefox'] as const)(`%s: syncs ${MAX_SITE_RULES} site rules with realistic hosts, and another device reads them all`, async (rules) => {
    const here = setup({ rules });
    const siteRules = realisticRules(MAX_SITE_RULES);
    await here.store.save({ siteRules });
    expect(here.sync.bytesInUse()).toBeLessThanOrEqual(102_400);
    const there = setup({ sync: here.sync });
    expect(await there.store.load()).toMatchObject({ settings: { siteRules }, sync: { state: 'synced' } });
    expect(await here.store.load()).toMatchObject({ settings: { siteRules }, sync: { state: 'synced' } });
  });

  it.each(['chrome', 'firefox'] as const)('%s: keeps the rules over the quota in this browser, syncs the others, and says how many are kept here only', async (rules) => {
    const here = setup({ rules });
    const siteRules = longRules(MAX_SITE_RULES);
    await here.store.save({ siteRules, theme: 'dark' });
    const loaded = await here.store.load();
    expect(loaded.settings.siteRules).toEqual(siteRules);
    expect(loaded.sync).toEqual({ state: 'partial', localOnlyRules: expect.any(Number) });
    const localOnly = loaded.sync.state === 'partial' ? loaded.sync.localOnlyRules : 0;
    expect(localOnly).toBeGreaterThan(0);
    expect(localOnly).toBeLessThan(MAX_SITE_RULES / 2);
    // Another device gets everything but the newest rules, which never left this browser.
    const there = setup({ sync: here.sync });
    expect(await there.store.load()).toMatchObject({ settings: { theme: 'dark', siteRules: siteRules.slice(0, MAX_SITE_RULES - localOnly) }, sync: { state: 'synced' } });
  });

  it('loses no rule on either device when both save near the quota', async () => {
    const here = setup();
    // Fewer than the limit, so that rules added there do not push the oldest out.
    const siteRules = longRules(MAX_SITE_RULES - 100);
    await here.store.save({ siteRules });
    expect((await here.store.load()).sync.state).toBe('partial');
    const there = setup({ sync: here.sync });
    const added = { pattern: 'added-there.example', enabled: false };
    const thereRules = [...(await there.store.load()).settings.siteRules, added];
    await there.store.save({ theme: 'dark', siteRules: thereRules });
    expect(patterns((await there.store.load()).settings)).toEqual(thereRules.map((rule) => rule.pattern));
    const loaded = await here.store.load();
    expect(loaded.settings.theme).toBe('dark');
    expect(missing(siteRules, loaded.settings)).toEqual([]);
    expect(loaded.sync.state).toBe('partial');
    // Another change here, then there: still nothing lost.
    await here.store.save({ paused: true });
    expect(missing(thereRules, (await there.store.load()).settings)).toEqual([]);
    expect(missing(siteRules, (await here.store.load()).settings)).toEqual([]);
  });

  it('makes one write call to sync per save (two when it removes chunks no manifest names), and rewrites no chunk for a change of another setting', async () => {
    const { sync, store, changes } = setup();
    const siteRules = realisticRules(MAX_SITE_RULES);
    await store.save({ siteRules });
    expect(sync.writes).toBe(1);
    const changed: string[] = [];
    changes.addListener((items, area) => area === 'sync' && changed.push(...Object.keys(items)));
    await store.save({ theme: 'dark' });
    expect(sync.writes).toBe(2);
    expect(changed).toEqual([SETTINGS_KEY]);
    // The chunks the last manifest named stay one save more, for a device that has only that manifest.
    await store.save({ siteRules: siteRules.slice(0, 10) });
    expect(sync.writes).toBe(3);
    expect((await setup({ sync }).store.load()).settings.siteRules).toEqual(siteRules.slice(0, 10));
    await store.save({ paused: true });
    expect(sync.writes).toBe(5);
    expect([...sync.items.keys()]).toEqual([SETTINGS_KEY]);
  });

  it('falls back to local when Chrome refuses a write past its rate, says so, and syncs again with the next save', async () => {
    let now = 0;
    const sync = new FakeStorageArea('sync', { rules: 'chrome', now: () => now });
    const { store } = setup({ sync });
    for (let i = 0; i < 120; i++) await sync.set({ elsewhere: i });
    await store.save({ theme: 'dark' });
    expect(await store.load()).toMatchObject({ settings: { theme: 'dark' }, sync: { state: 'local' } });
    now = 61_000;
    await store.save({ paused: true });
    expect(await store.load()).toMatchObject({ settings: { theme: 'dark', paused: true }, sync: { state: 'synced' } });
    expect(syncedValue(sync)).toMatchObject({ theme: 'dark', paused: true });
  });

  it.each([
    ['in the order written', (keys: string[]) => keys],
    ['in reverse', (keys: string[]) => [...keys].reverse()],
    ['settings item first', (keys: string[]) => [SETTINGS_KEY, ...keys.filter((key) => key !== SETTINGS_KEY)]],
  ])('another device receiving a save item by item (%s) never loses a rule', async (_order, order) => {
    const here = setup();
    const first = realisticRules(1200);
    await here.store.save({ siteRules: first });
    const before = new Map(here.sync.items);
    // Fewer rules, so fewer chunks: the other device holds stale chunks until the removal arrives.
    const second = [...first.slice(400), { pattern: 'new-one.example', enabled: true }];
    await here.store.save({ siteRules: second });
    const after = new Map(here.sync.items);

    const sync = new FakeStorageArea('sync');
    for (const [key, value] of before) sync.items.set(key, value);
    const there = setup({ sync });
    const kept = new Set(second.map((rule) => rule.pattern).filter((pattern) => first.some((rule) => rule.pattern === pattern)));
    const either = new Set([...first, ...second].map((rule) => rule.pattern));
    for (const key of order([...new Set([...before.keys(), ...after.keys()])])) {
      if (after.has(key)) sync.items.set(key, after.get(key));
      else sync.items.delete(key);
      const read = new Set(patterns((await there.store.load()).settings));
      for (const pattern of kept) expect(read.has(pattern), `${pattern} after ${key}`).toBe(true);
      for (const pattern of read) expect(either.has(pattern)).toBe(true);
    }
    expect((await there.store.load()).settings.siteRules).toEqual(second);
  });
});

describe('forward compatible', () => {
  /** Settings as a newer Backstory (schema 2) might store them: new fields at every level. */
  const newer = (siteRules: object[]) => ({
    ...DEFAULT_SETTINGS,
    schemaVersion: 2,
    theme: 'light',
    sidebar: { side: 'left', width: 320 },
    readingList: ['https://example.com/a'],
    kinds: { ...DEFAULT_SETTINGS.kinds, product: false },
    siteRules,
  });

  it('a save by this version keeps what a newer one stored: its fields, its kinds, its rule fields and its schema version', async () => {
    const { sync, store } = setup();
    const stored = newer([
      { pattern: 'example.com', enabled: false, note: 'too many ads', addedAt: 1_700_000_000 },
      { pattern: 'news.org', enabled: true },
    ]);
    sync.items.set(SETTINGS_KEY, stored);
    await store.save({ dwellMs: 400 });
    expect(syncedValue(sync)).toEqual({ ...stored, dwellMs: 400 });
    // What this version does not know stays out of what it reads.
    expect((await store.load()).settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      dwellMs: 400,
      siteRules: [
        { pattern: 'example.com', enabled: false },
        { pattern: 'news.org', enabled: true },
      ],
    });
  });

  it('keeps them when the rules are split over several items, and for rules this version changes', async () => {
    const { sync, store } = setup({ rules: 'firefox' });
    const siteRules = realisticRules(1500).map((rule, i) => ({ ...rule, addedAt: 1_700_000_000 + i }));
    sync.items.set(SETTINGS_KEY, newer(siteRules.slice(0, 100)));
    await store.save({ siteRules: siteRules.map(({ pattern, enabled }) => ({ pattern, enabled })) });
    // The rules that came with fields keep them; the others are stored compactly.
    expect(sync.items.size).toBeGreaterThan(1);
    expect(syncedValue(sync)).toEqual({ ...newer([...siteRules.slice(0, 100), ...siteRules.slice(100).map(({ pattern, enabled }) => ({ pattern, enabled }))]) });
    await store.save((now) => ({ siteRules: now.siteRules.map((rule) => (rule.pattern === siteRules[0]!.pattern ? { ...rule, enabled: !rule.enabled } : rule)) }));
    expect((syncedValue(sync) as { siteRules: object[] }).siteRules[0]).toEqual({ ...siteRules[0], enabled: !siteRules[0]!.enabled });
  });

  it('corrupt stored settings still read as defaults where broken, keep what parses, and a save keeps the unknown fields', async () => {
    const { sync, store } = setup();
    sync.items.set(SETTINGS_KEY, { schemaVersion: 1, theme: 7, dwellMs: 'slow', siteRules: [{ pattern: 'a.com', enabled: false }, 42], future: { x: 1 } });
    const { settings, problems } = await store.load();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, siteRules: [{ pattern: 'a.com', enabled: false }] });
    expect(problems.map((problem) => problem.field)).toEqual(['siteRules', 'dwellMs', 'theme']);
    await store.save({ paused: true });
    expect(syncedValue(sync)).toEqual({ ...DEFAULT_SETTINGS, paused: true, siteRules: [{ pattern: 'a.com', enabled: false }], future: { x: 1 } });
  });
});
