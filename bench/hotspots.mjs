#!/usr/bin/env node
// Where the content script's CPU goes on one page: loads it with the extension (build it first with
// `node build.mjs --no-minify` for readable names), profiles the load as Part 1 does, and prints the
// content script's time per function (its own time plus the browser calls it makes) and per phase.
//   node bench/hotspots.mjs [corpus page name | corpus | 1mb | dense | tiny] [loads]   (corpus: every page, summed;
//   dense: the 1 MB page of thousands of matches)
//   EXTRA_ARGS="--js-flags=…" passes flags to Chromium (e.g. --no-lazy, to see what compiling costs)
//   PACK=FILE.backstory.json installs that pack from the options page first
import { launchWithExtension } from '../src/tools/chromium.mjs';
import { ownedSamples } from './cpu-profile.mjs';
import { readdirSync } from 'node:fs';
import { builtIndex, CORPUS_DIR, startServer } from '../src/tools/local-server.mjs';
import { openBenchTab } from './bench-tab.mjs';
import { watchExtensionWorld } from './extension-idle.mjs';
import { newsPageHtml } from './news-page.mjs';
import { densePageHtml } from './dense-page.mjs';
import { startPageServer } from './page-server.mjs';
import { installPack } from './pack-install.mjs';

const [name = '1mb', loads = '3'] = process.argv.slice(2);
const index = builtIndex();
const corpus = await startServer();
const generated = await startPageServer({
  '/news-1mb.html': newsPageHtml({ entities: index.entities }),
  '/dense.html': densePageHtml({ index, corpusDir: CORPUS_DIR }),
  // Start-up alone: a page with one short paragraph that names no one.
  '/tiny.html': '<!doctype html><title>tiny</title><p>Nothing to see here.</p>',
});
const corpusUrl = (/** @type {string} */ page) => `${corpus.origin}/corpus/${page}.html`;
// `corpus`: every corpus page in turn, `loads` times each (the profile of a typical page, summed).
const urls =
  name === 'corpus'
    ? readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.html'))
        .map((f) => corpusUrl(f.replace(/\.html$/, '')))
    : [{ '1mb': `${generated.origin}/news-1mb.html`, dense: `${generated.origin}/dense.html`, tiny: `${generated.origin}/tiny.html` }[name] ?? corpusUrl(name)];
const url = urls.length === 1 ? urls[0] : `${urls.length} corpus pages`;
const extension = await launchWithExtension({ args: process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(' ') : [] });
const base = `chrome-extension://${extension.extensionId}/`;
try {
  if (process.env.PACK) await installPack(extension, process.env.PACK);
  const opened = await openBenchTab(extension.context);
  const tab = { ...opened, world: watchExtensionWorld(opened.cdp, extension.extensionId) };
  const byFunction = new Map();
  const inclusive = new Map();
  let total = 0;
  const perLoad = [];
  const plan = [urls[0], ...urls.flatMap((u) => Array(Number(loads)).fill(u))];
  for (let i = 0; i < plan.length; i++) {
    await tab.page.goto('about:blank');
    await tab.page.bringToFront();
    await tab.cdp.send('Profiler.start');
    await tab.page.goto(plan[i], { waitUntil: 'commit' });
    await tab.world.waitUntilDone(10_000);
    const { profile } = await tab.cdp.send('Profiler.stop');
    if (i === 0) continue; // the first load warms the browser
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    /** @type {Map<number, number>} */
    const parent = new Map();
    /** @param {number} id */
    const frameOf = (id) => /** @type {import('./cpu-profile.mjs').CallFrame} */ (byId.get(id)?.callFrame);
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The innermost extension frame of each sample's stack gets the sample.
    const owner = (/** @type {number} */ id) => {
      for (let /** @type {number | undefined} */ at = id; at !== undefined; at = parent.get(at)) {
        const f = frameOf(at);
        if (f.url.startsWith(base)) return `${f.functionName || '(anonymous)'} ${f.url.slice(base.length)}:${f.lineNumber + 1}`;
      }
      return undefined;
    };
    const stackCache = new Map();
    const stackOf = (/** @type {number} */ id) => {
      /** @type {Set<string>} */
      const names = new Set();
      for (let /** @type {number | undefined} */ at = id; at !== undefined; at = parent.get(at)) {
        const f = frameOf(at);
        if (f.url.startsWith(base)) names.add(`${f.functionName || '(anonymous)'} ${f.url.slice(base.length)}:${f.lineNumber + 1}`);
      }
      return names;
    };
    // Each sample weighs what Part 1 counts for it (see cpu-profile.mjs).
    const cache = new Map();
    const before = total;
    for (const { node: id, us } of ownedSamples(profile, (f) => f.url.startsWith(base)).samples) {
      if (!cache.has(id)) cache.set(id, owner(id));
      const key = cache.get(id);
      byFunction.set(key, (byFunction.get(key) ?? 0) + us / 1000);
      if (!stackCache.has(id)) stackCache.set(id, stackOf(id));
      for (const name of stackCache.get(id)) inclusive.set(name, (inclusive.get(name) ?? 0) + us / 1000);
      total += us / 1000;
    }
    perLoad.push(total - before);
  }
  const n = plan.length - 1;
  const sorted = perLoad.sort((a, b) => a - b);
  console.log(`${url}: extension CPU ${(total / n).toFixed(1)} ms per load (mean of ${n}), median ${sorted[sorted.length >> 1]?.toFixed(1)}, min ${sorted[0]?.toFixed(1)}`);
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / n).toFixed(2).padStart(8)} ms  ${key}`);
  console.log('inclusive (the function and everything it calls):');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / n).toFixed(2).padStart(8)} ms  ${key}`);
} finally {
  await extension.close();
  await corpus.close();
  await generated.close();
}
