import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import es from '../../../assets/_locales/es/messages.json';
import type { SavedProblem } from '../../saved/problems';
import { translateFrom } from '../../shared/i18n';
import { describeSavedProblem, problemField } from './saved-problems';

const t = translateFrom(en);

describe('problemField', () => {
  it.each<[SavedProblem, ReturnType<typeof problemField>]>([
    [{ code: 'too-long', field: 'note', length: 240, limit: 200 }, 'note'],
    [{ code: 'empty', field: 'note' }, 'note'],
    [{ code: 'too-long', field: 'spelling', length: 90, limit: 80 }, 'spellings'],
    [{ code: 'no-letters', field: 'spelling', text: '!!' }, 'spellings'],
    [{ code: 'too-many', what: 'spellings', limit: 20 }, 'spellings'],
    [{ code: 'spelling-taken', spelling: 'Duque', by: 'Iván Duque' }, 'spellings'],
    [{ code: 'needs-full-name', name: 'Duque' }, 'spellings'],
    [{ code: 'too-many', what: 'names', limit: 500 }, undefined],
    [{ code: 'quota' }, undefined],
  ])('puts %j next to %s', (problem, field) => {
    expect(problemField(problem)).toBe(field);
  });
});

describe('describeSavedProblem', () => {
  it('words a field problem with the field and the limit', () => {
    expect(describeSavedProblem({ code: 'too-long', field: 'note', length: 1240, limit: 200 }, t, 'en')).toBe('Too long: the note has 1,240 characters, and 200 is the most.');
    expect(describeSavedProblem({ code: 'spelling-taken', spelling: 'Duque', by: 'Iván Duque' }, t, 'en')).toBe('“Duque” is already a spelling of “Iván Duque”.');
    expect(describeSavedProblem({ code: 'empty', field: 'note' }, translateFrom(es), 'es')).toBe('Falta la nota.');
  });

  it('names the file and the item of an import, and words a pack problem as the installer does', () => {
    const inner: SavedProblem = { code: 'bad-url', url: 'ftp://x' };
    expect(describeSavedProblem({ code: 'import-item', item: 'Buses', problem: inner }, t, 'en', 'b.backstory.json')).toBe(
      'In “b.backstory.json”, “Buses”: “ftp://x” is not a web address (http or https).',
    );
    expect(describeSavedProblem({ code: 'pack', problem: { code: 'not-json' } }, t, 'en', 'a.txt')).toBe(t('optionsPackNotJson', 'a.txt'));
    expect(describeSavedProblem({ code: 'not-saved-pack', id: 'news' }, t, 'en', 'news.backstory.json')).toContain('install it under Context packs');
  });

  it('has words for every problem in both languages', () => {
    const problems: SavedProblem[] = [
      { code: 'empty', field: 'title' },
      { code: 'too-many', what: 'articles', limit: 2000 },
      { code: 'bad-date', date: '2026-02-30' },
      { code: 'bad-language', language: 'x' },
      { code: 'bad-kind', kind: 'thing' },
      { code: 'needs-full-name', name: 'Duque' },
      { code: 'name-exists', id: 'daniel-duque' },
      { code: 'unknown-article', id: 'a' },
      { code: 'unknown-name', id: 'b' },
      { code: 'nothing-saved' },
      { code: 'quota' },
      { code: 'storage', detail: 'disk' },
    ];
    for (const messages of [en, es]) {
      const words = translateFrom(messages);
      for (const problem of problems) expect(describeSavedProblem(problem, words, 'en'), problem.code).not.toMatch(/^options|\$[A-Z]+\$/);
    }
  });
});
