import { describe, expect, it } from 'vitest';
import { INDEX_SCHEMA_VERSION, type ContextIndex, type IndexEntity } from '../index/types';
import { compileMatcherData } from '../match/compile-matcher-data';
import { NO_RULES } from '../match/matcher-data';
import { QUOTES_PER_ARTICLE } from '../packs/card-timeline';
import { cardModel } from './card-model';

const sentences = ['Petro called Trump.', 'Petro and Petro.', 'Rubio spoke.', 'Petro left.', 'Petro returned.'];
const petro: IndexEntity = {
  id: 'petro',
  name: 'Gustavo Petro',
  kind: 'person',
  role: { en: 'President of Colombia', es: 'Presidente de Colombia' },
  aliases: [{ text: 'Petro', case: 'capitalized' }],
  never: [],
  mentions: [
    { article: 0, sentence: 0, start: 0, end: 5 },
    { article: 0, sentence: 1, start: 0, end: 5 },
    { article: 0, sentence: 1, start: 10, end: 15 },
    { article: 0, sentence: 3, start: 0, end: 5 },
    { article: 0, sentence: 4, start: 0, end: 5 },
  ],
  related: [{ id: 'trump', sentences: 1 }],
};
const trump: IndexEntity = { ...petro, id: 'trump', name: 'Donald Trump', role: { en: 'U.S. president' }, mentions: [{ article: 0, sentence: 0, start: 13, end: 18 }], related: [] };
const index: ContextIndex = {
  schemaVersion: INDEX_SCHEMA_VERSION,
  version: 'test',
  articles: [{ id: 'a', title: 'Title', date: '2026-01-07', source: 'Source', language: 'en', summary: 'S', sentences, paragraphStarts: [0] }],
  entities: [petro, trump],
  matcher: compileMatcherData([petro, trump], NO_RULES, { buckets: {} }),
  fuzzy: { buckets: {} },
};

describe('cardModel', () => {
  it('prefers sentences that name the entity in full, then early ones', () => {
    const full: IndexEntity = {
      ...petro,
      mentions: [
        { article: 0, sentence: 0, start: 0, end: 5 },
        { article: 0, sentence: 2, start: 0, end: 5 },
        { article: 0, sentence: 3, start: 0, end: 5 },
        { article: 0, sentence: 4, start: 0, end: 12 },
      ],
    };
    const rich: ContextIndex = {
      ...index,
      articles: [{ ...index.articles[0]!, sentences: ['Petro called Trump.', 'x', 'Petro spoke.', 'Petro left.', 'Petro Urrego returned.'] }],
      entities: [full, trump],
    };
    // Sentence 4 names him in full; 0 and 2 come early; 3 only says "Petro", late.
    expect(cardModel(rich, full, 'en').timeline[0]!.quotes.map((q) => q.sentence)).toEqual([0, 2, 4]);
  });

  it('quotes the first sentences that mention the entity, marking every mention', () => {
    const model = cardModel(index, petro, 'en');
    const quotes = model.timeline[0]!.quotes;
    expect(quotes).toHaveLength(QUOTES_PER_ARTICLE);
    expect(quotes.map((q) => q.sentence)).toEqual([0, 1, 3]);
    expect(quotes[1]!.parts).toEqual([
      { text: 'Petro', mention: true },
      { text: ' and ', mention: false },
      { text: 'Petro', mention: true },
      { text: '.', mention: false },
    ]);
  });

  it('gives the role in the reader language, falling back to English', () => {
    expect(cardModel(index, petro, 'es').note).toMatchObject({ text: 'Presidente de Colombia', language: 'es' });
    // The English fallback says it is English, inside a card marked Spanish.
    expect(cardModel(index, trump, 'es').note).toMatchObject({ text: 'U.S. president', language: 'en' });
  });

  it('names related entities and the source article', () => {
    const model = cardModel(index, petro, 'en');
    expect(model.related).toEqual([{ id: 'trump', name: 'Donald Trump' }]);
    expect(model.timeline.map(({ quotes: _quotes, ...entry }) => entry)).toEqual([{ pack: 'built-in', article: 0, title: 'Title', source: 'Source', date: '2026-01-07', language: 'en' }]);
  });
});
