import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import type { SavedProblem } from '../saved/problems';
import type { SaveResult } from '../saved/saved-library';
import { translateFrom } from '../shared/i18n';
import { describeSaved, describeSavedProblem, problemField, saveView } from './save-outcome';

const tEn = translateFrom(en);
const tEs = translateFrom(es);

const result = (names: number, updated = false, extra: Partial<SaveResult['article']> = {}): SaveResult => ({
  updated,
  article: {
    id: 'u-1',
    title: '¿Buses de la Alcaldía al servicio de Petro?',
    source: 'ElColombiano.com',
    date: '2022-05-05',
    language: 'es',
    kind: 'article',
    savedAt: '2026-03-04T10:00:00.000Z',
    chars: 4000,
    names: Array.from({ length: names }, (_, i) => ({ id: `n-${i}`, name: `N ${i}` })),
    ...extra,
  },
});

describe('describeSaved', () => {
  it('says saved or updated, with the names found, in both languages', () => {
    expect(describeSaved(result(5), tEn, 'en')).toEqual({ status: 'Saved · 5 names found', what: '“¿Buses de la Alcaldía al servicio de Petro?”, ElColombiano.com' });
    expect(describeSaved(result(1, true), tEn, 'en').status).toBe('Updated · 1 name found');
    expect(describeSaved(result(5), tEs, 'es').status).toBe('Guardado · 5 nombres encontrados');
    expect(describeSaved(result(0, false, { kind: 'selection' }), tEs, 'es').status).toBe('Selección guardada · 0 nombres encontrados');
  });

  it('says so when the page gave no date', () => {
    expect(describeSaved(result(2, false, { undated: true }), tEn, 'en').undated).toBe("The page gives no date: it is saved with today's.");
  });
});

describe('describeSavedProblem', () => {
  it.each<[SavedProblem, string]>([
    [{ code: 'capture', problem: { code: 'browser-page' } }, 'This is a page of the browser: Backstory saves only web pages. Nothing was saved.'],
    [{ code: 'capture', problem: { code: 'pdf' } }, 'Backstory cannot read a PDF. Nothing was saved.'],
    [{ code: 'capture', problem: { code: 'not-html', type: 'image/png' } }, 'This is not a web page Backstory can read (image/png). Nothing was saved.'],
    [{ code: 'too-long', field: 'text', length: 120000, limit: 100000 }, 'Too long: 120,000 characters, the most is 100,000. Nothing was saved.'],
    [{ code: 'too-many', what: 'articles', limit: 2000 }, 'Backstory keeps at most 2,000 saved articles: remove some in the options first. Nothing was saved.'],
    [{ code: 'needs-full-name', name: 'Bolívar' }, '“Bolívar” is one word: give the full name as another spelling, or tick “Find this name alone”.'],
  ])('%j', (problem, text) => {
    expect(describeSavedProblem(problem, tEn, 'en')).toBe(text);
  });

  it('words every capture problem in Spanish too', () => {
    for (const code of ['browser-page', 'store-page', 'pdf', 'refused', 'no-article', 'no-selection', 'gone'] as const) {
      const text = describeSavedProblem({ code: 'capture', problem: { code } }, tEs, 'es');
      expect(text).toMatch(/No se guardó nada\.$|^Backstory no encontró/);
    }
  });

  it('names the field a problem is about', () => {
    expect(problemField({ code: 'empty', field: 'note' })).toBe('note');
    expect(problemField({ code: 'spelling-taken', spelling: 'Petro', by: 'Gustavo Petro' })).toBe('spelling');
    expect(problemField({ code: 'quota' })).toBeUndefined();
  });
});

describe('saveView', () => {
  it('checks the reply’s value before wording it', () => {
    expect(saveView({ ok: true, value: result(3) }, tEn, 'en')).toMatchObject({ state: 'saved', words: { status: 'Saved · 3 names found' } });
    expect(saveView({ ok: true, value: { nonsense: 1 } }, tEn, 'en').state).toBe('problem');
    expect(saveView({ ok: false, problem: { code: 'quota' } }, tEn, 'en')).toEqual({ state: 'problem', text: "The browser's storage is full. Nothing was saved." });
  });
});
