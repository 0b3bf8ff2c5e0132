import { describe, expect, it, vi } from 'vitest';
import { FakeChanges, FakeStorageArea } from './fake-storage';
import { SYNC_LIMITS } from './sync-quota';

/** A string value whose item (key + JSON) is exactly `bytes` long. */
const itemOf = (key: string, bytes: number) => ({ [key]: 'x'.repeat(bytes - key.length - 2) });

describe('the fake storage.sync enforces the browsers’ quotas', () => {
  it('Chrome: an item of 8,192 bytes is accepted, one of 8,193 refused, and nothing of the call is written', async () => {
    const sync = new FakeStorageArea('sync', { rules: 'chrome' });
    await sync.set(itemOf('a', SYNC_LIMITS.QUOTA_BYTES_PER_ITEM));
    await expect(sync.set({ ...itemOf('b', SYNC_LIMITS.QUOTA_BYTES_PER_ITEM + 1), c: 1 })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect([...sync.items.keys()]).toEqual(['a']);
  });

  it('Firefox: an item must be under 8,192 bytes', async () => {
    const sync = new FakeStorageArea('sync', { rules: 'firefox' });
    await sync.set(itemOf('a', SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 1));
    await expect(sync.set(itemOf('b', SYNC_LIMITS.QUOTA_BYTES_PER_ITEM))).rejects.toThrow(/QuotaExceededError/);
    expect(sync.items.has('b')).toBe(false);
  });

  it('Chrome counts `<` as the six bytes its JSON writer makes of it', async () => {
    const sync = new FakeStorageArea('sync', { rules: 'chrome' });
    const value = '<'.repeat(1400); // 1,402 bytes as JSON.stringify writes it, 8,402 as Chrome does
    await expect(sync.set({ k: value })).rejects.toThrow('QUOTA_BYTES_PER_ITEM');
  });

  it.each(['chrome', 'firefox'] as const)('%s: refuses a write that takes the area past 102,400 bytes', async (rules) => {
    const sync = new FakeStorageArea('sync', { rules });
    const items = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${String(i).padStart(2, '0')}`, 'x'.repeat(8000)]));
    await sync.set(items);
    await expect(sync.set({ more: 'x'.repeat(8000) })).rejects.toThrow(rules === 'chrome' ? 'QUOTA_BYTES quota exceeded' : /QuotaExceededError/);
    expect(sync.items.size).toBe(12);
  });

  it('Firefox counts the area as one JSON object, so it refuses where Chrome accepts', async () => {
    // 100 items of 1,022 bytes: 102,200 by Chrome's sum; 102,200 + 4 × 100 + 1 by Firefox's JSON.
    const items = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${String(i).padStart(2, '0')}`, 'x'.repeat(1017)]));
    await new FakeStorageArea('sync', { rules: 'chrome' }).set(items);
    await expect(new FakeStorageArea('sync', { rules: 'firefox' }).set(items)).rejects.toThrow(/QuotaExceededError/);
  });

  it.each(['chrome', 'firefox'] as const)('%s: holds at most 512 items', async (rules) => {
    const sync = new FakeStorageArea('sync', { rules });
    await sync.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, i])));
    await expect(sync.set({ one: 'more' })).rejects.toThrow();
    await sync.set({ k0: 'replaced' });
    expect(sync.items.size).toBe(512);
  });

  it('Chrome: refuses the 121st write call within a minute and the 1,801st within an hour; Firefox does not', async () => {
    let now = 0;
    const chrome = new FakeStorageArea('sync', { rules: 'chrome', now: () => now });
    const firefox = new FakeStorageArea('sync', { rules: 'firefox', now: () => now });
    for (let i = 0; i < 120; i++) await Promise.all([chrome.set({ i }), firefox.set({ i })]);
    await expect(chrome.set({ i: 'late' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
    await expect(chrome.remove('i')).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_MINUTE');
    await firefox.set({ i: 'late' });
    expect(chrome.items.get('i')).toBe(119);
    for (let minute = 1; minute < 15; minute++) {
      now = minute * 60_000;
      for (let i = 0; i < 120; i++) await chrome.set({ i });
    }
    now = 15 * 60_000;
    await expect(chrome.set({ i: 'late' })).rejects.toThrow('MAX_WRITE_OPERATIONS_PER_HOUR');
    now = 61 * 60_000;
    await chrome.set({ i: 'next hour' });
  });

  it('reports one change event per write call, with only what changed', async () => {
    const changes = new FakeChanges();
    const seen = vi.fn();
    changes.addListener(seen);
    const local = new FakeStorageArea('local', { changes });
    await local.set({ a: 1, b: 2 });
    await local.set({ a: 1, b: 3 });
    await local.remove(['a', 'missing']);
    expect(seen.mock.calls).toEqual([
      [{ a: { newValue: 1 }, b: { newValue: 2 } }, 'local'],
      [{ b: { oldValue: 2, newValue: 3 } }, 'local'],
      [{ a: { oldValue: 1 } }, 'local'],
    ]);
  });

  it('reads every item, some, or one, as copies', async () => {
    const local = new FakeStorageArea('local');
    await local.set({ a: { n: 1 }, b: 2 });
    const all = await local.get(null);
    (all['a'] as { n: number }).n = 5;
    expect(await local.get(null)).toEqual({ a: { n: 1 }, b: 2 });
    expect(await local.get(['b', 'c'])).toEqual({ b: 2 });
    expect(await local.get('a')).toEqual({ a: { n: 1 } });
  });
});
