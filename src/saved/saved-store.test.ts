import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { articleKeys } from './article-keys';
import { SavedStore, type NewArticle } from './saved-store';
import type { SavedArticleInput, SavedName } from './saved-types';

let count = 0;
const opened: SavedStore[] = [];
async function fresh(): Promise<SavedStore> {
  const store = await SavedStore.open(`test-saved-${count++}`);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

function article(change: Partial<SavedArticleInput> = {}, savedAt = '2026-03-01T00:00:00.000Z'): NewArticle {
  const input: SavedArticleInput = { url: 'https://example.com/a', title: 'T', source: 'S', date: '2026-03-01', language: 'en', paragraphs: ['Petro met Rubio.'], kind: 'article', ...change };
  return { ...input, savedAt, ...articleKeys(input) };
}
const name = (id: string): SavedName => ({ id, name: id, kind: 'person', note: 'n', spellings: [] });

/** Makes the `n`th put from now on throw the browser's quota error; gives back the undo. */
function failPut(n: number, error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')): () => void {
  const put = IDBObjectStore.prototype.put;
  let writes = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++writes === n) throw error;
    return put.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = put;
  };
}

describe('SavedStore', () => {
  it('updates an article saved again by its address or by its text, keeping its id', async () => {
    const store = await fresh();
    const [first] = (await store.saveArticles([article()], 10)).saved;
    expect(first!.updated).toBe(false);
    const again = (await store.saveArticles([article({ url: 'https://example.com/a#top', title: 'T2' })], 10)).saved[0]!;
    expect(again).toMatchObject({ updated: true, article: { id: first!.article.id, title: 'T2' } });
    const sameText = (await store.saveArticles([article({ url: 'https://mirror.example.org/a' })], 10)).saved[0]!;
    expect(sameText.updated).toBe(true);
    expect(await store.articles()).toHaveLength(1);
    expect((await store.articles())[0]).not.toHaveProperty('textKey');
  });

  it('keeps two passages of one page as two selections', async () => {
    const store = await fresh();
    await store.saveArticles([article({ kind: 'selection' }), article({ kind: 'selection', paragraphs: ['Another.'] })], 10);
    expect(await store.articles()).toHaveLength(2);
  });

  it('refuses an article past the limit, saving nothing, but updates one at the limit', async () => {
    const store = await fresh();
    await store.saveArticles([article(), article({ url: 'https://example.com/b', paragraphs: ['B.'] })], 2);
    await expect(store.saveArticles([article({ url: 'https://example.com/c', paragraphs: ['C.'] })], 2)).rejects.toMatchObject({ problem: { code: 'too-many', what: 'articles', limit: 2 } });
    await expect(store.saveArticles([article({ url: 'https://example.com/d', paragraphs: ['D.'] }), article({ url: 'https://example.com/e', paragraphs: ['E.'] })], 3)).rejects.toMatchObject({
      problem: { code: 'too-many' },
    });
    expect((await store.articles()).map((a) => a.url).sort()).toEqual(['https://example.com/a', 'https://example.com/b']);
    expect((await store.saveArticles([article({ title: 'New title' })], 2)).saved[0]!.updated).toBe(true);
  });

  it('leaves the earlier saves intact when the quota refuses a write, and says so', async () => {
    const store = await fresh();
    await store.saveArticles([article()], 10);
    await store.putNames([name('a')], 10);
    const restore = failPut(1);
    try {
      await expect(store.saveArticles([article({ url: 'https://example.com/b', paragraphs: ['B.'] })], 10)).rejects.toMatchObject({ problem: { code: 'quota' } });
    } finally {
      restore();
    }
    expect((await store.articles()).map((a) => a.url)).toEqual(['https://example.com/a']);
    expect((await store.names()).map((n) => n.id)).toEqual(['a']);
  });

  it('saves nothing of a batch when one write of it fails', async () => {
    const store = await fresh();
    await store.saveArticles([article()], 10);
    const batch = ['b', 'c', 'd'].map((x) => article({ url: `https://example.com/${x}`, paragraphs: [x.toUpperCase()] }));
    const restore = failPut(3, new DOMException('disk I/O', 'UnknownError'));
    try {
      await expect(store.saveArticles(batch, 10)).rejects.toMatchObject({ problem: { code: 'storage' } });
    } finally {
      restore();
    }
    expect(await store.articles()).toHaveLength(1);
  });

  it('gives back the change that undoes a write', async () => {
    const store = await fresh();
    await store.saveArticles([article()], 10);
    const before = await store.articles();
    const { undo } = await store.saveArticles([article({ title: 'Changed' }), article({ url: 'https://example.com/b', paragraphs: ['B.'] })], 10);
    await store.apply(undo);
    expect(await store.articles()).toEqual(before);
    const removal = await store.remove('articles', before[0]!.id);
    expect(await store.articles()).toEqual([]);
    await store.apply(removal);
    expect(await store.articles()).toEqual(before);
  });

  it('limits names and refuses to remove what is not there', async () => {
    const store = await fresh();
    await store.putNames([name('a'), name('b')], 2);
    await expect(store.putNames([name('c')], 2)).rejects.toMatchObject({ problem: { code: 'too-many', what: 'names' } });
    await expect(store.remove('names', 'zz')).rejects.toMatchObject({ problem: { code: 'unknown-name', id: 'zz' } });
    await expect(store.remove('articles', 'zz')).rejects.toMatchObject({ problem: { code: 'unknown-article', id: 'zz' } });
    expect((await store.names()).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('keeps the names the last compile found, replacing them whole', async () => {
    const store = await fresh();
    await store.setFound(new Map([['x', [{ id: 'p', name: 'P' }]]]));
    await store.setFound(new Map([['y', []]]));
    expect(await store.found()).toEqual(new Map([['y', []]]));
  });
});
