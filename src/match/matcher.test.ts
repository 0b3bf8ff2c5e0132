import { describe, expect, it } from 'vitest';
import type { AliasSpec, EntityKind } from '../shared/definitions';
import { createMatcher, type MatchableEntity } from './matcher';

function entity(id: string, kind: EntityKind, aliases: (string | AliasSpec)[]): MatchableEntity {
  const defaultCase = kind === 'term' ? 'any' : 'capitalized';
  return { id, kind, aliases: aliases.map((a) => (typeof a === 'string' ? { text: a, case: defaultCase } : a)) };
}

const ENTITIES = [
  entity('gustavo-petro', 'person', ['Gustavo Petro', 'Petro']),
  entity('marco-rubio', 'person', ['Marco Rubio', 'Rubio']),
  entity('delcy-rodriguez', 'person', ['Delcy Rodríguez']),
  entity('united-states', 'place', ['United States', 'U.S.', { text: 'US', case: 'exact' }, 'Estados Unidos']),
  entity('white-house', 'organization', ['White House', 'Casa Blanca']),
  entity('extradition', 'term', ['extradition', 'extradición']),
  entity('voluntary-crop-substitution', 'term', ['voluntary substitution of illicit crops', 'voluntary substitution']),
];
const matcher = createMatcher(ENTITIES);

/** The matches as [surface, entity id] pairs. */
function found(text: string): [string, string][] {
  return matcher.scan(text).map((m) => [text.slice(m.start, m.end), ENTITIES[m.entity]!.id]);
}

describe('createMatcher', () => {
  it('finds names with their offsets, diacritics folded', () => {
    expect(found('Delcy Rodriguez met Gustavo Petro.')).toEqual([
      ['Delcy Rodriguez', 'delcy-rodriguez'],
      ['Gustavo Petro', 'gustavo-petro'],
    ]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found('the voluntary substitution of illicit crops works')).toEqual([['voluntary substitution of illicit crops', 'voluntary-crop-substitution']]);
    expect(found('voluntary substitution programmes')).toEqual([['voluntary substitution', 'voluntary-crop-substitution']]);
  });

  it('matches possessives and never half a word', () => {
    expect(found("Petro's visa; Petro’s protests")).toEqual([
      ['Petro', 'gustavo-petro'],
      ['Petro', 'gustavo-petro'],
    ]);
    expect(found('Petrobras and petroleum prices, Petrograd')).toEqual([]);
  });

  it('requires capitals where the alias has them', () => {
    expect(found('un hombre rubio y una casa blanca')).toEqual([]);
    expect(found('Marco Rubio en la Casa Blanca')).toEqual([
      ['Marco Rubio', 'marco-rubio'],
      ['Casa Blanca', 'white-house'],
    ]);
  });

  it('matches an exact-case alias only in that case', () => {
    expect(found('Tell us about the US')).toEqual([['US', 'united-states']]);
  });

  it('inflects terms, not names', () => {
    expect(found('700 extraditions and las extradiciones')).toEqual([
      ['extraditions', 'extradition'],
      ['extradiciones', 'extradition'],
    ]);
    expect(found('the Petros of this world')).toEqual([]);
  });

  it('does not join words across punctuation other than a comma, period or dash', () => {
    expect(found('the White: House')).toEqual([]);
    expect(found('the White-House line')).toEqual([['White-House', 'white-house']]);
  });

  it('reads abbreviations with and without periods', () => {
    expect(found('the U.S. embassy')).toEqual([['U.S.', 'united-states']]);
  });
});
