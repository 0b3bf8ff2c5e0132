import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../index/load-sources';
import { CandidateFilter } from './candidates';
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
