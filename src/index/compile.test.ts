import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContextIndex, type CompileInput } from './compile';
import { compileIndex } from './compile-index';
import { buildContextIndex } from './load-sources';
import type { OverlayEntity } from './overlay';

const ROOT = new URL('../..', import.meta.url).pathname;
const index = buildContextIndex(ROOT);
/** The body of the seed article as kept in assets: everything after the front matter. */
const articleBody = readFileSync(new URL('../../assets/context/articles/2026-01-07-trump-petro-call.md', import.meta.url), 'utf8').split('---\n')[2]!;

/** The entities issue #2 names, by id, with one sentence each must be quoted with. */
const REQUIRED: Record<string, string> = {
  'gustavo-petro': 'Petro requested the restoration of direct communications',
  'donald-trump': 'He informed Trump of achievements',
  'marco-rubio': 'Secretary of State Marco Rubio and the Colombian Foreign Minister',
  'delcy-rodriguez': 'He also invited Delcy Rodríguez to Colombia',
  'piedad-cordoba': 'including the brother of Piedad Córdoba',
  colombia: 'Petro emphasized that Colombia is a democracy',
  'united-states': 'open and constructive dialogue with the United States',
  venezuela: 'tripartite dialogue on Venezuela',
  'white-house': 'The meeting will take place at the White House',
  'colombian-foreign-ministry': 'sources from the Colombian Foreign Ministry',
  glyphosate: 'over forced eradication with glyphosate',
  decertification: 'decertification on anti-drug efforts in September',
  narcotrafficking: 'in the fight against narcotrafficking',
  extradition: 'He also highlighted 700 extraditions',
  'voluntary-crop-substitution': 'the success of voluntary substitution of illicit crops',
};

describe('the index compiled from assets/context', () => {
  it('holds every required entity with the article sentences that mention it', () => {
    const article = index.articles[0]!;
    for (const [id, quote] of Object.entries(REQUIRED)) {
      const entity = index.entities.find((e) => e.id === id);
      expect(entity, id).toBeDefined();
      const sentences = entity!.mentions.map((m) => article.sentences[m.sentence]!);
      expect(
        sentences.some((s) => s.includes(quote)),
        `${id}: "${quote}"`,
      ).toBe(true);
    }
  });

  it('keeps every word of the article, in order, across its sentences', () => {
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(index.articles[0]!.sentences.join(' '))).toEqual(words(articleBody));
  });

  it('relates entities mentioned in the same sentence', () => {
    const delcy = index.entities.find((e) => e.id === 'delcy-rodriguez')!;
    expect(delcy.related.map((r) => r.id)).toEqual(expect.arrayContaining(['colombia', 'venezuela']));
    const rubio = index.entities.find((e) => e.id === 'marco-rubio')!;
    expect(rubio.related.map((r) => r.id)).not.toContain('marco-rubio');
  });

  it('is versioned by a hash of its inputs', () => {
    expect(index.schemaVersion).toBe(4);
    expect(index.version).toMatch(/^[0-9a-f]{12}$/);
    expect(buildContextIndex(ROOT)).toEqual(index);
  });
});

describe('compileContextIndex', () => {
  const article = { file: 'a.md', text: '---\ntitle: T\ndate: 2026-01-07\nsource: S\nlanguage: en\nsummary: S\n---\nPetro met Rubio. Rubio left.\n' };
  const input = (entities: unknown[]): CompileInput => ({ overlay: { file: 'entities.json', text: JSON.stringify({ entities }) }, articles: [article], version: 'test' });
  const person = (id: string, name: string) => ({ id, name, kind: 'person', role: { en: 'x' } });

  it('finds mentions with the shared matcher and counts shared sentences', () => {
    const built = compileContextIndex(input([person('petro', 'Petro'), person('rubio', 'Rubio')]));
    expect(built.entities[1]!.mentions).toEqual([
      { article: 0, sentence: 0, start: 10, end: 15 },
      { article: 0, sentence: 1, start: 0, end: 5 },
    ]);
    expect(built.entities[0]!.related).toEqual([{ id: 'rubio', sentences: 1 }]);
  });

  it('fails, naming the overlay and the entity, when an entity is in no article', () => {
    expect(() => compileContextIndex(input([person('petro', 'Petro'), person('maduro', 'Maduro')]))).toThrow('entities.json: entity "maduro": is not mentioned in any article');
  });
});

describe('compileIndex (already parsed input)', () => {
  const article = { id: 'a', title: 'T', date: '2026-01-07', source: 'S', language: 'en', summary: 'S', paragraphs: ['Petro met Rubio. Rubio left.'] };
  const person = (id: string, name: string): OverlayEntity => ({ id, name, kind: 'person', role: { en: 'x' }, aliases: [{ text: name, case: 'capitalized' }], never: [] });
  const rules = { titles: [], functionWords: [], givenNames: [] };

  it('keeps an entity no article mentions when asked, with no mentions', () => {
    const built = compileIndex({ articles: [article], entities: [person('petro', 'Petro'), person('maduro', 'Maduro')], rules, version: 'v', unmentioned: 'keep' });
    expect(built.entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['petro', 1],
      ['maduro', 0],
    ]);
  });

  it('compiles names alone, with no article yet', () => {
    const built = compileIndex({ articles: [], entities: [person('petro', 'Petro')], rules, version: 'v', unmentioned: 'keep' });
    expect(built.articles).toEqual([]);
    expect(built.entities[0]!.mentions).toEqual([]);
  });

  it('matches as `matchAs` says: an alias made to need the full name is not found alone', () => {
    const entities = [person('petro', 'Petro')];
    const matchAs = [
      {
        ...entities[0]!,
        aliases: [
          { text: 'Petro', case: 'capitalized' as const, needsFullName: true },
          { text: 'Gustavo Petro', case: 'capitalized' as const },
        ],
      },
    ];
    const built = compileIndex({ articles: [article], entities, matchAs, rules, version: 'v', unmentioned: 'keep' });
    expect(built.entities[0]!.mentions).toEqual([]);
    expect(() => compileIndex({ articles: [article], entities, matchAs: [person('other', 'Petro')], rules, version: 'v', unmentioned: 'keep' })).toThrow('matchAs');
  });

  it('fails for an empty folder, naming the overlay', () => {
    expect(() => compileContextIndex({ overlay: { file: 'entities.json', text: JSON.stringify({ entities: [person('petro', 'Petro')] }) }, articles: [], version: 'v' })).toThrow(
      'entities.json: has no article',
    );
  });
});
