import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import { cardFor } from '../packs/card-for';
import { PackStore } from '../packs/pack-store';
import type { PageIndexWire } from '../packs/page-index';
import { PAGE_INDEX_KEY } from '../packs/publish-page-index';
import { SavedLibrary } from './saved-library';
import { SavedStore } from './saved-store';
import type { SavedArticleInput } from './saved-types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIn = builtInPack(root, buildContextIndex(root));

const buses: SavedArticleInput = {
  url: 'https://www.elcolombiano.com/antioquia/buses-de-la-alcaldia?utm_source=twitter',
  title: '¿Buses de la Alcaldía al servicio de Petro?',
  source: 'El Colombiano',
  date: '2022-05-04',
  language: 'es',
  paragraphs: [
    'Las alertas por el presunto uso de recursos de la Alcaldía de Medellín para la campaña presidencial de Gustavo Petro volvieron a encenderse esta semana.',
    'El concejal Daniel Duque reveló que las tres placas forman parte de la flota de la administración. Duque pidió explicaciones.',
  ],
  kind: 'article',
};
const duque = { name: 'Daniel Duque', kind: 'person' as const, note: 'Concejal de Medellín', spellings: ['Duque'] };

let n = 0;
const closing: { close(): void }[] = [];
afterEach(() => {
  for (const c of closing.splice(0)) c.close();
});

/** A library over fresh databases ("a browser"), with storage.local as a plain object. */
async function browserProfile() {
  const packs = await PackStore.open(builtIn, `lib-packs-${n}`);
  const saved = await SavedStore.open(`lib-saved-${n++}`);
  closing.push(packs, saved);
  const local: Record<string, unknown> = {};
  const area = {
    set: async (items: Record<string, unknown>) => void Object.assign(local, items),
    remove: async (key: string) => void delete local[key],
  };
  let clock = Date.UTC(2026, 2, 1);
  const library = new SavedLibrary({ packs, saved, local: area, rules: builtIn.rules, now: () => new Date((clock += 1000)) });
  const pageIndex = () => local[PAGE_INDEX_KEY] as PageIndexWire | undefined;
  return { packs, saved, library, pageIndex };
}

