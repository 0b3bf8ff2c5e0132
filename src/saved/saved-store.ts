/**
 * Where the reader's saved material lives: its own IndexedDB database (through idb), apart from the
 * installed packs, since "Saved by you" is compiled from it and may be compiled again at any time.
 * Every change is one transaction, so a refused write (a full quota) leaves the earlier saves as they
 * were, and gives back the change that undoes it: the caller undoes it when the pack cannot follow.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { isQuotaError } from '../packs/pack-records';
import { articleIdOf, type ArticleKeys } from './article-keys';
import { SavedError } from './problems';
import type { NameFound, SavedArticle, SavedName } from './saved-types';

export const SAVED_DB = 'backstory-saved';
const DB_VERSION = 1;

/** A saved article with the keys that find it again (see article-keys). */
export type ArticleRecord = SavedArticle & ArticleKeys;

interface SavedDB extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { byUrl: string; byText: string } };
  names: { key: string; value: SavedName };
  /** Per article, the names the last compile found in it (derived: for the list, not for the pack). */
  found: { key: string; value: { article: string; names: NameFound[] } };
}

/** Writes to the saved material: what a change did, or what undoes one. */
export interface SavedChange {
  articles: { put: ArticleRecord[]; delete: string[] };
  names: { put: SavedName[]; delete: string[] };
}

type Tx = IDBPTransaction<SavedDB, ('articles' | 'names')[], 'readwrite'>;

/** Puts and deletes in one transaction, noting for each key its value before the first write. */
class Recorder {
  readonly undo: SavedChange = { articles: { put: [], delete: [] }, names: { put: [], delete: [] } };
  private readonly touched = new Set<string>();

  constructor(readonly tx: Tx) {}

  async put<S extends 'articles' | 'names'>(store: S, value: SavedDB[S]['value']): Promise<void> {
    await this.remember(store, value.id);
    await this.tx.objectStore(store).put(value);
  }

  async delete(store: 'articles' | 'names', id: string): Promise<void> {
    await this.remember(store, id);
    await this.tx.objectStore(store).delete(id);
  }

  private async remember(store: 'articles' | 'names', id: string): Promise<void> {
    if (this.touched.has(`${store}:${id}`)) return;
    this.touched.add(`${store}:${id}`);
    const before = await this.tx.objectStore(store).get(id);
    if (before) (this.undo[store].put as unknown[]).push(before);
    else this.undo[store].delete.push(id);
  }
}

/** An article to save: the fields and keys, the id found or made by the store. */
export type NewArticle = Omit<ArticleRecord, 'id'>;

export interface SavedResult {
  article: SavedArticle;
  /** The address or the text was saved already: that article was updated. */
  updated: boolean;
}

async function putArticles(r: Recorder, items: readonly NewArticle[], limit: number): Promise<SavedResult[]> {
  const before = await r.tx.objectStore('articles').count();
  const saved: SavedResult[] = [];
  for (const item of items) {
    const store = r.tx.objectStore('articles');
    const byUrl = item.urlKey ? await store.index('byUrl').getAllKeys(item.urlKey) : [];
    const byText = await store.index('byText').getAllKeys(item.textKey);
    const same = [...new Set([...byUrl, ...byText])];
    const id = same[0] ?? articleIdOf(item);
    for (const other of same.slice(1)) await r.delete('articles', other);
    await r.put('articles', { ...item, id });
    const { urlKey: _u, textKey: _t, ...article } = { ...item, id };
    saved.push({ article, updated: same.length > 0 });
  }
  const after = await r.tx.objectStore('articles').count();
  if (after > limit && after > before) throw new SavedError({ code: 'too-many', what: 'articles', limit });
  return saved;
}

async function putNames(r: Recorder, names: readonly SavedName[], limit: number): Promise<void> {
  const before = await r.tx.objectStore('names').count();
  for (const name of names) await r.put('names', name);
  const after = await r.tx.objectStore('names').count();
  if (after > limit && after > before) throw new SavedError({ code: 'too-many', what: 'names', limit });
}

