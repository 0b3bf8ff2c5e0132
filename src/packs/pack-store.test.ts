import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import type { ContextPack } from './pack-format';
import { PackStore, PackStoreError } from './pack-store';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIn = builtInPack(root, buildContextIndex(root));

/** A second pack: the built-in's articles and entities under another id, Petro's role rewritten. */
function otherPack(id: string, role = 'Another pack says so.'): ContextPack {
  const copy = structuredClone(builtIn);
  copy.meta = { ...copy.meta, id, name: `Pack ${id}`, version: `v-${id}` };
  for (const e of copy.entities) if (e.id === 'gustavo-petro') e.role = { en: role };
  return copy;
}

let dbCount = 0;
const opened: PackStore[] = [];
async function freshStore(): Promise<PackStore> {
  const store = await PackStore.open(builtIn, `test-packs-${dbCount++}`);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('PackStore', () => {
  it('lists the built-in pack alone at first, switched on', async () => {
    const store = await freshStore();
    expect(await store.list()).toEqual([expect.objectContaining({ builtIn: true, enabled: true, rank: 0, meta: builtIn.meta })]);
  });

  it('installs a pack after the built-in one and gives it back whole', async () => {
    const store = await freshStore();
    const pack = otherPack('colombia');
    const steps: number[] = [];
    await store.install(pack, 1234, (done) => steps.push(done));
    expect((await store.list()).map((p) => [p.meta.id, p.rank, p.enabled])).toEqual([
      ['built-in', 0, true],
      ['colombia', 1, true],
    ]);
    expect(steps.at(-1)).toBe(pack.articles.length + pack.entities.length + 2);
    expect(await store.exportPack('colombia')).toEqual(pack);
  });

  it('gives every enabled pack version of an entity, highest rank first, with its articles', async () => {
    const store = await freshStore();
    await store.install(otherPack('colombia', 'From the Colombia pack.'), 1);
    const sources = await store.entitySources('gustavo-petro');
    expect(sources.map((s) => [s.pack.id, s.entity.role.en])).toEqual([
      ['built-in', builtIn.entities.find((e) => e.id === 'gustavo-petro')!.role.en],
      ['colombia', 'From the Colombia pack.'],
    ]);
    expect([...sources[1]!.articles.values()][0]!.title).toBe(builtIn.articles[0]!.title);
    await store.move('colombia', -1);
    expect((await store.entitySources('gustavo-petro')).map((s) => s.pack.id)).toEqual(['colombia', 'built-in']);
    await store.setEnabled('built-in', false);
    expect((await store.entitySources('gustavo-petro')).map((s) => s.pack.id)).toEqual(['colombia']);
    expect((await store.enabledMatchable()).map((p) => p.key)).toEqual(['colombia@v-colombia']);
  });

  it('replaces a pack installed again, keeping its switch and rank', async () => {
    const store = await freshStore();
    await store.install(otherPack('a'), 1);
    await store.install(otherPack('b'), 1);
    await store.setEnabled('a', false);
    const smaller = otherPack('a');
    smaller.entities = smaller.entities.slice(0, 3);
    await store.install(smaller, 2);
    expect((await store.list()).map((p) => [p.meta.id, p.enabled])).toEqual([
      ['built-in', true],
      ['a', false],
      ['b', true],
    ]);
    expect((await store.exportPack('a')).entities).toHaveLength(3);
  });

  it('leaves nothing of a removed pack', async () => {
    const store = await freshStore();
    await store.install(otherPack('gone'), 1);
    await store.remove('gone');
    expect((await store.list()).map((p) => p.meta.id)).toEqual(['built-in']);
    expect((await store.entitySources('gustavo-petro')).map((s) => s.pack.id)).toEqual(['built-in']);
    await expect(store.exportPack('gone')).rejects.toThrow(PackStoreError);
    expect(await store.article('gone', 0)).toBeUndefined();
    // Nothing under the pack's id in any object store.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(`test-packs-${dbCount - 1}`);
      r.onsuccess = () => resolve(r.result);
    });
    const tx = db.transaction(['packs', 'articles', 'entities', 'matchable']);
    const counts = await Promise.all(
      ['packs', 'articles', 'entities', 'matchable'].map(
        (name) => new Promise<number>((resolve) => (tx.objectStore(name).count().onsuccess = (e) => resolve((e.target as IDBRequest<number>).result))),
      ),
    );
    db.close();
    expect(counts).toEqual([0, 0, 0, 0]);
  });

  it('keeps the packs installed before when the quota is full', async () => {
    const store = await freshStore();
    await store.install(otherPack('kept'), 1);
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++writes > 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(store.install(otherPack('big'), 1)).rejects.toMatchObject({ problem: { code: 'quota' } });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await store.list()).map((p) => p.meta.id)).toEqual(['built-in', 'kept']);
    expect(await store.exportPack('kept')).toEqual(otherPack('kept'));
    await expect(store.exportPack('big')).rejects.toThrow(PackStoreError);
    // Nothing half-written: the articles put before the refusal went with the transaction.
    expect(await store.article('big', 0)).toBeUndefined();
  });

  it('counts the packs switched on and their articles, and lists their entities once each', async () => {
    const store = await freshStore();
    expect(await store.summary()).toEqual({ packs: 1, articles: builtIn.articles.length });
    await store.install(otherPack('colombia'), 1);
    expect(await store.summary()).toEqual({ packs: 2, articles: 2 * builtIn.articles.length });
    expect((await store.directory()).map((e) => e.id)).toEqual(builtIn.entities.map((e) => e.id));
    await store.setEnabled('built-in', false);
    expect(await store.summary()).toEqual({ packs: 1, articles: builtIn.articles.length });
  });

  it('refuses to remove the built-in pack', async () => {
    const store = await freshStore();
    await expect(store.remove('built-in')).rejects.toMatchObject({ problem: { code: 'built-in' } });
  });

  describe("lent entities (another pack's entity quoted from this pack's articles)", () => {
    /** A pack of the built-in's articles with no entity of its own, lending its Petro mentions. */
    async function lending(store: PackStore) {
      const petro = builtIn.entities.find((e) => e.id === 'gustavo-petro')!;
      const pack = otherPack('mine');
      pack.entities = [];
      const lentPetro = { ...petro, role: { en: 'Never shown.' } };
      await store.install(pack, 1, () => {}, { lent: [lentPetro], first: true });
      return { pack, lentPetro };
    }

    it("quotes them in the entity's card, after the packs' own versions, whose note it keeps", async () => {
      const store = await freshStore();
      await lending(store);
      expect((await store.list()).map((p) => p.meta.id)).toEqual(['mine', 'built-in']);
      const sources = await store.entitySources('gustavo-petro');
      expect(sources.map((s) => s.pack.id)).toEqual(['built-in', 'mine']);
      expect(sources[1]!.articles.size).toBeGreaterThan(0);
    });

    it('neither matches, lists, names nor exports them, and makes no card of them alone', async () => {
      const store = await freshStore();
      const { pack } = await lending(store);
      const mine = (await store.enabledMatchable()).find((p) => p.key.startsWith('mine@'))!;
      expect(mine.entities).toEqual([]);
      expect(await store.exportPack('mine')).toEqual(pack);
      await store.setEnabled('built-in', false);
      expect(await store.entitySources('gustavo-petro')).toEqual([]);
      expect(await store.names(['gustavo-petro'], 'en')).toEqual(new Map());
    });

    it('puts a pack installed first on top once, then leaves its rank to the reader', async () => {
      const store = await freshStore();
      await store.install(otherPack('a'), 1);
      await lending(store);
      expect((await store.list()).map((p) => p.meta.id)).toEqual(['mine', 'built-in', 'a']);
      await store.move('mine', 1);
      await lending(store);
      expect((await store.list()).map((p) => p.meta.id)).toEqual(['built-in', 'mine', 'a']);
    });
  });
});
