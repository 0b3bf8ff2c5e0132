import Fuse from 'fuse.js/basic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTypoOf } from './edit-distance';
import { buildFuzzyIndex, FuzzyCorrector } from './fuzzy';

const index = buildFuzzyIndex(['decertification', 'decertify', 'glyphosate', 'extradition', 'extradicion']);

describe('FuzzyCorrector', () => {
  afterEach(() => vi.restoreAllMocks());

  it('corrects a typo of a vocabulary word', () => {
    const corrector = new FuzzyCorrector(index);
    expect(corrector.correct('glyphosphate')).toBe('glyphosate');
    expect(corrector.correct('decertificaton')).toBe('decertification');
  });

  it('corrects a typo of two vocabulary words to the one fuse.js ranks closer', () => {
    const corrector = new FuzzyCorrector(index);
    // Each is within the typo rules of both words of the bucket "extr": one edit from one of them,
    // two from the other. fuse.js decides, whichever of the two is listed first.
    for (const [typo, closer, farther] of [
      ['extraditiom', 'extradition', 'extradicion'],
      ['extradiciom', 'extradicion', 'extradition'],
    ] as const) {
      expect([isTypoOf(typo, closer), isTypoOf(typo, farther)], typo).toEqual([true, true]);
      expect(corrector.correct(typo), typo).toBe(closer);
    }
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
