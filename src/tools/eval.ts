/**
 * `npm run eval`: precision and recall of the matcher on the labelled evaluation set
 * (src/match/eval/*.md), per language. `--verbose` lists every miss and every false match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContextIndex } from '../index/load-sources';
import type { ContextIndex } from '../index/types';
import { indexMatcher, scanHtml, scanText } from './document-scan';
import { parseEvalCases, scoreCase, type Score } from './eval-cases';

export const EVAL_DIR = 'src/match/eval';

export interface LanguageScore extends Score {
  language: string;
  cases: number;
  must: number;
  found: number;
  precision: number;
  recall: number;
}

/** Scores the matcher of `index` on every evaluation file of `dir`, one result per language. */
export function evaluate(index: ContextIndex, dir = EVAL_DIR): LanguageScore[] {
  const ids = new Set(index.entities.map((e) => e.id));
  const matcher = indexMatcher(index);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return files.map((file) => {
    const cases = parseEvalCases(file, readFileSync(join(dir, file), 'utf8'));
    const total: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, unexpected: [], missed: [] };
    let must = 0;
    for (const c of cases) {
      for (const l of c.labels) if (!ids.has(l.entity)) throw new Error(`${file}: case "${c.id}" labels unknown entity "${l.entity}"`);
      must += c.labels.filter((l) => l.expectation === 'must').length;
      const found = (c.kind === 'html' ? scanHtml(`<!doctype html><body>${c.body}</body>`, matcher) : scanText(c.body, matcher)).map((m) => ({
        surface: m.surface,
        entity: index.entities[m.entity]!.id,
      }));
      const score = scoreCase(c.labels, found);
      total.truePositives += score.truePositives;
      total.falsePositives += score.falsePositives;
      total.falseNegatives += score.falseNegatives;
      total.unexpected.push(...score.unexpected.map((u) => `${c.id}: ${u}`));
      total.missed.push(...score.missed.map((u) => `${c.id}: ${u}`));
    }
    const found = total.truePositives + total.falsePositives;
    return {
      ...total,
      language: file.replace(/\.md$/, ''),
      cases: cases.length,
      must,
      found,
      precision: found === 0 ? 1 : total.truePositives / found,
      recall: must === 0 ? 1 : (must - total.falseNegatives) / must,
    };
  });
}

export async function main(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const scores = evaluate(buildContextIndex(process.cwd()));
  console.log('language  cases  must   found  TP     FP   FN   precision  recall');
  for (const s of scores) {
    console.log(
      `${s.language.padEnd(9)} ${String(s.cases).padEnd(6)} ${String(s.must).padEnd(6)} ${String(s.found).padEnd(6)} ${String(s.truePositives).padEnd(6)} ${String(s.falsePositives).padEnd(4)} ${String(s.falseNegatives).padEnd(4)} ${s.precision.toFixed(3).padEnd(10)} ${s.recall.toFixed(3)}`,
    );
    if (verbose || s.unexpected.length + s.missed.length <= 20) {
      for (const u of s.unexpected) console.log(`    false match  ${u}`);
      for (const m of s.missed) console.log(`    missed       ${m}`);
    }
  }
}