describe('SavedLibrary', () => {
  it('quotes a saved article in the card of a name another pack knows, and publishes the page index', async () => {
    const { packs, library, pageIndex } = await browserProfile();
    const result = await library.saveArticle(buses);
    expect(result.updated).toBe(false);
    expect(result.article).toMatchObject({ title: buses.title, source: 'El Colombiano', date: '2022-05-04', kind: 'article', names: [{ id: 'gustavo-petro', name: 'Gustavo Petro' }] });
    expect((await packs.list()).map((p) => p.meta.id)).toEqual(['saved', 'built-in']);
    const card = await cardFor(packs, 'gustavo-petro', 'es');
    expect(card!.note.pack.id).toBe('built-in');
    const saved = card!.timeline.find((e) => e.pack === 'saved')!;
    expect(saved.source).toBe('El Colombiano');
    expect(saved.quotes[0]!.parts.map((p) => p.text).join('')).toContain('campaña presidencial de Gustavo Petro');
    expect(pageIndex()!.packs[0]).toMatch(/^saved@/);
  });

  it('updates an article saved again instead of copying it', async () => {
    const { library } = await browserProfile();
    await library.saveArticle(buses);
    const again = await library.saveArticle({ ...buses, url: 'https://www.elcolombiano.com/antioquia/buses-de-la-alcaldia#comentarios', title: 'Buses' });
    expect(again.updated).toBe(true);
    expect((await library.listArticles()).map((a) => a.title)).toEqual(['Buses']);
  });

  it('lists articles newest first, each with its place in the saved pack for the article page', async () => {
    const { library, packs } = await browserProfile();
    await library.saveArticle(buses);
    await library.saveArticle({ ...buses, url: undefined, title: 'Duque', paragraphs: [buses.paragraphs[1]!], kind: 'selection' });
    await library.saveArticle({ ...buses, url: 'https://example.com/otro', title: 'Otro', paragraphs: ['Otro texto sobre Gustavo Petro y la campaña.'] });
    const listed = await library.listArticles();
    expect(listed.map((a) => a.title)).toEqual(['Otro', 'Duque', buses.title]);
    for (const a of listed) expect((await packs.article('saved', a.packArticle!))?.title).toBe(a.title);
  });

  it('refuses bad input with a problem and saves nothing', async () => {
    const { library, packs } = await browserProfile();
    await expect(library.saveArticle({ ...buses, date: 'yesterday' })).rejects.toMatchObject({ problem: { code: 'bad-date' } });
    expect(await library.listArticles()).toEqual([]);
    expect((await packs.list()).map((p) => p.meta.id)).toEqual(['built-in']);
  });

  it("finds a reader's name in every saved article and on pages from then on; edits and removes it", async () => {
    const { library, pageIndex, packs } = await browserProfile();
    await library.saveArticle(buses);
    const added = await library.addName(duque);
    expect(added).toMatchObject({ id: 'daniel-duque', articles: 1 });
    expect(pageIndex()!.ids.split('\n')).toContain('daniel-duque');
    expect((await library.listArticles())[0]!.names.map((x) => x.id)).toEqual(['daniel-duque', 'gustavo-petro']);
    await expect(library.addName(duque)).rejects.toMatchObject({ problem: { code: 'name-exists', id: 'daniel-duque' } });

    const edited = await library.editName('daniel-duque', { note: 'Concejal de oposición', spellings: [] });
    expect(edited).toMatchObject({ note: 'Concejal de oposición', spellings: [] });
    expect((await cardFor(packs, 'daniel-duque', 'es'))!.note.text).toBe('Concejal de oposición');
    // A message's edit carries only what changes; a "name" in it does not make another name.
    const partial = await library.editName('daniel-duque', { note: undefined, name: 'Otro' } as never);
    expect(partial).toMatchObject({ id: 'daniel-duque', name: 'Daniel Duque', note: 'Concejal de oposición' });
    expect((await library.listNames()).map((x) => x.id)).toEqual(['daniel-duque']);

    await library.removeName('daniel-duque');
    expect(pageIndex()!.ids.split('\n')).not.toContain('daniel-duque');
    await expect(library.removeName('daniel-duque')).rejects.toMatchObject({ problem: { code: 'unknown-name' } });
  });

  it('takes the pack away, and the page index with it, once nothing is saved', async () => {
    const { library, packs, pageIndex } = await browserProfile();
    const { article } = await library.saveArticle(buses);
    await library.removeArticle(article.id);
    expect((await packs.list()).map((p) => p.meta.id)).toEqual(['built-in']);
    expect(pageIndex()).toBeUndefined();
    await expect(library.exportSavedPack()).rejects.toMatchObject({ problem: { code: 'nothing-saved' } });
  });

  it('undoes a save the pack store cannot take, leaving the earlier saves and their pack', async () => {
    const { library, packs } = await browserProfile();
    await library.saveArticle(buses);
    const before = await packs.exportPack('saved');
    const put = IDBObjectStore.prototype.put;
    // Refuse the pack store's writes only: the saved store takes the article, the install fails.
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.transaction.db.name.startsWith('lib-packs-')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(library.saveArticle({ ...buses, url: 'https://example.com/other', paragraphs: ['Otro texto sobre Petro.'] })).rejects.toMatchObject({ problem: { code: 'quota' } });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await library.listArticles()).map((a) => a.title)).toEqual([buses.title]);
    expect(await packs.exportPack('saved')).toEqual(before);
  });

  it('exports "Saved by you" and imports it on another browser, merging with what is saved there', async () => {
    const a = await browserProfile();
    await a.library.saveArticle(buses);
    await a.library.saveArticle({ ...buses, url: undefined, kind: 'selection', paragraphs: ['Petro habló con Daniel Duque.'] });
    await a.library.addName(duque);
    const file = JSON.stringify(await a.library.exportSavedPack());
    expect(JSON.parse(file).entities.map((e: { id: string }) => e.id)).toEqual(['daniel-duque']);

    const b = await browserProfile();
    await b.library.saveArticle(buses);
    await b.library.addName({ ...duque, note: 'Mi nota', spellings: ['D. Duque'] });
    expect(await b.library.importSavedPack(file)).toEqual({ articles: { added: 1, updated: 1 }, names: { added: 0, merged: 1 } });
    expect((await b.library.listArticles()).map((x) => x.kind).sort()).toEqual(['article', 'selection']);
    expect(await b.library.listNames()).toEqual([expect.objectContaining({ id: 'daniel-duque', note: 'Mi nota', spellings: ['D. Duque', 'Duque'], articles: 2 })]);
  });

  it('refuses a file that is not "Saved by you", or holds a bad article, and saves none of it', async () => {
    const { library } = await browserProfile();
    await expect(library.importSavedPack(JSON.stringify(builtIn).replace('"id":"built-in"', '"id":"colombia"'))).rejects.toMatchObject({ problem: { code: 'not-saved-pack', id: 'colombia' } });
    await expect(library.importSavedPack('{"format": "backstory-pack"')).rejects.toMatchObject({ problem: { code: 'pack', problem: { code: 'truncated' } } });
    const other = await browserProfile();
    await other.library.saveArticle(buses);
    const pack = await other.library.exportSavedPack();
    pack.articles.push({ ...pack.articles[0]!, id: 'long', title: 'Too long', url: 'https://example.com/long', sentences: ['x'.repeat(100_001)], paragraphStarts: [0] });
    await expect(library.importSavedPack(JSON.stringify(pack))).rejects.toMatchObject({ problem: { code: 'import-item', item: 'Too long', problem: { code: 'too-long', field: 'text' } } });
    const broken = JSON.parse(JSON.stringify(pack));
    broken.articles[0].sentences = 'one text';
    await expect(library.importSavedPack(JSON.stringify(broken))).rejects.toMatchObject({ problem: { code: 'pack', problem: { code: 'invalid', path: 'articles.0.sentences' } } });
    expect(await library.listArticles()).toEqual([]);
  });
});
