import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { SaveQueue, type Settled } from './save-queue';

/** A store whose saves finish when the test says, and fail when it says. */
function slowStore() {
  let stored = defaultSettings();
  const waiting: { finish: () => void; fail: () => void }[] = [];
  const starts: Partial<Settings>[] = [];
  return {
    starts,
    waiting,
    load: async () => ({ settings: stored, problems: [], sync: { state: 'synced' as const } }),
    save: (patch: Partial<Settings> | ((s: Settings) => Partial<Settings>)) =>
      new Promise<Settings>((resolve, reject) => {
        const p = typeof patch === 'function' ? patch(stored) : patch;
        starts.push(p);
        waiting.push({ finish: () => resolve((stored = { ...stored, ...p })), fail: () => reject(new Error('quota')) });
      }),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SaveQueue', () => {
  it('runs saves one after another and settles once, on the last saved settings', async () => {
    const store = slowStore();
    const settled: Settled[] = [];
    const queue = new SaveQueue(store, (r) => settled.push(r));
    void queue.save({ theme: 'dark' });
    void queue.save({ dwellMs: 500 });
    await tick();
    // The second save has not started: it would merge into the settings the first is changing.
    expect(store.starts).toEqual([{ theme: 'dark' }]);
    expect(queue.idle).toBe(false);
    store.waiting[0]!.finish();
    await tick();
    expect(store.starts).toEqual([{ theme: 'dark' }, { dwellMs: 500 }]);
    expect(settled).toEqual([]);
    store.waiting[1]!.finish();
    await queue.settled();
    expect(queue.idle).toBe(true);
    expect(settled).toEqual([{ saved: { ...defaultSettings(), theme: 'dark', dwellMs: 500 } }]);
  });

  it('settles on the stored settings when a save fails, and the next save still runs', async () => {
    const store = slowStore();
    const settled: Settled[] = [];
    const queue = new SaveQueue(store, (r) => settled.push(r));
    const failing = queue.save({ theme: 'dark' });
    await tick();
    store.waiting[0]!.fail();
    await expect(failing).rejects.toThrow('quota');
    await queue.settled();
    expect(settled).toEqual([{ failed: defaultSettings() }]);
    void queue.save({ paused: true });
    await tick();
    store.waiting[1]!.finish();
    await queue.settled();
    expect(settled[1]).toEqual({ saved: { ...defaultSettings(), paused: true } });
  });
});
