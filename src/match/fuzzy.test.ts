import { describe, expect, it } from 'vitest';
import { isTypoOf } from './edit-distance';
import { buildFuzzyIndex, FuzzyCorrector } from './fuzzy';

const index = buildFuzzyIndex(['decertification', 'decertify', 'glyphosate', 'extradition', 'extradicion']);

describe('FuzzyCorrector', () => {
  it('corrects a typo of a vocabulary word', () => {
    const corrector = new FuzzyCorrector(index);
    expect(corrector.correct('glyphosphate')).toBe('glyphosate');
    expect(corrector.correct('decertificaton')).toBe('decertification');
  });

  it('corrects a typo of two vocabulary words to the closer one, whichever is listed first', () => {
    const corrector = new FuzzyCorrector(index);
    // Each is within the typo rules of both words of the bucket "extr": one edit from one of them,
    // two from the other.
    for (const [typo, closer, farther] of [
      ['extraditiom', 'extradition', 'extradicion'],
      ['extradiciom', 'extradicion', 'extradition'],
    ] as const) {
      expect([isTypoOf(typo, closer), isTypoOf(typo, farther)], typo).toEqual([true, true]);
      expect(corrector.correct(typo), typo).toBe(closer);
    }
  });

  it('leaves a word of the same bucket that is a typo of none of its words, a vocabulary word and a short word', () => {
    const corrector = new FuzzyCorrector(index);
    // "december" shares "dece" with "decertify"; "extraordinary" shares "extr".
    expect(corrector.correct('december')).toBeUndefined();
    expect(corrector.correct('extraordinary')).toBeUndefined();
    expect(corrector.correct('glyphosate')).toBeUndefined();
    expect(corrector.correct('glypho')).toBeUndefined();
  });

  it('ships only the words: no search index to parse on a page', () => {
    expect(index.buckets.extr).toEqual({ words: ['extradicion', 'extradition'] });
  });
});
