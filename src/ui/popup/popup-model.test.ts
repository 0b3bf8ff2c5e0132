import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../../index/load-sources';
import { groupByKind } from './popup-model';

const index = buildContextIndex(new URL('../../..', import.meta.url).pathname);

describe('groupByKind', () => {
  it('groups by kind in a fixed order, most mentioned first, in the reader language', () => {
    const groups = groupByKind(
      index.entities,
      {
        entities: [
          { id: 'glyphosate', count: 2 },
          { id: 'marco-rubio', count: 1 },
          { id: 'gustavo-petro', count: 5 },
          { id: 'unknown-id', count: 9 },
        ],
      },
      'es',
    );
    expect(groups).toEqual([
      {
        kind: 'person',
        entities: [
          { id: 'gustavo-petro', name: 'Gustavo Petro', count: 5 },
          { id: 'marco-rubio', name: 'Marco Rubio', count: 1 },
        ],
      },
      { kind: 'term', entities: [{ id: 'glyphosate', name: 'glifosato', count: 2 }] },
    ]);
  });
});
