import { describe, expect, it } from 'vitest';
import { checkArticle } from './check-article';
import { checkName } from './check-name';
import { SAVED_LIMITS } from './limits';
import { nameEntity } from './name-entity';
import type { SavedProblem } from './problems';
import type { SavedArticleInput, SavedNameInput } from './saved-types';

const article: SavedArticleInput = {
  url: 'https://www.elcolombiano.com/colombia/petro-buses',
  title: ' Petro and the\nbuses ',
  source: 'El Colombiano',
  date: '2026-02-03',
  language: 'es-CO',
  paragraphs: ['  Gustavo Petro habló.  ', '', 'Segundo párrafo.'],
  kind: 'article',
};

/** The problem `run` throws with. */
function problemOf(run: () => unknown): SavedProblem | undefined {
  try {
    run();
  } catch (error) {
    return (error as { problem?: SavedProblem }).problem;
  }
  return undefined;
}

describe('checkArticle', () => {
  it('trims the fields, drops empty paragraphs and keeps the primary language', () => {
    expect(checkArticle(article)).toEqual({ ...article, title: 'Petro and the buses', language: 'es', paragraphs: ['Gustavo Petro habló.', 'Segundo párrafo.'] });
  });

  it.each<[Partial<SavedArticleInput>, SavedProblem]>([
    [{ paragraphs: ['x'.repeat(SAVED_LIMITS.articleChars + 1)] }, { code: 'too-long', field: 'text', length: SAVED_LIMITS.articleChars + 1, limit: SAVED_LIMITS.articleChars }],
    [{ paragraphs: [' ', ''] }, { code: 'empty', field: 'text' }],
    [{ title: '  ' }, { code: 'empty', field: 'title' }],
    [{ source: 's'.repeat(200) }, { code: 'too-long', field: 'source', length: 200, limit: SAVED_LIMITS.sourceChars }],
    [{ date: '2026-02-30' }, { code: 'bad-date', date: '2026-02-30' }],
    [{ language: 'spanish' }, { code: 'bad-language', language: 'spanish' }],
    [{ url: 'javascript:alert(1)' }, { code: 'bad-url', url: 'javascript:alert(1)' }],
  ])('refuses %j with a problem as data', (change, problem) => {
    expect(problemOf(() => checkArticle({ ...article, ...change }))).toEqual(problem);
  });

  it('takes the most text the limit allows', () => {
    expect(checkArticle({ ...article, paragraphs: ['x'.repeat(SAVED_LIMITS.articleChars)] }).paragraphs[0]).toHaveLength(SAVED_LIMITS.articleChars);
  });
});

describe('checkName', () => {
  const petro: SavedNameInput = { name: 'Gustavo Petro', kind: 'person', note: 'President\nof Colombia', spellings: [' Petro ', 'gustavo petro', 'Petro Urrego'] };

  it('gives the id other packs know, a one-line note and each spelling once', () => {
    expect(checkName(petro, [])).toEqual({ id: 'gustavo-petro', name: 'Gustavo Petro', kind: 'person', note: 'President of Colombia', spellings: ['Petro', 'Petro Urrego'] });
    expect(checkName({ ...petro, name: 'Delcy Rodríguez' }, []).id).toBe('delcy-rodriguez');
    expect(checkName({ ...petro, name: 'Путин', spellings: [], allowSurnameAlone: true }, []).id).toMatch(/^name-[0-9a-f]{12}$/);
  });

  it('makes a one-word spelling of a person need the full name, unless the reader allows it alone', () => {
    const strict = nameEntity(checkName(petro, []));
    expect(strict.aliases).toEqual([
      { text: 'Gustavo Petro', case: 'capitalized' },
      { text: 'Petro', case: 'capitalized', needsFullName: true },
      { text: 'Petro Urrego', case: 'capitalized' },
    ]);
    const loose = nameEntity(checkName({ ...petro, allowSurnameAlone: true }, []));
    expect(loose.aliases.every((a) => !a.needsFullName)).toBe(true);
    expect(nameEntity(checkName({ name: 'glifosato', kind: 'term', note: 'Herbicida', spellings: ['glyphosate'] }, [])).aliases.map((a) => a.case)).toEqual(['any', 'any']);
  });

  it.each<[Partial<SavedNameInput>, SavedProblem]>([
    [
      { name: 'Petro', spellings: [] },
      { code: 'needs-full-name', name: 'Petro' },
    ],
    [{ note: '' }, { code: 'empty', field: 'note' }],
    [{ note: 'n'.repeat(201) }, { code: 'too-long', field: 'note', length: 201, limit: SAVED_LIMITS.noteChars }],
    [{ spellings: ['s'.repeat(81)] }, { code: 'too-long', field: 'spelling', length: 81, limit: SAVED_LIMITS.spellingChars }],
    [{ spellings: Array.from({ length: 21 }, (_, i) => `Petro ${i}`) }, { code: 'too-many', what: 'spellings', limit: SAVED_LIMITS.spellings }],
    [{ spellings: ['—'] }, { code: 'no-letters', field: 'spelling', text: '—' }],
    [{ kind: 'animal' as never }, { code: 'bad-kind', kind: 'animal' }],
  ])('refuses %j', (change, problem) => {
    expect(problemOf(() => checkName({ ...petro, ...change }, []))).toEqual(problem);
  });

  it("refuses a spelling that is another of the reader's names, but not the name's own", () => {
    const other = checkName({ name: 'Nicolás Petro', kind: 'person', note: 'Son', spellings: ['Petro'] }, []);
    expect(problemOf(() => checkName(petro, [other]))).toEqual({ code: 'spelling-taken', spelling: 'Petro', by: 'Nicolás Petro' });
    const saved = checkName(petro, []);
    expect(checkName({ ...petro, note: 'Edited' }, [saved]).note).toBe('Edited');
  });
});
