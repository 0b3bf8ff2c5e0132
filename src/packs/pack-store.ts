/**
 * Where installed packs live: IndexedDB (through idb), in the extension's origin, shared by the
 * background and the extension's pages. Articles and entities are records of their own, so a card
 * reads one entity and the few articles it quotes, never a whole pack; each pack's matching part
 * (aliases, kinds, guards) is one more record, so the page index is compiled without reading texts.
 * The built-in pack's data stays in the extension's bundle: only its switch and rank are stored.
 */
import type { IDBPDatabase } from 'idb';
import type { IndexArticle, IndexEntity } from '../index/types';
import { displayName } from '../shared/definitions';
import { ALL_STORES, openPacksDb, PACK_DB, packRange, type PackRecord, type PacksDB } from './pack-db';
import { BUILT_IN_PACK_ID, PACK_FORMAT, PACK_FORMAT_VERSION, type ContextPack } from './pack-format';
import { packKey } from './pack-key';
import type { MatchablePack } from './page-index';
import { directoryEntry, isQuotaError, PackStoreError, type DirectoryEntity, type InstalledPack, type PacksSummary, type Progress } from './pack-records';

export { PackStoreError } from './pack-records';
export { PACK_DB } from './pack-db';
export type { DirectoryEntity, InstalledPack, PacksSummary, Progress, StoreProblem } from './pack-records';

/** How a pack is installed beyond its file. */
export interface InstallOptions {
  /**
   * Entities of other packs that this pack's articles mention (the reader's saved pack: an article
   * on Petro is quoted in the built-in Petro's card). They are stored for cards only: were they
   * matched, a pack ranked first would carry other packs' names ahead of their own ranks.
   */
  lent?: readonly IndexEntity[];
  /** A pack installed for the first time goes first rather than last (the reader's own). */
  first?: boolean;
}

import type { EntitySource } from './card-timeline';
export type { EntitySource } from './card-timeline';

export class PackStore {
  private constructor(
    private readonly db: IDBPDatabase<PacksDB>,
    private readonly builtIn: ContextPack,
    private readonly builtInBytes: number,
  ) {}

  /** Opens (or creates) the store; `builtIn` is the pack shipped in the bundle. */
  static async open(builtIn: ContextPack, name = PACK_DB): Promise<PackStore> {
    return new PackStore(await openPacksDb(name), builtIn, JSON.stringify(builtIn).length);
  }

  close(): void {
    this.db.close();
  }

  /** Every pack, built-in included, by rank. */
  async list(): Promise<InstalledPack[]> {
    const records = await this.db.getAll('packs');
    const builtIn = records.find((r) => r.id === BUILT_IN_PACK_ID) ?? { id: BUILT_IN_PACK_ID, enabled: true, rank: -1, bytes: 0, meta: this.builtIn.meta };
    const all = [...records.filter((r) => r.id !== BUILT_IN_PACK_ID), builtIn].sort((a, b) => a.rank - b.rank);
    return all
      .map((r) => {
        const isBuiltIn = r.id === BUILT_IN_PACK_ID;
        return { meta: isBuiltIn ? this.builtIn.meta : r.meta, enabled: r.enabled, rank: 0, bytes: isBuiltIn ? this.builtInBytes : r.bytes, builtIn: isBuiltIn };
      })
      .map((p, rank) => ({ ...p, rank }));
  }

