import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../index/load-sources';
import { EntitySearch } from './entity-search';

const index = buildContextIndex(new URL('../..', import.meta.url).pathname);
const search = new EntitySearch(index.entities);
const top = (q: string) => index.entities[search.search(q)[0]?.entity ?? -1]?.id;

describe('EntitySearch', () => {
  it.each([
    ['Rubioo', 'marco-rubio'],
    ['glifosato', 'glyphosate'],
    ['glyphosat', 'glyphosate'],
    ['casa blanca', 'white-house'],
    ['Delcy Rodriguez', 'delcy-rodriguez'],
    ['petro', 'gustavo-petro'],
    ['descertificacion', 'decertification'],
    // Two misspelt words: the popup's search finds them, the page and the look-up do not (see README).
    ['Delci Rodrigues', 'delcy-rodriguez'],
    ['Gustavo Preto', 'gustavo-petro'],
  ])('finds %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds nothing for unrelated words or one letter', () => {
    expect(search.search('zzzzqx')).toEqual([]);
    expect(search.search('p')).toEqual([]);
  });
});
