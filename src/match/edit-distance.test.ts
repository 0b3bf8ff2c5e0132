import { describe, expect, it } from 'vitest';
import { editDistance, isTypoOf } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('petro', 'petro', 2)).toBe(0);
    expect(editDistance('pietro', 'petro', 2)).toBe(1);
    expect(editDistance('rbuio', 'rubio', 2)).toBe(1);
    expect(editDistance('glyphosphate', 'glyphosate', 2)).toBe(2);
  });

  it('stops past the budget', () => {
    expect(editDistance('columbus', 'colombia', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('isTypoOf', () => {
  it.each([
    ['glyphosphate', 'glyphosate'],
    ['glyphosat', 'glyphosate'],
    ['narcotraficking', 'narcotrafficking'],
    ['venezuala', 'venezuela'],
    ['extradiction', 'extradition'],
  ])('%s is a typo of %s', (candidate, target) => {
    expect(isTypoOf(candidate, target)).toBe(true);
  });

  it.each([
    ['colombian', 'colombia'],
    ['venezuelan', 'venezuela'],
    ['canciller', 'cancilleria'],
    ['extraccion', 'extradicion'],
    ['columbus', 'colombia'],
    ['glyphosate', 'glyphosate'],
  ])('%s is not a typo of %s', (candidate, target) => {
    expect(isTypoOf(candidate, target)).toBe(false);
  });
});
