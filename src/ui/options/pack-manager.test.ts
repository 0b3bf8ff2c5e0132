import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { builtInPack } from '../../index/compile-pack';
import { buildContextIndex } from '../../index/load-sources';
import { PackStore } from '../../packs/pack-store';
import type { WorkerReply, WorkerRequest } from '../../packs/pack-worker-protocol';
import { translateFrom } from '../../shared/i18n';
import { PackManager, type PacksState, type SavedPackLink } from './pack-manager';
import { describeOutcome } from './Packs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const builtIn = builtInPack(root, buildContextIndex(root));
const t = translateFrom(en);

/** The pack worker, answering each request as `answer` says. */
let answer: (request: WorkerRequest) => WorkerReply = () => ({ type: 'published', pageIndex: null });
class FakeWorker extends EventTarget {
  postMessage(request: WorkerRequest): void {
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: answer(request) })));
  }
  terminate(): void {}
}

const local = { set: async () => {}, remove: async () => {} };
const managers: PackManager[] = [];

beforeAll(() => {
  (globalThis as { __backstoryBuiltInPack?: unknown }).__backstoryBuiltInPack = builtIn;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(async () => {
  for (const m of managers.splice(0)) m.dispose();
  // Each test starts from the built-in pack alone.
  const store = await PackStore.open(builtIn);
  for (const p of await store.list()) if (!p.builtIn) await store.remove(p.meta.id);
  store.close();
});

/** Installs a stand-in for "Saved by you" the way the background does (first, with its own id). */
async function installSavedPack(): Promise<void> {
  const store = await PackStore.open(builtIn);
  await store.install({ ...builtIn, meta: { ...builtIn.meta, id: 'saved', name: 'Saved by you' } }, 100, () => {}, { first: true });
  store.close();
}

async function started(link: SavedPackLink) {
  let state: PacksState = { packs: [] };
  const manager = new PackManager(local, (s) => (state = s), link);
  managers.push(manager);
  await manager.start();
  return { manager, state: () => state };
}

function link(overrides: Partial<SavedPackLink> = {}) {
  return {
    refresh: vi.fn(async () => undefined),
    importText: vi.fn(async () => ({ ok: true as const, value: { articles: { added: 3, updated: 1 }, names: { added: 2, merged: 0 } } })),
    ...overrides,
  };
}

describe('PackManager and "Saved by you"', () => {
  it('asks for the saved pack to be compiled again after a switch, a move or an install, when there is one', async () => {
    await installSavedPack();
    const saved = link();
    const { manager, state } = await started(saved);
    await manager.setEnabled('built-in', false);
    await manager.move('built-in', -1);
    expect(saved.refresh).toHaveBeenCalledTimes(2);
    expect(state().outcome).toBeUndefined();
    expect(state().packs.map((p) => p.meta.id)).toEqual(['built-in', 'saved']);
  });

  it('asks nothing when nothing is saved', async () => {
    const saved = link();
    const { manager } = await started(saved);
    await manager.setEnabled('built-in', false);
    expect(saved.refresh).not.toHaveBeenCalled();
  });

  it('says so when the saved pack could not follow a change', async () => {
    await installSavedPack();
    const { manager, state } = await started(link({ refresh: vi.fn(async () => ({ code: 'quota' as const })) }));
    await manager.setEnabled('built-in', false);
    expect(state().outcome).toEqual({ ok: false, savedStale: { code: 'quota' } });
    expect(describeOutcome(state().outcome!, t, 'en')).toEqual([`The packs changed, but “Saved by you” could not be brought up to date: ${en.savedProblemQuota.message}`]);
  });

  it('imports a "Saved by you" file chosen in the installer instead of installing it', async () => {
    answer = (request) => (request.type === 'install' ? { type: 'saved-pack' } : { type: 'published', pageIndex: null });
    const saved = link();
    const { manager, state } = await started(saved);
    await manager.install(new File(['{"meta":{"id":"saved"}}'], 'mine.backstory.json'));
    expect(saved.importText).toHaveBeenCalledWith('{"meta":{"id":"saved"}}');
    expect(state().packs.map((p) => p.meta.id)).toEqual(['built-in']);
    expect(describeOutcome(state().outcome!, t, 'en')).toEqual([
      '“mine.backstory.json” holds saved articles and names, so it was imported into “Your articles and names”: 3 articles added, 1 updated · 2 names added, 0 merged with yours.',
    ]);
  });

  it('names the exported saved pack as the saved section does', async () => {
    await installSavedPack();
    const { manager } = await started(link());
    expect((await manager.exportPack('saved')).name).toBe('backstory-saved.backstory.json');
  });
});
