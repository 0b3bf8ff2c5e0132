import { describe, expect, it } from 'vitest';
import { buildContextIndex } from '../index/load-sources';
import { evaluate } from './eval';

const ROOT = new URL('../..', import.meta.url).pathname;
const scores = evaluate(buildContextIndex(ROOT), `${ROOT}src/match/eval`);

describe('the matcher on the labelled evaluation set', () => {
  it('covers English and Spanish with a real number of mentions', () => {
    expect(scores.map((s) => s.language)).toEqual(['en', 'es']);
    for (const s of scores) expect(s.must, s.language).toBeGreaterThan(200);
  });

  it.each(['en', 'es'])('%s: precision >= 0.98 and recall >= 0.95', (language) => {
    const score = scores.find((s) => s.language === language)!;
    expect(score.precision, `false matches: ${score.unexpected.join('; ')}`).toBeGreaterThanOrEqual(0.98);
    expect(score.recall, `missed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
