import { describe, expect, it } from 'vitest';
import { parseOverlay } from './overlay';

const FILE = 'assets/context/entities.json';
const petro = { id: 'gustavo-petro', name: 'Gustavo Petro', kind: 'person', role: { en: 'President of Colombia' }, aliases: ['Petro'] };

function overlay(...entities: unknown[]): string {
  return JSON.stringify({ entities });
}

describe('parseOverlay', () => {
  it('adds the name as an alias and picks the case rule from the kind', () => {
    const glyphosate = { id: 'glyphosate', name: 'glyphosate', kind: 'term', role: { en: 'Herbicide' }, aliases: ['glifosato', { text: 'GLY', case: 'exact' }] };
    const [person, term] = parseOverlay(FILE, overlay(petro, glyphosate)).entities;
    expect(person!.aliases).toEqual([
      { text: 'Gustavo Petro', case: 'capitalized' },
      { text: 'Petro', case: 'capitalized' },
    ]);
    expect(term!.aliases).toEqual([
      { text: 'glyphosate', case: 'any' },
      { text: 'glifosato', case: 'any' },
      { text: 'GLY', case: 'exact' },
    ]);
  });

  it.each([
    ['a kind it does not know', { ...petro, kind: 'celebrity' }, 'gustavo-petro', /kind/],
    ['no English role', { ...petro, role: { es: 'Presidente' } }, 'gustavo-petro', /role.*"en"/],
    ['an alias that is not text', { ...petro, aliases: ['Petro', 7] }, 'gustavo-petro', /aliases\.1/],
    ['an alias with no letters', { ...petro, aliases: ['...'] }, 'gustavo-petro', /"..." has no letters/],
    ['an unknown field', { ...petro, wikipedia: 'x' }, 'gustavo-petro', /wikipedia/],
    ['a bad id', { ...petro, id: 'Gustavo Petro' }, 'Gustavo Petro', /id: must be lower-case/],
    ['no id', { name: 'X', kind: 'person', role: { en: 'x' } }, '#1', /id/],
  ])('fails on %s, naming the file and the entity', (_, bad, label, problem) => {
    const run = () => parseOverlay(FILE, overlay(bad));
    expect(run).toThrow(`${FILE}: entity "${label}": `);
    expect(run).toThrow(problem);
  });

  it('fails on an alias or confusable of invisible characters only, naming the entity', () => {
    expect(() => parseOverlay(FILE, overlay({ ...petro, aliases: ['Petro', '\u200b'] }))).toThrow(/gustavo-petro.*has no letters or digits/);
    expect(() => parseOverlay(FILE, overlay({ ...petro, never: ['\u0301'] }))).toThrow(/gustavo-petro.*has no letters or digits/);
  });

  it('fails on a key given twice in one object, which JSON.parse would drop', () => {
    const text = overlay(petro).replace('"aliases":["Petro"]', '"aliases":["Petro"],\n"aliases":["Gustavo Petro"]');
    expect(() => parseOverlay(FILE, text)).toThrow(/key "aliases" appears twice in one object \(line 2\)/);
    expect(parseOverlay(FILE, overlay(petro, { ...petro, id: 'other', name: 'Other Petro', aliases: ['Petro Otro'] })).entities).toHaveLength(2);
    expect(parseOverlay(FILE, JSON.stringify({ entities: [{ ...petro, role: { en: 'Say \\"aliases\\": twice' } }] })).entities).toHaveLength(1);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseOverlay(FILE, '\uFEFF' + overlay(petro)).entities[0]!.id).toBe('gustavo-petro');
  });

  it('fails on a duplicate id', () => {
    expect(() => parseOverlay(FILE, overlay(petro, petro))).toThrow(`${FILE}: entity "gustavo-petro": id is used by more than one entity`);
  });

  it('fails when one alias names two entities, diacritics aside', () => {
    const other = { id: 'petro-senior', name: 'Pétro', kind: 'person', role: { en: 'x' } };
    expect(() => parseOverlay(FILE, overlay(petro, other))).toThrow(/entity "petro-senior": alias "Pétro" is also an alias of "gustavo-petro"/);
  });

  it('fails on invalid JSON and on a missing entity list, naming the file', () => {
    expect(() => parseOverlay(FILE, '{ entities: [')).toThrow(`${FILE}: is not valid JSON`);
    expect(() => parseOverlay(FILE, '{}')).toThrow(`${FILE}: entities`);
  });
});
