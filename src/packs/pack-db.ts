/** The IndexedDB schema of installed packs (see PackStore), and opening it. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexArticle, IndexEntity } from '../index/types';
import type { MatchRules } from '../shared/definitions';
import type { PackMeta } from './pack-format';
import type { DirectoryEntity } from './pack-records';

export const PACK_DB = 'backstory-packs';
const DB_VERSION = 1;

export interface PackRecord {
  id: string;
  meta: PackMeta;
  enabled: boolean;
  rank: number;
  bytes: number;
}

export interface PacksDB extends DBSchema {
  packs: { key: string; value: PackRecord };
  articles: { key: [string, number]; value: { pack: string; index: number; article: IndexArticle } };
  entities: { key: [string, string]; value: EntityRecord; indexes: { byId: string } };
  matchable: { key: string; value: { pack: string; rules: MatchRules; entities: DirectoryEntity[] } };
}

/**
 * An entity of a pack, or (`lent`) another pack's entity whose mentions in this pack's articles it
 * lends to that entity's card: quoted by id like any entity, but never matched, listed or exported,
 * and never the card's note (see InstallOptions.lent).
 */
export interface EntityRecord {
  pack: string;
  id: string;
  entity: IndexEntity;
  lent?: true;
}

export const ALL_STORES = ['packs', 'articles', 'entities', 'matchable'] as const;

/** Every key of one pack in a store keyed [pack, …]. */
export function packRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

/** Opens (or creates) the packs database `name`. */
export function openPacksDb(name: string): Promise<IDBPDatabase<PacksDB>> {
  return openDB<PacksDB>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'id' });
      db.createObjectStore('articles', { keyPath: ['pack', 'index'] });
      db.createObjectStore('entities', { keyPath: ['pack', 'id'] }).createIndex('byId', 'id');
      db.createObjectStore('matchable', { keyPath: 'pack' });
    },
  });
}
