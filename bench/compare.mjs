#!/usr/bin/env node
// Compares the content script's CPU of two builds on the corpus pages, paired: every page is loaded
// with build A and with build B in turn (which goes first alternates), each in its own Chromium, so
// the VM's drift over a run (the same page can cost noticeably more later on) falls on both. A change
// too small for one bench run per build to tell shows here.
//   node bench/compare.mjs DIST_A DIST_B [rounds] [1mb|dense|tiny]   (a dist/chrome directory of each build;
//   1mb: the generated 1 MB page instead of the corpus; dense: the 1 MB page of thousands of matches;
//   tiny: start-up alone, a page of one sentence)
// To build an earlier commit: git worktree add /tmp/base COMMIT; ln -s "$PWD/node_modules" /tmp/base/;
// (cd /tmp/base && node build.mjs); then DIST_A is /tmp/base/dist/chrome.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../src/tools/chromium.mjs';
import { builtIndex, CORPUS_DIR, startServer } from '../src/tools/local-server.mjs';
import { newsPageHtml } from './news-page.mjs';
import { densePageHtml } from './dense-page.mjs';
import { startPageServer } from './page-server.mjs';
import { openBenchTab } from './bench-tab.mjs';
import { measureExtensionLoad } from './extension-cpu.mjs';
import { watchExtensionWorld } from './extension-idle.mjs';
import { median } from './stats.mjs';

const [distA, distB, rounds = '2', which = 'corpus'] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node bench/compare.mjs DIST_A DIST_B [rounds] [1mb|dense|tiny]');
  process.exit(2);
}

/** @param {string} dist */
async function openBuild(dist) {
  const extension = await launchWithExtension({ dist: resolve(dist) });
  const opened = await openBenchTab(extension.context);
  const tab = { ...opened, world: watchExtensionWorld(opened.cdp, extension.extensionId) };
  const measure = (/** @type {string} */ url) => measureExtensionLoad(tab, url, extension.extensionId).then((r) => r.ms);
  return { extension, measure };
}

/** @type {Record<string, [path: string, html: () => string]>} */
const GENERATED = {
  '1mb': ['/news-1mb.html', () => newsPageHtml({ entities: builtIndex().entities })],
  dense: ['/dense-1mb.html', () => densePageHtml({ index: builtIndex(), corpusDir: CORPUS_DIR })],
  tiny: ['/tiny.html', () => '<!doctype html><title>tiny</title><p>Nothing to see here.</p>'],
};
const generated = GENERATED[which];
const corpus = generated ? await startPageServer({ [generated[0]]: generated[1]() }) : await startServer();
const pages = generated
  ? [`${corpus.origin}${generated[0]}`]
  : readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `${corpus.origin}/corpus/${f}`);
/** @type {[Awaited<ReturnType<typeof openBuild>>, Awaited<ReturnType<typeof openBuild>>]} */
const builds = [await openBuild(distA), await openBuild(distB)];
try {
  // The first load of each browser pays for its service worker and caches.
  const [first] = pages;
  if (first) for (const build of builds) await build.measure(first);
  /**
   * Per page, per build, the loads' CPU.
   * @type {[number[], number[]][]}
   */
  const ms = pages.map(() => [[], []]);
  let turn = 0;
  for (let round = 0; round < Number(rounds); round++) {
    for (const [p, url] of pages.entries()) {
      const loads = /** @type {[number[], number[]]} */ (ms[p]);
      /** @type {(0 | 1)[]} */
      const order = turn++ % 2 === 0 ? [0, 1] : [1, 0];
      for (const b of order) loads[b].push(await builds[b].measure(url));
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[Kround ${round + 1}/${rounds} page ${p + 1}/${pages.length}`);
    }
  }
  const perPage = ms.map(([a, b]) => /** @type {[number, number]} */ ([median(a), median(b)]));
  const diffs = perPage.map(([a, b]) => b - a);
  const mean = (/** @type {number[]} */ xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(mean(diffs.map((d) => (d - mean(diffs)) ** 2)));
  const fmt = (/** @type {number} */ x) => x.toFixed(2);
  console.log(`\n${pages.length} page(s), ${rounds} load(s) of each per build, paired (median per page)`);
  console.log(`A ${distA}: median of pages ${fmt(median(perPage.map(([a]) => a)))} ms`);
  console.log(`B ${distB}: median of pages ${fmt(median(perPage.map(([, b]) => b)))} ms`);
  console.log(
    `B - A per page: median ${fmt(median(diffs))} ms, mean ${fmt(mean(diffs))} ± ${fmt(sd / Math.sqrt(diffs.length))} ms (standard error); B cheaper on ${diffs.filter((d) => d < 0).length}/${diffs.length} pages`,
  );
  if (pages.length === 1) {
    // One page: its loads are the pairs (A and B loaded one after the other, in turn).
    const [a, b] = /** @type {[number[], number[]]} */ (ms[0]);
    const pairs = a.map((x, i) => /** @type {number} */ (b[i]) - x).sort((x, y) => x - y);
    const quartile = (/** @type {number} */ q) => /** @type {number} */ (pairs[Math.floor(q * (pairs.length - 1))]);
    console.log(
      `B - A per load (paired): median ${fmt(median(pairs))} ms, middle half ${fmt(quartile(0.25))} to ${fmt(quartile(0.75))} ms; B cheaper in ${pairs.filter((d) => d < 0).length}/${pairs.length} loads`,
    );
  }
} finally {
  for (const build of builds) await build.extension.close();
  await corpus.close();
}
