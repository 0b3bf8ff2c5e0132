/**
 * `npm run eval`: precision and recall of the matcher on the labelled evaluation set
 * (src/match/eval/*.md), per language. `--verbose` lists every miss and every false match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContextIndex } from '../index/load-sources';
import { indexMatcher, scanHtml, scanText } from './document-scan';
import { parseEvalCases, scoreCase, type Score } from './eval-cases';

export const EVAL_DIR = 'src/match/eval';

export async function main(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const index = buildContextIndex(process.cwd());
  const ids = new Set(index.entities.map((e) => e.id));
  const matcher = indexMatcher(index);
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.md')).sort();
  console.log('language  cases  must   found  TP     FP   FN   precision  recall');
  for (const file of files) {
    const cases = parseEvalCases(file, readFileSync(join(EVAL_DIR, file), 'utf8'));
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
    const precision = found === 0 ? 1 : total.truePositives / found;
    const recall = must === 0 ? 1 : (must - total.falseNegatives) / must;
    const lang = file.replace(/\.md$/, '');
    console.log(
      `${lang.padEnd(9)} ${String(cases.length).padEnd(6)} ${String(must).padEnd(6)} ${String(found).padEnd(6)} ${String(total.truePositives).padEnd(6)} ${String(total.falsePositives).padEnd(4)} ${String(total.falseNegatives).padEnd(4)} ${precision.toFixed(3).padEnd(10)} ${recall.toFixed(3)}`,
    );
    if (verbose || total.unexpected.length + total.missed.length <= 20) {
      for (const u of total.unexpected) console.log(`    false match  ${u}`);
      for (const m of total.missed) console.log(`    missed       ${m}`);
    }
  }
}
