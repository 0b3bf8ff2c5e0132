import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import { directoryEntry } from '../packs/pack-records';
import { readPack } from '../packs/read-pack';
import { checkName } from './check-name';
import { compileSavedPack, type SavedPackInput } from './compile-saved-pack';
import type { SavedArticle } from './saved-types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtIn = builtInPack(root, buildContextIndex(root));
const others = [{ key: 'built-in@x', rules: builtIn.rules, entities: builtIn.entities.map(directoryEntry) }];

const buses: SavedArticle = {
  id: 'u-buses',
  url: 'https://www.elcolombiano.com/antioquia/buses-de-la-alcaldia',
  title: '¿Buses de la Alcaldía al servicio de Petro?',
  source: 'El Colombiano',
  date: '2022-05-04',
  language: 'es',
  paragraphs: [
    'Las alertas por el presunto uso de recursos de la Alcaldía de Medellín para la campaña presidencial de Gustavo Petro volvieron a encenderse esta semana.',
    'El concejal Daniel Duque reveló que las tres placas forman parte de la flota de la administración. Duque pidió explicaciones.',
  ],
  kind: 'article',
  savedAt: '2026-03-01T10:00:00.000Z',
};
const input = (change: Partial<SavedPackInput> = {}): SavedPackInput => ({ articles: [buses], names: [], rules: builtIn.rules, others, position: 0, today: '2026-03-02', ...change });
const duque = checkName({ name: 'Daniel Duque', kind: 'person', note: 'Concejal de Medellín, de la oposición', spellings: ['Duque'] }, []);

describe('compileSavedPack', () => {
  it('is nothing when nothing is saved', () => {
    expect(compileSavedPack(input({ articles: [] }))).toBeUndefined();
  });

  it("lends another pack's entity the saved sentences that name it, without carrying it as a name", () => {
    const compiled = compileSavedPack(input())!;
    expect(compiled.pack.meta).toMatchObject({ id: 'saved', name: 'Saved by you', publisher: 'You', articles: 1, entities: 0, languages: ['es'], created: '2026-03-02' });
    expect(compiled.pack.entities).toEqual([]);
    const petro = compiled.lent.find((e) => e.id === 'gustavo-petro')!;
    const sentence = compiled.pack.articles[0]!.sentences[petro.mentions[0]!.sentence]!;
    expect(sentence.slice(petro.mentions[0]!.start, petro.mentions[0]!.end)).toBe('Gustavo Petro');
    expect(compiled.found.get('u-buses')).toEqual([{ id: 'gustavo-petro', name: 'Gustavo Petro' }]);
    // Only what the articles mention is lent.
    expect(compiled.lent.map((e) => e.id)).not.toContain('marco-rubio');
  });

  it("finds the reader's names, a surname once the page names them in full, and keeps a name no article mentions", () => {
    const quintero = checkName({ name: 'Daniel Quintero', kind: 'person', note: 'Alcalde de Medellín', spellings: ['Quintero'] }, []);
    const compiled = compileSavedPack(input({ names: [duque, quintero] }))!;
    expect(compiled.pack.entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['daniel-duque', 2],
      ['daniel-quintero', 0],
    ]);
    expect(compiled.found.get('u-buses')!.map((n) => n.id)).toEqual(['daniel-duque', 'gustavo-petro']);
    // Without the full name in the article, the surname alone is someone else's.
    const alone = compileSavedPack(input({ names: [duque], articles: [{ ...buses, paragraphs: ['Duque pidió explicaciones.'] }] }))!;
    expect(alone.pack.entities[0]!.mentions).toEqual([]);
  });

  it('makes a pack file the options page would install, of names alone too', () => {
    for (const compiled of [compileSavedPack(input({ names: [duque] }))!, compileSavedPack(input({ articles: [], names: [duque] }))!]) {
      const text = JSON.stringify(compiled.pack);
      expect(readPack(text)).toEqual(compiled.pack);
    }
  });

  it('versions the pack by its content', () => {
    const a = compileSavedPack(input())!.pack.meta.version;
    expect(compileSavedPack(input({ today: '2027-01-01' }))!.pack.meta.version).toBe(a);
    expect(compileSavedPack(input({ names: [duque] }))!.pack.meta.version).not.toBe(a);
  });

  it("makes a reader's name with another pack's id that entity, with the reader's note", () => {
    const petro = checkName({ name: 'Gustavo Petro', kind: 'person', note: 'Mi nota', spellings: [] }, []);
    const compiled = compileSavedPack(input({ names: [petro] }))!;
    expect(compiled.pack.entities.map((e) => [e.id, e.role.en])).toEqual([['gustavo-petro', 'Mi nota']]);
    expect(compiled.lent.map((e) => e.id)).not.toContain('gustavo-petro');
  });

  it('reads the articles as a page ranked that way would: a shared surname goes to the pack ranked first', () => {
    const nicolas = checkName({ name: 'Nicolás Petro', kind: 'person', note: 'Hijo del presidente', spellings: ['Petro'], allowSurnameAlone: true }, []);
    const bare = { ...buses, paragraphs: ['Petro habló ayer en Medellín.'] };
    const first = compileSavedPack(input({ articles: [bare], names: [nicolas], position: 0 }))!;
    expect(first.found.get('u-buses')!.map((n) => n.id)).toEqual(['nicolas-petro']);
    const last = compileSavedPack(input({ articles: [bare], names: [nicolas], position: 1 }))!;
    expect(last.found.get('u-buses')!.map((n) => n.id)).toEqual(['gustavo-petro']);
  });
});