  /**
   * Installs `pack` (checked by readPack) in one transaction: all of it, or nothing and the packs
   * installed before untouched (a full quota included). A pack with an installed id replaces it
   * and keeps its switch and rank; a new one goes last, switched on.
   */
  async install(pack: ContextPack, bytes: number, progress: Progress = () => {}, options: InstallOptions = {}): Promise<InstalledPack> {
    const id = pack.meta.id;
    if (id === BUILT_IN_PACK_ID) throw new PackStoreError({ code: 'built-in' });
    const lent = (options.lent ?? []).filter((e) => !pack.entities.some((own) => own.id === e.id));
    const total = pack.articles.length + pack.entities.length + lent.length + 2;
    let done = 0;
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      const before = await tx.objectStore('packs').get(id);
      const ranks = (await tx.objectStore('packs').getAll()).map((r) => r.rank);
      // The built-in pack's rank is -1 while it has no record of its own.
      const newRank = options.first ? Math.min(-1, ...ranks) - 1 : Math.max(0, ...ranks) + 1;
      const record: PackRecord = { id, meta: pack.meta, bytes, enabled: before?.enabled ?? true, rank: before?.rank ?? newRank };
      await Promise.all([tx.objectStore('articles').delete(packRange(id)), tx.objectStore('entities').delete(packRange(id))]);
      const step = Math.max(1, Math.floor(total / 100));
      const tick = () => {
        done++;
        if (done % step === 0) progress(done, total);
      };
      for (const [index, article] of pack.articles.entries()) writes.push(tx.objectStore('articles').put({ pack: id, index, article }).then(tick));
      for (const entity of pack.entities) writes.push(tx.objectStore('entities').put({ pack: id, id: entity.id, entity }).then(tick));
      for (const entity of lent) writes.push(tx.objectStore('entities').put({ pack: id, id: entity.id, entity, lent: true }).then(tick));
      writes.push(
        tx
          .objectStore('matchable')
          .put({ pack: id, rules: pack.rules, entities: pack.entities.map(directoryEntry) })
          .then(tick),
      );
      writes.push(tx.objectStore('packs').put(record).then(tick));
      await Promise.all([...writes, tx.done]);
      progress(total, total);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted: the browser refused a write.
      }
      // Every pending write fails with the transaction: settled here, none is left unhandled.
      await Promise.allSettled([...writes, tx.done]);
      throw new PackStoreError(isQuotaError(error) ? { code: 'quota' } : { code: 'storage', detail: String((error as Error)?.message ?? error) });
    }
    return (await this.list()).find((p) => p.meta.id === id)!;
  }

  /** Removes a pack and every record of it. */
  async remove(id: string): Promise<void> {
    if (id === BUILT_IN_PACK_ID) throw new PackStoreError({ code: 'built-in' });
    const tx = this.db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([
      tx.objectStore('packs').delete(id),
      tx.objectStore('matchable').delete(id),
      tx.objectStore('articles').delete(packRange(id)),
      tx.objectStore('entities').delete(packRange(id)),
      tx.done,
    ]);
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    await this.rewrite((records) => {
      const record = records.find((r) => r.id === id);
      if (!record) throw new PackStoreError({ code: 'unknown-pack', id });
      record.enabled = enabled;
    });
  }

  /** Moves a pack up (-1) or down (+1) one place. */
  async move(id: string, by: -1 | 1): Promise<void> {
    await this.rewrite((records) => {
      const at = records.findIndex((r) => r.id === id);
      if (at < 0) throw new PackStoreError({ code: 'unknown-pack', id });
      const to = at + by;
      if (to < 0 || to >= records.length) return;
      [records[at], records[to]] = [records[to]!, records[at]!];
    });
  }

  /** The whole pack, as a pack file holds it. */
  async exportPack(id: string): Promise<ContextPack> {
    if (id === BUILT_IN_PACK_ID) return this.builtIn;
    const tx = this.db.transaction(ALL_STORES, 'readonly');
    const [record, articles, entities, match] = await Promise.all([
      tx.objectStore('packs').get(id),
      tx.objectStore('articles').getAll(packRange(id)),
      tx.objectStore('entities').getAll(packRange(id)),
      tx.objectStore('matchable').get(id),
    ]);
    if (!record || !match) throw new PackStoreError({ code: 'unknown-pack', id });
    const order = new Map(match.entities.map((e, i) => [e.id, i]));
    return {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      meta: record.meta,
      rules: match.rules,
      articles: articles.sort((a, b) => a.index - b.index).map((a) => a.article),
      entities: entities
        .filter((e) => !e.lent)
        .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
        .map((e) => e.entity),
    };
  }

  /** The matching part of every enabled pack, highest rank first: what the page index is made of. */
  async enabledMatchable(): Promise<(MatchablePack & { entities: DirectoryEntity[] })[]> {
    const enabled = (await this.list()).filter((p) => p.enabled);
    return Promise.all(
      enabled.map(async (p) => {
        if (p.builtIn) return { key: packKey(p.meta), rules: this.builtIn.rules, entities: this.builtIn.entities.map(directoryEntry) };
        const match = await this.db.get('matchable', p.meta.id);
        return { key: packKey(p.meta), rules: match?.rules ?? { titles: [], functionWords: [], givenNames: [] }, entities: match?.entities ?? [] };
      }),
    );
  }

  /** Every entity of the enabled packs, once per id (from the pack ranked highest): the popup's list and search. */
  async directory(): Promise<DirectoryEntity[]> {
    const byId = new Map<string, DirectoryEntity>();
    for (const pack of await this.enabledMatchable()) for (const e of pack.entities as DirectoryEntity[]) if (!byId.has(e.id)) byId.set(e.id, e);
    return [...byId.values()];
  }

  /** The packs switched on and their articles. */
  async summary(): Promise<PacksSummary> {
    const enabled = (await this.list()).filter((p) => p.enabled);
    return { packs: enabled.length, articles: enabled.reduce((n, p) => n + p.meta.articles, 0) };
  }

  /**
   * Every enabled pack's version of entity `id`, highest rank first, with the articles it is quoted
   * from; lent mentions come after the packs' own versions, and alone they make no card.
   */
  async entitySources(id: string): Promise<EntitySource[]> {
    const packs = (await this.list()).filter((p) => p.enabled);
    const rankOf = new Map(packs.map((p) => [p.meta.id, p]));
    const sources: EntitySource[] = [];
    const builtIn = packs.find((p) => p.builtIn);
    const bundled = builtIn && this.builtIn.entities.find((e) => e.id === id);
    if (builtIn && bundled) {
      const articles = new Map([...new Set(bundled.mentions.map((m) => m.article))].map((a) => [a, this.builtIn.articles[a]!]));
      sources.push({ pack: builtIn.meta, rank: builtIn.rank, entity: bundled, articles });
    }
    const stored = (await this.db.getAllFromIndex('entities', 'byId', id)).filter((r) => rankOf.has(r.pack));
    if (sources.length === 0 && stored.every((r) => r.lent)) return [];
    const tx = this.db.transaction('articles', 'readonly');
    const lentFrom = new Set(stored.filter((r) => r.lent).map((r) => r.pack));
    for (const { pack, entity } of stored) {
      const indices = [...new Set(entity.mentions.map((m) => m.article))];
      const found = await Promise.all(indices.map((i) => tx.store.get([pack, i])));
      const articles = new Map(indices.flatMap((i, k) => (found[k] ? [[i, found[k].article] as const] : [])));
      const p = rankOf.get(pack)!;
      sources.push({ pack: p.meta, rank: p.rank, entity, articles });
    }
    const isLent = (s: EntitySource) => (lentFrom.has(s.pack.id) ? 1 : 0);
    return sources.sort((a, b) => isLent(a) - isLent(b) || a.rank - b.rank);
  }

  /** The names of entities `ids` (from the pack ranked highest that has each), for related names. */
  async names(ids: readonly string[], language: string): Promise<Map<string, string>> {
    const packs = (await this.list()).filter((p) => p.enabled);
    const rank = new Map(packs.map((p) => [p.meta.id, p.rank]));
    const names = new Map<string, { name: string; rank: number }>();
    const offer = (id: string, entity: Pick<IndexEntity, 'name' | 'localNames'>, r: number | undefined) => {
      if (r === undefined || (names.get(id)?.rank ?? Infinity) <= r) return;
      names.set(id, { name: displayName(entity, language), rank: r });
    };
    const wanted = new Set(ids);
    for (const e of this.builtIn.entities) if (wanted.has(e.id)) offer(e.id, e, rank.get(BUILT_IN_PACK_ID));
    const tx = this.db.transaction('entities', 'readonly');
    const found = await Promise.all([...wanted].map((id) => tx.store.index('byId').getAll(id)));
    // A lent entity's name would offer a related name whose own pack may be off: it would open no card.
    for (const records of found) for (const r of records) if (!r.lent) offer(r.id, r.entity, rank.get(r.pack));
    return new Map([...names].map(([id, n]) => [id, n.name]));
  }

  /** One article of a pack (the article page). */
  async article(packId: string, index: number): Promise<IndexArticle | undefined> {
    if (packId === BUILT_IN_PACK_ID) return this.builtIn.articles[index];
    return (await this.db.get('articles', [packId, index]))?.article;
  }

  /** Applies `change` to the pack records in rank order (built-in included), then renumbers them. */
  private async rewrite(change: (records: PackRecord[]) => void): Promise<void> {
    const tx = this.db.transaction('packs', 'readwrite');
    const records = await tx.store.getAll();
    if (!records.some((r) => r.id === BUILT_IN_PACK_ID)) records.push({ id: BUILT_IN_PACK_ID, meta: this.builtIn.meta, enabled: true, rank: -1, bytes: 0 });
    records.sort((a, b) => a.rank - b.rank);
    change(records);
    await Promise.all([...records.map((r, rank) => tx.store.put({ ...r, rank })), tx.done]);
  }
}
