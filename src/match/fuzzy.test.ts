import Fuse from 'fuse.js/basic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFuzzyIndex, FuzzyCorrector } from './fuzzy';

const index = buildFuzzyIndex(['decertification', 'decertify', 'glyphosate', 'extradition', 'extradicion']);

describe('FuzzyCorrector', () => {
  afterEach(() => vi.restoreAllMocks());

  it('corrects a typo of a vocabulary word, ranked by fuse.js', () => {
    const search = vi.spyOn(Fuse.prototype, 'search');
    const corrector = new FuzzyCorrector(index);
    expect(corrector.correct('glyphosphate')).toBe('glyphosate');
    expect(corrector.correct('decertificaton')).toBe('decertification');
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('answers a word of the same bucket that is a typo of none of its words without fuse.js', () => {
    const search = vi.spyOn(Fuse.prototype, 'search');
    const corrector = new FuzzyCorrector(index);
    // "december" shares "dece" with "decertify"; "extraordinary" shares "extr".
    expect(corrector.correct('december')).toBeUndefined();
    expect(corrector.correct('extraordinary')).toBeUndefined();
    expect(corrector.correct('glyphosate')).toBeUndefined();
    expect(search).not.toHaveBeenCalled();
  });
});