export class SavedStore {
  private constructor(private readonly db: IDBPDatabase<SavedDB>) {}

  static async open(name = SAVED_DB): Promise<SavedStore> {
    const db = await openDB<SavedDB>(name, DB_VERSION, {
      upgrade(db) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('byUrl', 'urlKey');
        articles.createIndex('byText', 'textKey');
        db.createObjectStore('names', { keyPath: 'id' });
        db.createObjectStore('found', { keyPath: 'article' });
      },
    });
    return new SavedStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Every saved article (without its keys). */
  async articles(): Promise<SavedArticle[]> {
    return (await this.db.getAll('articles')).map(({ urlKey: _u, textKey: _t, ...article }) => article);
  }

  async names(): Promise<SavedName[]> {
    return this.db.getAll('names');
  }

  /**
   * Saves articles in one transaction. One with the address or the text of a saved article updates
   * it, keeping its id (a second copy, found by the other key, goes); past `limit` articles in all,
   * nothing is saved.
   */
  async saveArticles(items: readonly NewArticle[], limit: number): Promise<{ saved: SavedResult[]; undo: SavedChange }> {
    const { value, undo } = await this.write((r) => putArticles(r, items, limit));
    return { saved: value, undo };
  }

  /** Puts names (new or changed) in one transaction; past `limit` names in all, none is saved. */
  async putNames(names: readonly SavedName[], limit: number): Promise<SavedChange> {
    return (await this.write((r) => putNames(r, names, limit))).undo;
  }

  /** Articles and names together (an import), in one transaction: all of them or none. */
  async saveMaterial(items: readonly NewArticle[], names: readonly SavedName[], limits: { articles: number; names: number }): Promise<{ saved: SavedResult[]; undo: SavedChange }> {
    const { value, undo } = await this.write(async (r) => {
      const saved = await putArticles(r, items, limits.articles);
      await putNames(r, names, limits.names);
      return saved;
    });
    return { saved: value, undo };
  }

  /** Removes one article or name; a SavedError when there is none by that id. */
  async remove(store: 'articles' | 'names', id: string): Promise<SavedChange> {
    return (
      await this.write(async (r) => {
        if ((await r.tx.objectStore(store).count(id)) === 0) throw new SavedError(store === 'articles' ? { code: 'unknown-article', id } : { code: 'unknown-name', id });
        await r.delete(store, id);
      })
    ).undo;
  }

  /** Applies a change (an undo), in one transaction. */
  async apply(change: SavedChange): Promise<void> {
    await this.write(async (r) => {
      for (const id of change.articles.delete) await r.delete('articles', id);
      for (const id of change.names.delete) await r.delete('names', id);
      for (const article of change.articles.put) await r.put('articles', article);
      for (const name of change.names.put) await r.put('names', name);
    });
  }

  /** The names the last compile found in each article. */
  async found(): Promise<Map<string, NameFound[]>> {
    return new Map((await this.db.getAll('found')).map((r) => [r.article, r.names]));
  }

  async setFound(found: ReadonlyMap<string, NameFound[]>): Promise<void> {
    const tx = this.db.transaction('found', 'readwrite');
    await Promise.all([tx.store.clear(), ...[...found].map(([article, names]) => tx.store.put({ article, names })), tx.done]);
  }

  /**
   * Runs `body` in one readwrite transaction and gives what undoes it. Any failure (a refused write,
   * a SavedError from the body) aborts the whole transaction: nothing of it is kept.
   */
  private async write<T>(body: (r: Recorder) => Promise<T>): Promise<{ value: T; undo: SavedChange }> {
    const tx = this.db.transaction(['articles', 'names'], 'readwrite');
    const recorder = new Recorder(tx);
    try {
      const value = await body(recorder);
      await tx.done;
      return { value, undo: recorder.undo };
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted: the browser refused a write.
      }
      await tx.done.catch(() => {});
      if (error instanceof SavedError) throw error;
      throw new SavedError(isQuotaError(error) ? { code: 'quota' } : { code: 'storage', detail: String((error as Error)?.message ?? error) });
    }
  }
}
