import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../index/load-sources';
import { lookUpEntity, quoteSelection, QUOTED_SELECTION_MAX } from './look-up';
import { matcherFromData } from './matcher';

/** The index and the matcher as the extension ships them. */
const index = buildContextIndex(new URL('../..', import.meta.url).pathname);
const matcher = matcherFromData(index.matcher, index.fuzzy);
const idOf = (entity: number | undefined) => (entity === undefined ? undefined : index.entities[entity]!.id);
const lookUp = (text: string, named?: (entity: number) => boolean) => idOf(lookUpEntity(matcher, text, named));

describe('looking up a selection', () => {
  it.each([
    ['Gustavo Petro', 'gustavo-petro'],
    ['President Petro said on Monday', 'gustavo-petro'],
    ['Rubio', 'marco-rubio'],
    ['Delcy Rodriguez', 'delcy-rodriguez'],
    ['glifosato', 'glyphosate'],
    // The page's typo rules: one misspelt word of a name, a long word of the vocabulary.
    ['Gustavo Pietro', 'gustavo-petro'],
    ['Delci Rodríguez', 'delcy-rodriguez'],
    ['Venezuala', 'venezuela'],
  ])('answers %s', (text, id) => {
    expect(lookUp(text)).toBe(id);
  });

  it.each(['petroleum', 'James Rodríguez', 'Mario', 'Colombian coffee', 'Anselmo Rubio', 'Gustavo Prieto', 'Petrobras', 'a trump card', 'zzzzqx'])(
    'says there is no background for what the page would not underline: %s',
    (text) => {
      expect(lookUp(text)).toBeUndefined();
    },
  );

  it('answers a common surname alone only when the page names its entity', () => {
    const delcy = index.entities.findIndex((e) => e.id === 'delcy-rodriguez');
    expect(lookUp('Rodríguez')).toBeUndefined();
    expect(lookUp('Rodríguez', (entity) => entity === delcy)).toBe('delcy-rodriguez');
    expect(lookUp('James Rodríguez', (entity) => entity === delcy)).toBeUndefined();
  });
});

describe('quoting a selection back', () => {
  it('keeps a short one as it is, on one line', () => {
    expect(quoteSelection('  Colombian\n coffee ')).toBe('Colombian coffee');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    const long = 'The Colombian coffee growers federation said on Monday that exports rose for the third month in a row';
    const quoted = quoteSelection(long);
    expect(quoted.length).toBeLessThanOrEqual(QUOTED_SELECTION_MAX);
    expect(quoted).toBe('The Colombian coffee growers federation said on Monday that exports rose for…');
    expect(long.startsWith(quoted.slice(0, -1))).toBe(true);
  });

  it('cuts a long word where it must, never inside a character', () => {
    const emoji = '😀'.repeat(50);
    const quoted = quoteSelection(emoji, 11);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(11);
    expect(quoted.slice(0, -1)).toBe('😀'.repeat(quoted.slice(0, -1).length / 2));
  });
});
