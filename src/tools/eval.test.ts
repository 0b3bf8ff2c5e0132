import { readFileSync } from 'node:fs';
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

describe('cases that once failed (a review of 2026-11-27)', () => {
  // Each is a mistake a reader would notice; the thresholds above would not.
  const CASES = [
    'gobierno-y-administracion-antes-del-apellido',
    'usa-verbo-trampa',
    'segundo-nombre-no-cruza-comas',
    'nombre-de-pila-no-es-errata',
    'colombina-y-cancilleres-trampa',
    'caracteres-invisibles-dentro-de-palabras',
    'weekday-or-month-before-a-surname',
    'middle-name-skip-stops-at-commas',
    'nombre-de-pila-con-otro-apellido',
    'given-name-in-a-title-case-headline',
    'middle-name-across-a-line-break',
    'cordoba-lugar-en-pagina-que-nombra-a-piedad',
    'trump-properties-trap',
  ];

  it('are all in the set, and each finds what it must and nothing it must not', () => {
    const wrong = scores.flatMap((s) => [...s.unexpected, ...s.missed]).filter((line) => CASES.some((name) => line.startsWith(`${name}:`)));
    expect(wrong).toEqual([]);
    const headings = ['en', 'es'].flatMap((language) => [...readFileSync(`${ROOT}src/match/eval/${language}.md`, 'utf8').matchAll(/^## (\S+)$/gm)].map((m) => m[1]));
    expect(CASES.filter((name) => !headings.includes(name))).toEqual([]);
  });
});
