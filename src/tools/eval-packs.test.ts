import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContextIndex } from '../index/compile';
import { packFromIndex } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import { fold } from '../match/normalize';
import { evaluate, withPacks } from './eval';
import { generatePackSources } from './pack-generator/generate';

const ROOT = new URL('../..', import.meta.url).pathname;
const EVAL = `${ROOT}src/match/eval`;
const index = buildContextIndex(ROOT);
const rules = JSON.parse(readFileSync(`${ROOT}assets/context/entities.json`, 'utf8')).rules;
// The benchmark pack's generator at a twentieth of its size: the colliding names come first, so
// this small pack is nearly all Petros, Rubios, Trumps, Rodríguez, Córdobas and Casa Blancas.
const sources = generatePackSources({ entities: 500, articles: 100, seed: 14 }, rules);
const generated = packFromIndex(compileContextIndex({ ...sources, version: 'test' }), rules, { name: 'Generated', publisher: 'test' });

const alone = evaluate(index, EVAL);
const together = evaluate(withPacks(ROOT, index, [generated]), EVAL);

describe('the evaluation set with a pack of colliding names installed', () => {
  it('is a real collision: the pack shares one-word aliases with the built-in pack', () => {
    const words = (entities: typeof generated.entities) => new Set(entities.flatMap((e) => e.aliases.map((a) => fold(a.text))).filter((t) => !t.includes(' ')));
    const builtIn = words(index.entities);
    const shared = [...words(generated.entities)].filter((w) => builtIn.has(w));
    expect(shared).toEqual(expect.arrayContaining(['petro', 'rubio', 'trump', 'rodriguez', 'cordoba']));
  });

  it.each(['en', 'es'])('%s: precision does not drop', (language) => {
    const before = alone.find((s) => s.language === language)!;
    const after = together.find((s) => s.language === language)!;
    expect(after.precision, `false matches: ${after.unexpected.join('; ')}`).toBeGreaterThanOrEqual(before.precision);
  });

  it.each(['en', 'es'])('%s: recall holds (a bare shared surname is still the pack ranked first)', (language) => {
    const before = alone.find((s) => s.language === language)!;
    const after = together.find((s) => s.language === language)!;
    expect(after.recall, `missed: ${after.missed.join('; ')}`).toBeGreaterThanOrEqual(before.recall - 0.01);
  });
});
