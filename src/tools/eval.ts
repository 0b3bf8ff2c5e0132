/**
 * `npm run eval`: precision and recall of the matcher on the labelled evaluation set
 * (src/match/eval/*.md), per language. `--verbose` lists every miss and every false match.
 * `--pack FILE.backstory.json` (repeatable) scores the page index of the built-in pack and those
 * packs together, as a reader who installed them gets it, next to the built-in pack alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import type { ContextIndex } from '../index/types';
import type { Matcher } from '../match/matcher';
import { fold, tokenize } from '../match/normalize';
import type { ContextPack } from '../packs/pack-format';
import { packKey } from '../packs/pack-key';
import { compilePageIndex } from '../packs/compile-page-index';
import { openPageIndex, type MatchablePack } from '../packs/page-index';
import { readPack } from '../packs/read-pack';
import { indexMatcher, scanHtml, scanText } from './document-scan';
import { parseEvalCases, scoreCase, type Label, type Score } from './eval-cases';

export const EVAL_DIR = 'src/match/eval';

export interface LanguageScore extends Score {
  language: string;
  cases: number;
  must: number;
  found: number;
  precision: number;
  recall: number;
  /** Matches of entities the labels do not know (another pack's) on text no label marks: not scored. */
  unjudged: string[];
}

/** What is scored: a matcher, the entity ids in its order, and the ids the labels judge. */
export interface EvalTarget {
  matcher: Matcher;
  ids: readonly string[];
  /** The entities the set labels (the built-in pack's); the others are another pack's. Default: all. */
  judged?: ReadonlySet<string>;
}

/** Whether `inner`'s words appear, in order and together, among `outer`'s ("Delcy" in "Delcy Meets Trump"). */
function containsWords(outer: string, inner: string): boolean {
  const words = (text: string) => tokenize(text).map((t) => fold(t.surface));
  return ` ${words(outer).join(' ')} `.includes(` ${words(inner).join(' ')} `);
}

/**
 * Scores `target` on every evaluation file of `dir`, one result per language (a context index is
 * scored through the matcher it ships). Another pack's entity is a false match where it took a
 * labelled mention from the built-in entity: found on a surface a must/may label gives the built-in
 * entity, or over the words of a must-mention that was then not found ("Extradition requests" over
 * "Extradition"; the labels have no positions, so words stand for them). Found elsewhere, the labels
 * cannot judge it (it may well be that pack's Córdoba): it is listed as unjudged, not scored.
 */
export function evaluate(target: ContextIndex | EvalTarget, dir = EVAL_DIR): LanguageScore[] {
  const { matcher, ids, judged = new Set(ids) } = 'ids' in target ? target : { matcher: indexMatcher(target), ids: target.entities.map((e) => e.id) };
  const known = new Set(ids);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((file) => {
    const cases = parseEvalCases(file, readFileSync(join(dir, file), 'utf8'));
    const total: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, unexpected: [], missed: [], missedSurfaces: [] };
    const unjudged: string[] = [];
    let must = 0;
    for (const c of cases) {
      for (const l of c.labels) if (!known.has(l.entity)) throw new Error(`${file}: case "${c.id}" labels unknown entity "${l.entity}"`);
      must += c.labels.filter((l) => l.expectation === 'must').length;
      const found = (c.kind === 'html' ? scanHtml(`<!doctype html><body>${c.body}</body>`, matcher) : scanText(c.body, matcher)).map((m) => ({ surface: m.surface, entity: ids[m.entity]! }));
      const labelled = new Set(c.labels.filter((l: Label) => l.expectation !== 'never').map((l) => l.surface));
      const foreign = found.filter((f) => !judged.has(f.entity));
      const taken = foreign.filter((f) => labelled.has(f.surface));
      const score = scoreCase(c.labels, [...found.filter((f) => judged.has(f.entity)), ...taken]);
      const rest = foreign.filter((f) => !labelled.has(f.surface));
      const over = rest.filter((f) => score.missedSurfaces.some((s) => containsWords(f.surface, s)));
      unjudged.push(...rest.filter((f) => !over.includes(f)).map((f) => `${c.id}: ${f.entity}: ${f.surface}`));
      total.truePositives += score.truePositives;
      total.falsePositives += score.falsePositives + over.length;
      total.falseNegatives += score.falseNegatives;
      total.unexpected.push(...score.unexpected.map((u) => `${c.id}: ${u}`), ...over.map((f) => `${c.id}: ${f.entity}: ${f.surface} (over a labelled mention)`));
      total.missed.push(...score.missed.map((u) => `${c.id}: ${u}`));
      total.missedSurfaces.push(...score.missedSurfaces);
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
      unjudged,
    };
  });
}

/** A pack's matching part, as the store gives it to the page index. */
export function matchablePack(pack: ContextPack): MatchablePack {
  return { key: packKey(pack.meta), rules: pack.rules, entities: pack.entities };
}

/** The page index of the built-in pack and `packs` (ranked below it), opened as a page opens it. */
export function withPacks(root: string, index: ContextIndex, packs: readonly ContextPack[]): EvalTarget {
  const builtIn = builtInPack(root, index);
  const page = openPageIndex(compilePageIndex([builtIn, ...packs].map(matchablePack)));
  return { matcher: page.matcher, ids: page.ids(), judged: new Set(builtIn.entities.map((e) => e.id)) };
}

function printScores(title: string, scores: LanguageScore[], verbose: boolean): void {
  console.log(title);
  console.log('language  cases  must   found  TP     FP   FN   precision  recall  unjudged');
  for (const s of scores) {
    console.log(
      `${s.language.padEnd(9)} ${String(s.cases).padEnd(6)} ${String(s.must).padEnd(6)} ${String(s.found).padEnd(6)} ${String(s.truePositives).padEnd(6)} ${String(s.falsePositives).padEnd(4)} ${String(s.falseNegatives).padEnd(4)} ${s.precision.toFixed(3).padEnd(10)} ${s.recall.toFixed(3).padEnd(7)} ${s.unjudged.length}`,
    );
    if (verbose || s.unexpected.length + s.missed.length <= 20) {
      for (const u of s.unexpected) console.log(`    false match  ${u}`);
      for (const m of s.missed) console.log(`    missed       ${m}`);
    }
    if (verbose) for (const u of s.unjudged) console.log(`    unjudged     ${u}`);
  }
}

export async function main(args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const packFiles = args.flatMap((a, i) => (args[i - 1] === '--pack' ? [a] : []));
  const index = buildContextIndex(process.cwd());
  printScores(packFiles.length ? 'built-in pack alone' : 'built-in pack', evaluate(index), verbose && packFiles.length === 0);
  if (packFiles.length === 0) return;
  const packs = packFiles.map((file) => readPack(readFileSync(file, 'utf8'), statSync(file).size));
  const started = performance.now();
  const target = withPacks(process.cwd(), index, packs);
  const compiled = performance.now() - started;
  console.log('');
  printScores(
    `with ${packs.map((p) => `"${p.meta.name}" (${p.meta.entities.toLocaleString('en')} entities)`).join(', ')} (page index compiled in ${Math.round(compiled)} ms)`,
    evaluate(target),
    verbose,
  );
  console.log("unjudged: matches of the other packs' entities on text no label marks (not scored; --verbose lists them)");
}
