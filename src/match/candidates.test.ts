import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../index/load-sources';
import { CandidateFilter, compactPrefilter } from './candidates';
import { hashFolded } from './normalize';
import { WordIndex } from './word-index';

const index = buildContextIndex(process.cwd());

/** The typo checks (word, next word) the filter asks for in `text`, and the words it lets through. */
function filterRun(text: string): { typoChecks: string[]; candidates: string[] } {
  const filter = new CandidateFilter(index.matcher.filter);
  const words = new WordIndex();
  words.read(text, filter.prefilter);
  const word = (k: number) => text.slice(words.start[k]!, words.end[k]!);
  const typoChecks: string[] = [];
  const found = filter.candidates(
    text,
    words,
    (k, next) => {
      typoChecks.push(next ? `${word(k)} ${word(k + 1)}` : word(k));
      return true;
    },
    () => false,
  );
  return { typoChecks, candidates: [...found].map(word) };
}

describe('CandidateFilter: a misspelt first word before a second word', () => {
  it('asks for the typo check when the word could be a misspelling of a first word before it', () => {
    // "Donal" for "Donald" (one letter short), "trafco" for "tráfico" (de drogas).
    expect(filterRun('Donal Trump spoke').typoChecks).toContain('Donal Trump');
    expect(filterRun('el trafco de drogas').typoChecks).toContain('trafco de');
  });

  it('does not ask when the word starts with a first word’s letter but is too long or short to be a misspelling', () => {
    // "de" follows "tráfico", "provincia", "República"…: "Reconocimiento" (14 letters) and "tu"
    // start with their letters, but no misspelling of them has that length.
    const { typoChecks, candidates } = filterRun('el Reconocimiento de la verdad, tu de ayer');
    expect(typoChecks).toEqual([]);
    expect(candidates).toEqual([]);
  });
});

describe('CandidateFilter: a first word that is not an alias by itself', () => {
  it('asks whether the next word may follow it only when that word has the letter and a length of one that does', () => {
    // "Marco" leads only to "Rubio": "Rubbio" may be a typo of it, "Polo" and "Rodriguezz" may not.
    const follows: string[] = [];
    const filter = new CandidateFilter(index.matcher.filter);
    const words = new WordIndex();
    for (const text of ['Marco Rubbio spoke', 'Marco Polo spoke', 'Marco Rodriguezz spoke']) {
      words.read(text, filter.prefilter);
      filter.candidates(
        text,
        words,
        () => false,
        (k, j) => {
          follows.push(`${text.slice(words.start[k]!, words.end[k]!)} ${text.slice(words.start[j]!, words.end[j]!)}`);
          return false;
        },
      );
    }
    // Only the first text asks (and, "Rubbio" answered no, whether a middle name stands before "spoke").
    expect(follows).toEqual(['Marco Rubbio', 'Marco spoke']);
  });
});

describe('compactPrefilter', () => {
  it('keeps a short list of hashes as it is', () => {
    expect(compactPrefilter(index.matcher.filter.prefilter)).toEqual(index.matcher.filter.prefilter);
  });

  it("ships a big pack's hashes as the bitmap, which lets the same words through", () => {
    const hashes = Array.from({ length: 600 }, (_, i) => hashFolded(`name${i}`));
    const compact = compactPrefilter(hashes);
    expect(typeof compact).toBe('string');
    const fromList = new CandidateFilter({ ...index.matcher.filter, prefilter: hashes });
    const fromBitmap = new CandidateFilter({ ...index.matcher.filter, prefilter: compact });
    expect(fromBitmap.prefilter).toEqual(fromList.prefilter);
    const words = new WordIndex();
    expect(words.read('name7 name599 other words', fromBitmap.prefilter)).toBe(2);
  });

  it('refuses a bitmap of the wrong size', () => {
    expect(() => new CandidateFilter({ ...index.matcher.filter, prefilter: 'AAAAAA==' })).toThrow(/prefilter of 1 words/);
  });
});
