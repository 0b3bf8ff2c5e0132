import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import type { SaveResult } from '../saved/saved-library';
import { translateFrom } from '../shared/i18n';
import { describeSaved, problemField, saveView } from './save-outcome';

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

describe('problemField', () => {
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
    expect(saveView({ ok: false, problem: { code: 'quota' } }, tEn, 'en')).toEqual({ state: 'problem', text: expect.stringContaining('no room left') });
  });
});
