import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../shared/definitions';
import { keepSupported } from './guards';
import { createMatcher, type MatchableEntity } from './matcher';

function person(id: string, full: string, surname: string): MatchableEntity {
  const kind: EntityKind = 'person';
  return {
    id,
    kind,
    aliases: [
      { text: full, case: 'capitalized' },
      { text: surname, case: 'capitalized', needsFullName: true },
    ],
  };
}

// Two packs' Rodríguez: the same surname, each needing its full name on the page.
const ENTITIES = [person('delcy-rodriguez', 'Delcy Rodríguez', 'Rodríguez'), person('james-rodriguez', 'James Rodríguez', 'Rodríguez')];
const matcher = createMatcher(ENTITIES);

/** What a whole document shows, as [surface, entity id] pairs. */
function shown(text: string): [string, string][] {
  return keepSupported(matcher.scan(text)).map((m) => [text.slice(m.start, m.end), ENTITIES[m.entity]!.id]);
}

describe('an alias two entities share', () => {
  it('goes to the one the page names in full', () => {
    expect(shown('Delcy Rodríguez spoke in Caracas. Rodríguez said the talks would go on.')).toEqual([
      ['Delcy Rodríguez', 'delcy-rodriguez'],
      ['Rodríguez', 'delcy-rodriguez'],
    ]);
    expect(shown('James Rodríguez scored twice. Rodríguez was named man of the match.')).toEqual([
      ['James Rodríguez', 'james-rodriguez'],
      ['Rodríguez', 'james-rodriguez'],
    ]);
  });

  it('is left unpainted where the page names neither, or both', () => {
    expect(shown('Rodríguez said the talks would go on.')).toEqual([]);
    expect(shown('Delcy Rodríguez met James Rodríguez. Rodríguez smiled.')).toEqual([
      ['Delcy Rodríguez', 'delcy-rodriguez'],
      ['James Rodríguez', 'james-rodriguez'],
    ]);
  });

  it('is reported once per entity, at the same place, each naming the other as rival', () => {
    const matches = matcher.scan('Rodríguez');
    expect(matches.map((m) => [m.start, m.end, m.entity, m.rivals])).toEqual([
      [0, 9, 0, [1]],
      [0, 9, 1, [0]],
    ]);
  });
});
