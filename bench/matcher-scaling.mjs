// Part 2: does scanning cost stay flat as the index grows? The matcher (src/match/matcher.ts, the same
// code the content script runs) scans a 1 MB news text with the real index and with a 10,000-entity
// index that contains it, in Node, where nothing else competes for the thread.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../src/tools/local-server.mjs';
import { articlesText, newsArticles } from './news-prose.mjs';
import { fmt, median } from './stats.mjs';
import { syntheticIndex } from './synthetic-index.mjs';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 15;
const TEXT_CHARS = 1_000_000;

/**
 * Bundles the matcher for Node and imports it; the bundle lives in a temp dir removed right after.
 * @returns {Promise<typeof import('../src/match/matcher')>}
 */
async function importMatcher() {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const result = await esbuild.build({
      entryPoints: [join(ROOT, 'src/match/matcher.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild wrote no matcher bundle');
    const file = join(dir, 'matcher.mjs');
    writeFileSync(file, output.contents);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @template T
 * @param {() => T} fn
 */
function timeMs(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/**
 * Times `matcher.scan` over a 1 MB text with the real index and with a 10,000-entity one.
 * @param {{ entities: import('../src/index/types').IndexEntity[] }} index the built context index
 * @returns {Promise<string[]>} the lines to print
 */
export async function matcherScaling(index) {
  const { createMatcher } = await importMatcher();
  const text = articlesText(newsArticles({ chars: TEXT_CHARS, seed: 3, entities: index.entities })).slice(0, TEXT_CHARS);
  const vocabulary = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
  const bigEntities = syntheticIndex(index.entities, vocabulary);

  const real = timeMs(() => createMatcher(index.entities));
  const big = timeMs(() => createMatcher(bigEntities));
  const matchers = { real: real.value, big: big.value };

  /** @type {Record<'real' | 'big', number[]>} */
  const runs = { real: [], big: [] };
  /** @type {Record<'real' | 'big', import('../src/match/matcher').TextMatch[]>} */
  const found = { real: [], big: [] };
  for (let i = 0; i < WARMUP_RUNS + TIMED_RUNS; i++) {
    // Alternating the two spreads any drift (GC, CPU frequency) over both.
    for (const which of /** @type {const} */ (['real', 'big'])) {
      const { ms, value } = timeMs(() => matchers[which].scan(text));
      if (i >= WARMUP_RUNS) runs[which].push(ms);
      found[which] = value;
    }
  }
  const same = JSON.stringify(found.real) === JSON.stringify(found.big);
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const realMs = median(runs.real);
  const bigMs = median(runs.big);
  const aliasCount = (/** @type {import('../src/match/matcher').MatchableEntity[]} */ entities) => entities.reduce((n, e) => n + e.aliases.length, 0);
  return [
    `text: ${(text.length / 1e6).toFixed(2)} M chars, ${words.toLocaleString('en')} words, ${found.real.length} matches with the real index (${fmt((found.real.length / words) * 1000, 2)} per 1,000 words)`,
    `indexes: real ${index.entities.length} entities / ${aliasCount(index.entities)} aliases; synthetic ${bigEntities.length.toLocaleString('en')} entities / ${aliasCount(bigEntities).toLocaleString('en')} aliases (real ones included)`,
    `same matches with both indexes: ${same ? 'yes' : `NO (real ${found.real.length}, 10k ${found.big.length})`}`,
    `createMatcher(entities), no options (fuzzy index built from the entities): real ${fmt(real.ms)} ms, 10k ${fmt(big.ms)} ms (one cold build each)`,
    `scan, median of ${TIMED_RUNS} after ${WARMUP_RUNS} warm-ups: real ${fmt(realMs)} ms (min ${fmt(Math.min(...runs.real))}), 10k ${fmt(bigMs)} ms (min ${fmt(Math.min(...runs.big))})`,
    `ratio 10k / real: ${fmt(bigMs / realMs, 2)}×   (target ≤ 1.3×)`,
  ];
}
