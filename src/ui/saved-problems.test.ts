import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import type { SavedProblem } from '../saved/problems';
import { translateFrom } from '../shared/i18n';
import { describeSavedProblem } from './saved-problems';

const t = translateFrom(en);
const tEn = t;
const tEs = translateFrom(es);

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
      for (const problem of problems) expect(describeSavedProblem(problem, words, 'en'), problem.code).not.toMatch(/^savedProblem|\$[A-Z]+\$/);
    }
  });
});

describe('describeSavedProblem, as saving from a tab meets them', () => {
  it.each<[SavedProblem, string]>([
    [{ code: 'capture', problem: { code: 'browser-page' } }, 'This is a page of the browser: Backstory saves only web pages. Nothing was saved.'],
    [{ code: 'capture', problem: { code: 'pdf' } }, 'Backstory cannot read a PDF. Nothing was saved.'],
    [{ code: 'capture', problem: { code: 'not-html', type: 'image/png' } }, 'This is not a web page Backstory can read (image/png). Nothing was saved.'],
    [{ code: 'too-long', field: 'text', length: 120000, limit: 100000 }, 'Too long: the text has 120,000 characters, and 100,000 is the most.'],
    [{ code: 'too-many', what: 'articles', limit: 2000 }, 'You have saved as many articles as Backstory keeps (2,000): remove some to save more.'],
    [{ code: 'needs-full-name', name: 'Bolívar' }, '“Bolívar” is one word: add the full name as a spelling, or let one word count on its own.'],
  ])('%j', (problem, text) => {
    expect(describeSavedProblem(problem, tEn, 'en')).toBe(text);
  });

  it('words every capture problem in Spanish too', () => {
    for (const code of ['browser-page', 'store-page', 'pdf', 'refused', 'no-article', 'no-selection', 'gone'] as const) {
      const text = describeSavedProblem({ code: 'capture', problem: { code } }, tEs, 'es');
      expect(text).toMatch(/No se guardó nada\.$|^Backstory no encontró/);
    }
  });
});
