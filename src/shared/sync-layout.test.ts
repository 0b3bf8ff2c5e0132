import { describe, expect, it } from 'vitest';
import { realisticRules } from './fixtures/realistic-hosts';
import { defaultSettings } from './settings';
import { planSyncWrite, readSyncItems, SETTINGS_KEY, type SyncWrite } from './sync-layout';
import { itemBytes, MAX_ITEM_BYTES } from './sync-quota';

/** Plans a write of `siteRules` over `current` and expects one (the settings fit). */
function plan(siteRules: object[], current: Record<string, unknown> = {}, extra: object = {}): SyncWrite {
  const result = planSyncWrite({ ...defaultSettings(), ...extra, siteRules }, current);
  if ('unfit' in result) throw new Error(result.unfit);
  return result;
}

/** What the area holds after `write` over `current`. */
const apply = (current: Record<string, unknown>, write: SyncWrite) => {
  const next = { ...current, ...write.set };
  for (const key of write.remove) delete next[key];
  return next;
};

describe('planSyncWrite', () => {
  it('writes small settings as the one item older versions read', () => {
    const siteRules = [{ pattern: 'example.com', enabled: false }];
    const write = plan(siteRules);
    expect(write).toEqual({ remove: [], set: { [SETTINGS_KEY]: { ...defaultSettings(), siteRules } }, syncedRules: 1 });
  });

  it('splits 2,000 rules into chunks that each fit an item, compacted, and reads them back in order', () => {
    const siteRules = realisticRules(2000);
    const write = plan(siteRules);
    expect(write.syncedRules).toBe(2000);
    for (const [key, value] of Object.entries(write.set)) expect(itemBytes(key, value), key).toBeLessThanOrEqual(MAX_ITEM_BYTES);
    expect(Object.values(write.set).flat()).toContain('+*.arabic.cnn.com');
    expect(readSyncItems(write.set)).toEqual({ value: { ...defaultSettings(), siteRules }, more: false, complete: true });
  });

  it('rewrites only the chunk around a change, and keeps the last save’s chunks for one more save', () => {
    const siteRules = realisticRules(2000);
    const first = apply({}, plan(siteRules));
    const changed = [...siteRules.slice(0, 1000), { pattern: 'inserted.example', enabled: true }, ...siteRules.slice(1000)];
    const second = plan(changed, first);
    expect(Object.keys(second.set).filter((key) => key !== SETTINGS_KEY).length).toBeLessThanOrEqual(2);
    expect(second.remove).toEqual([]);
    const after = apply(first, second);
    expect(readSyncItems(after)?.value).toMatchObject({ siteRules: changed });
    // The next save removes the chunks only the first manifest named.
    const third = plan(changed, after, { theme: 'dark' });
    expect(third.remove.length).toBeGreaterThan(0);
    expect(Object.keys(third.set)).toEqual([SETTINGS_KEY]);
    expect(readSyncItems(apply(after, third))).toMatchObject({ value: { theme: 'dark', siteRules: changed }, complete: true });
  });

  it('syncs a prefix of a list over the quota and marks that there is more', () => {
    const siteRules = realisticRules(2000).map((rule) => ({ ...rule, pattern: 'a-much-longer-subdomain-name-used-for-this-test.' + rule.pattern.replace('*.', '') }));
    const write = plan(siteRules);
    expect(write.syncedRules).toBeGreaterThan(1000);
    expect(write.syncedRules).toBeLessThan(2000);
    expect(readSyncItems(write.set)).toMatchObject({ value: { siteRules: siteRules.slice(0, write.syncedRules) }, more: true });
  });

  it('keeps whole any rule with fields it does not know', () => {
    const siteRules = [...realisticRules(500), { pattern: 'kept.example', enabled: true, note: 'mine' }];
    expect(readSyncItems(plan(siteRules).set)?.value).toMatchObject({ siteRules });
  });

  it('refuses to plan when the settings alone do not fit an item', () => {
    expect(planSyncWrite({ ...defaultSettings(), fromTheFuture: 'x'.repeat(9000) }, {})).toEqual({ unfit: 'settings-too-big' });
  });

  it('leaves other keys alone, and counts them against the quota', () => {
    const write = plan(realisticRules(2000), { elsewhere: 'x'.repeat(8000), another: 'y'.repeat(8000) });
    expect(write.remove).toEqual([]);
    expect(write.syncedRules).toBe(2000);
    const crowded = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`other${i}`, 'z'.repeat(8000)]));
    expect(plan(realisticRules(2000), crowded).syncedRules).toBeLessThan(2000);
  });
});

describe('readSyncItems', () => {
  it('reads what an older version wrote, and nothing as nothing', () => {
    expect(readSyncItems({ [SETTINGS_KEY]: { theme: 'dark' } })).toEqual({ value: { theme: 'dark' }, more: false, complete: true });
    expect(readSyncItems({})).toBeUndefined();
    expect(readSyncItems({ [SETTINGS_KEY]: 'garbage' })).toEqual({ value: 'garbage', more: false, complete: true });
  });

  it('reads every rule of every chunk present when the manifest names one that is missing or is unreadable', () => {
    const siteRules = realisticRules(2000);
    const items = plan(siteRules).set;
    const [missing] = Object.keys(items).filter((key) => key !== SETTINGS_KEY);
    const { [missing!]: _gone, ...half } = items;
    const read = readSyncItems(half);
    expect(read?.complete).toBe(false);
    expect((read!.value as { siteRules: unknown[] }).siteRules.length).toBeLessThan(2000);
    const settings = items[SETTINGS_KEY] as Record<string, unknown>;
    const unreadable = readSyncItems({ ...items, [SETTINGS_KEY]: { ...settings, $sync: { chunks: 'nonsense' } } });
    expect(unreadable?.complete).toBe(false);
    expect(new Set((unreadable!.value as { siteRules: { pattern: string }[] }).siteRules.map((rule) => rule.pattern))).toEqual(new Set(siteRules.map((rule) => rule.pattern)));
  });
});
