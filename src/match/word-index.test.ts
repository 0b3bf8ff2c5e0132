import { describe, expect, it } from 'vitest';
import { hashFolded } from './normalize';
import { PREFILTER_MASK, PREFILTER_WORDS, setPrefilterBit, WordIndex } from './word-index';

function flaggedWords(text: string, prefilter: Uint32Array): string[] {
  const words = new WordIndex();
  words.read(text, prefilter);
  return [...words.flagged.subarray(0, words.flaggedCount)].map((k) => text.slice(words.start[k]!, words.end[k]!));
}

describe('WordIndex prefilter', () => {
  it('flags the words whose hash (or first four letters) was set, folded, and no others', () => {
    const prefilter = new Uint32Array(PREFILTER_WORDS);
    setPrefilterBit(prefilter, hashFolded('petro'));
    setPrefilterBit(prefilter, hashFolded('glif'));
    expect(flaggedWords('Petro habló del glifosato y de Pedro', prefilter)).toEqual(['Petro', 'glifosato']);
  });

  it('needs both bits of a hash: a word whose first bit alone is set (by another hash) is not flagged', () => {
    const prefilter = new Uint32Array(PREFILTER_WORDS);
    const slot = hashFolded('rubio') & PREFILTER_MASK;
    prefilter[slot >>> 5]! |= 1 << (slot & 31);
    expect(flaggedWords('Rubio spoke', prefilter)).toEqual([]);
    setPrefilterBit(prefilter, hashFolded('rubio'));
    expect(flaggedWords('Rubio spoke', prefilter)).toEqual(['Rubio']);
  });
});
