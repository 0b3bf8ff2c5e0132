import { describe, expect, it } from 'vitest';
import type { IndexArticle, IndexEntity } from '../index/types';
import type { PackMeta } from './pack-format';
import { timelineCard, type EntitySource } from './card-timeline';

function meta(id: string): PackMeta {
  return { id, name: `Pack ${id}`, publisher: 'Tests', languages: ['en'], created: '2026-01-01', version: id, articles: 0, entities: 0 };
}

function article(title: string, date: string, language: string, sentences: string[]): IndexArticle {
  return { id: title, title, date, source: `Source of ${title}`, language, summary: sentences[0]!, sentences, paragraphStarts: [0] };
}

/** An entity mentioned wherever `word` appears in the given articles. */
function source(pack: string, rank: number, role: string, word: string, articles: IndexArticle[], related: IndexEntity['related'] = []): EntitySource {
  const mentions = articles.flatMap((a, i) =>
    a.sentences.flatMap((s, sentence) => {
      const start = s.indexOf(word);
      return start < 0 ? [] : [{ article: i, sentence, start, end: start + word.length }];
    }),
  );
  const entity: IndexEntity = { id: 'gustavo-petro', name: 'Gustavo Petro', kind: 'person', role: { en: role }, aliases: [], never: [], mentions, related };
  return { pack: meta(pack), rank, entity, articles: new Map(articles.map((a, i) => [i, a])) };
}

const spanishOld = article('Petro y los buses', '2023-05-02', 'es', ['Gustavo Petro anunció buses eléctricos.', 'El alcalde respondió.']);
const spanishNew = article('Candidatos', '2025-11-20', 'es', ['Los candidatos criticaron a Petro.']);
const englishNewest = article('The call', '2026-01-08', 'en', [
  'Gustavo Petro spoke with Trump.',
  'He also said he would travel, Petro said.',
  'Marco Rubio was in the room.',
  'He told Petro to wait.',
]);

describe('timelineCard', () => {
  const sources = [
    source('built-in', 0, 'President of Colombia.', 'Petro', [englishNewest], [{ id: 'donald-trump', sentences: 2 }]),
    source(
      'colombia',
      1,
      'Another role.',
      'Petro',
      [spanishOld, spanishNew],
      [
        { id: 'donald-trump', sentences: 1 },
        { id: 'bogota', sentences: 2 },
      ],
    ),
  ];
  const names = new Map([
    ['donald-trump', 'Donald Trump'],
    ['bogota', 'Bogotá'],
  ]);

  it('lists articles newest first, the reader’s language first', () => {
    expect(timelineCard(sources, 'en', (id) => names.get(id))!.timeline.map((e) => e.title)).toEqual(['The call', 'Candidatos', 'Petro y los buses']);
    expect(timelineCard(sources, 'es', (id) => names.get(id))!.timeline.map((e) => e.title)).toEqual(['Candidatos', 'Petro y los buses', 'The call']);
  });

  it('takes the role line from the pack ranked highest, as that pack’s note', () => {
    const card = timelineCard(sources, 'en', (id) => names.get(id))!;
    expect(card.note).toEqual({ text: 'President of Colombia.', language: 'en', pack: { id: 'built-in', name: 'Pack built-in' } });
    expect(timelineCard([...sources].reverse(), 'en', (id) => names.get(id))!.note.text).toBe('Another role.');
  });

  it('says who a sentence starting with a pronoun is about', () => {
    const quotes = timelineCard(sources, 'en', (id) => names.get(id))!.timeline[0]!.quotes;
    // After a sentence about Petro, "He" is Petro; after one about someone else, that sentence shows.
    expect(quotes.map((q) => [q.about, q.before])).toEqual([
      [undefined, undefined],
      ['Gustavo Petro', undefined],
      [undefined, 'Marco Rubio was in the room.'],
    ]);
    expect(quotes[0]!.parts).toEqual([
      { text: 'Gustavo ', mention: false },
      { text: 'Petro', mention: true },
      { text: ' spoke with Trump.', mention: false },
    ]);
  });

  it('counts related names across every pack’s articles', () => {
    expect(timelineCard(sources, 'en', (id) => names.get(id))!.related).toEqual([
      { id: 'donald-trump', name: 'Donald Trump' },
      { id: 'bogota', name: 'Bogotá' },
    ]);
    expect(timelineCard(sources, 'en', (id) => (id === 'bogota' ? 'Bogotá' : undefined))!.related).toEqual([{ id: 'bogota', name: 'Bogotá' }]);
  });

  it('has nothing to show without a source', () => {
    expect(timelineCard([], 'en', () => undefined)).toBeUndefined();
  });
});
