// Part 6 of `npm run bench`: what the generated pack (2,000 articles, 10,000 colliding names) costs
// a page once installed, against the built-in pack alone, with the targets of issue 14 item 9.
// Two browsers of the same build run side by side, one with the pack installed from its options
// page; every page is loaded in both, alternately (which one goes first alternates too), so the
// VM's drift falls on both alike.
//   start-up: content.js + page-index.js CPU (V8 profile, as Part 1) on a page that names no one;
//     cross-check: the renderer main thread's whole CPU (trace), which also sees the storage.local
//     reply being turned into V8 strings, a cost no script frame carries
//   corpus: the same CPU on every corpus page; median over pages of each page's median load
//   heap: V8 heap used in the tab's renderer after a full GC (Runtime.getHeapUsage): the content
//     script's isolated world shares the isolate with the page, so the same page in both browsers
//     differs by what the extension keeps
//   card: dwell end -> card painted (test build's performance marks), on the demo page
import { readFileSync, readdirSync } from 'node:fs';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { CORPUS_DIR, builtIndex } from '../src/tools/local-server.mjs';
import { openBenchTab } from './bench-tab.mjs';
import { DEMO_NAMES, hoverTiming, openPaintedPage } from './card-timing.mjs';
import { watchExtensionWorld } from './extension-idle.mjs';
import { measureExtensionLoad } from './extension-cpu.mjs';
import { observeLongTasks } from './long-tasks.mjs';
import { GENERATED_PACK, installPack } from './pack-install.mjs';
import { measureRendererCpuLoad } from './thread-cpu.mjs';
import { fmt, median } from './stats.mjs';

const DONE_TIMEOUT_MS = 10_000;
/** The corpus page the heap is also measured on: it names Petro, so the aliases get parsed. */
const NAMED_PAGE = 'eltiempo-candidatos-petro.html';

/** @typedef {'builtIn' | 'pack'} Side */
/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} Browser */
/** @typedef {Awaited<ReturnType<typeof benchTab>>} BenchTab */

/** @param {string} text */
function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

/**
 * A launched extension, with `pack` installed if given.
 * @param {{ dist?: string, pack?: string }} options
 */
async function benchBrowser({ dist, pack }) {
  const browser = await launchWithExtension(dist ? { dist } : {});
  try {
    if (pack) await installPack(browser, pack);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * A bench tab (profiler on, long-task observer, world watcher).
 * @param {Browser} browser
 */
async function benchTab(browser) {
  const opened = await openBenchTab(browser.context);
  await observeLongTasks(opened.cdp);
  return { ...opened, world: watchExtensionWorld(opened.cdp, browser.extensionId) };
}

/**
 * One load with the profiler: the extension's two scripts' CPU (ms).
 * @param {BenchTab} tab
 * @param {string} url
 * @param {string} extensionId
 */
async function scriptCpu(tab, url, extensionId) {
  const load = await measureExtensionLoad(tab, url, extensionId);
  return { ms: load.ms + load.indexMs, contentMs: load.ms, indexMs: load.indexMs, settled: load.settled };
}

/**
 * One load, then a full GC: the renderer's V8 heap in use (MB).
 * @param {BenchTab} tab
 * @param {string} url
 */
async function heapAfterLoad({ page, cdp, world }, url) {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  await world.waitUntilDone(DONE_TIMEOUT_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * Runs `measure` `reps` times in each of two tabs, alternating, and returns both series.
 * @template Tab, T
 * @param {string} label
 * @param {number} reps
 * @param {(tab: Tab, side: Side) => Promise<T>} measure
 * @param {Record<Side, Tab>} tabs
 * @returns {Promise<Record<Side, T[]>>}
 */
async function paired(label, reps, measure, tabs) {
  /** @type {Record<Side, T[]>} */
  const runs = { builtIn: [], pack: [] };
  for (let i = 0; i < reps; i++) {
    progress(`${label} ${i + 1}/${reps}`);
    /** @type {Side[]} */
    const order = i % 2 ? ['pack', 'builtIn'] : ['builtIn', 'pack'];
    for (const side of order) runs[side].push(await measure(tabs[side], side));
  }
  return runs;
}

const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'MISS');
const list = (/** @type {number[]} */ values, digits = 1) => values.map((v) => fmt(v, digits)).join(' ');
const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page made of one article of the pack that names one of the pack's most-mentioned entities: its
 * card is among the pack's biggest timelines, read from the most articles.
 * @param {string} packFile
 * @returns {{ html: string, name: { needle: string, nth: number }, id: string, articles: number }}
 */
export function packArticlePage(packFile = GENERATED_PACK) {
  /** @type {import('../src/packs/pack-format').ContextPack} */
  const pack = JSON.parse(readFileSync(packFile, 'utf8'));
  // An alias another entity shares may stay unpainted on purpose (Córdoba the place and Piedad
  // Córdoba): the entity with the most mentions among those whose aliases are theirs alone.
  /** @type {Map<string, number>} */
  const aliasCount = new Map();
  for (const e of [...pack.entities, ...builtIndex().entities]) for (const a of e.aliases) aliasCount.set(a.text.toLowerCase(), (aliasCount.get(a.text.toLowerCase()) ?? 0) + 1);
  const top = pack.entities.filter((e) => e.aliases.every((a) => aliasCount.get(a.text.toLowerCase()) === 1)).reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  // A mention after a lower-case word ("in Córdoba"): after a capitalised one it may be someone's name ("Piedad Córdoba").
  /** @param {import('../src/index/types').Mention} m */
  const sentenceOf = (m) => {
    const sentence = pack.articles[m.article]?.sentences[m.sentence];
    if (sentence === undefined) throw new Error(`${packFile}: ${top.id} has a mention outside the pack's articles`);
    return sentence;
  };
  const textBefore = (/** @type {import('../src/index/types').Mention} */ m) => sentenceOf(m).slice(0, m.start);
  const mention = top.mentions.find((m) => /(^|\s)\p{Ll}+\s$/u.test(textBefore(m))) ?? top.mentions[0];
  const article = mention && pack.articles[mention.article];
  if (!mention || !article) throw new Error(`${packFile}: ${top.id} has no mention in the pack's articles`);
  const name = sentenceOf(mention).slice(mention.start, mention.end);
  const starts = [...(article.paragraphStarts ?? [0]), article.sentences.length];
  const paragraphs = starts.slice(0, -1).map((start, i) => article.sentences.slice(start, starts[i + 1]));
  // The page may name someone else with the same word first ("Piedad Córdoba"): hover the mention's own occurrence.
  const count = (/** @type {string} */ text) => text.split(name).length - 1;
  const before = [article.title, ...article.sentences.slice(0, mention.sentence), sentenceOf(mention).slice(0, mention.start)];
  return {
    html: `<!doctype html><html lang="${article.language}"><title>${escapeHtml(article.title)}</title><article><h1>${escapeHtml(article.title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p.join(' '))}</p>`).join('')}</article></html>`,
    name: { needle: name, nth: before.reduce((n, text) => n + count(text), 0) },
    id: top.id,
    articles: new Set(top.mentions.map((m) => m.article)).size,
  };
}

/** Loads of the start-up CPU figure per startupReps (see its call). */
const STARTUP_CPU_LOADS = 3;

/**
 * Measures and returns Part 6's lines.
 * @param {{ corpusOrigin: string, startupUrl: string, demoUrl: string, packPage: { url: string, name: { needle: string, nth: number }, id: string, articles: number }, reps: number, startupReps: number, hovers: number, packFile?: string }} options
 */
export async function packPageCostReport({ corpusOrigin, startupUrl, demoUrl, packPage, reps, startupReps, hovers, packFile = GENERATED_PACK }) {
  const corpus = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  /** @type {string[]} */
  const lines = [];
  const started = Date.now();

  // Same build as Part 1 (dist/chrome) for CPU and heap.
  const builtIn = await benchBrowser({});
  const withPack = await benchBrowser({ pack: packFile }).catch(async (error) => {
    await builtIn.close();
    throw error;
  });
  let startup, rendererStartup, pages, heapBlank, heapNamed;
  try {
    const tabs = { builtIn: await benchTab(builtIn), pack: await benchTab(withPack) };
    const ids = { builtIn: builtIn.extensionId, pack: withPack.extensionId };
    // The first load of a browser pays for starting the service worker and warming caches.
    await paired('warm-up', 1, (tab, side) => scriptCpu(tab, startupUrl, ids[side]), tabs);
    // A page of one sentence costs a few ms, and one load in a few costs several times that on this
    // VM: three times the loads keep one such load from moving the median.
    startup = await paired('start-up', startupReps * STARTUP_CPU_LOADS, (tab, side) => scriptCpu(tab, startupUrl, ids[side]), tabs);
    rendererStartup = await paired('start-up (trace)', startupReps, (tab) => measureRendererCpuLoad(tab, startupUrl), tabs);
    pages = [];
    for (const [i, name] of corpus.entries()) {
      const runs = await paired(`corpus ${i + 1}/${corpus.length} ${name}`, reps, (tab, side) => scriptCpu(tab, `${corpusOrigin}/corpus/${name}`, ids[side]), tabs);
      pages.push({ name, builtIn: median(runs.builtIn.map((r) => r.ms)), pack: median(runs.pack.map((r) => r.ms)) });
    }
    heapBlank = await paired('heap, no names', startupReps, (tab) => heapAfterLoad(tab, startupUrl), tabs);
    heapNamed = await paired(`heap, ${NAMED_PAGE}`, startupReps, (tab) => heapAfterLoad(tab, `${corpusOrigin}/corpus/${NAMED_PAGE}`), tabs);
  } finally {
    await builtIn.close();
    await withPack.close();
  }

  // The card needs the test build's performance marks: two more browsers, the same pair.
  const testBuiltIn = await benchBrowser({ dist: CHROME_TEST_DIST });
  const testPack = await benchBrowser({ dist: CHROME_TEST_DIST, pack: packFile }).catch(async (error) => {
    await testBuiltIn.close();
    throw error;
  });
  /** @type {{ builtIn: number[], pack: number[], packByName: Map<string, number[]>, big: number[], bigError?: string }} */
  const card = { builtIn: [], pack: [], packByName: new Map(), big: [] };
  try {
    const tabs = { builtIn: await openPaintedPage(testBuiltIn, demoUrl), pack: await openPaintedPage(testPack, demoUrl) };
    for (let i = 0; i < hovers; i++) {
      progress(`card ${i + 1}/${hovers}`);
      const name = /** @type {string} */ (DEMO_NAMES[i % DEMO_NAMES.length]);
      /** @type {Side[]} */
      const order = i % 2 ? ['pack', 'builtIn'] : ['builtIn', 'pack'];
      for (const side of order) {
        await tabs[side].bringToFront();
        const ms = await hoverTiming(tabs[side], name);
        card[side].push(ms);
        if (side === 'pack') card.packByName.set(name, [...(card.packByName.get(name) ?? []), ms]);
      }
    }
    // The pack's own biggest card, which only the browser with the pack knows.
    try {
      const page = await openPaintedPage(testPack, packPage.url);
      for (let i = 0; i < Math.ceil(hovers / 2); i++) {
        progress(`card of ${packPage.id} ${i + 1}`);
        card.big.push(await hoverTiming(page, packPage.name));
      }
    } catch (error) {
      card.bigError = String(error).split('\n')[0];
    }
  } finally {
    await testBuiltIn.close();
    await testPack.close();
  }
  progress('');

  /**
   * @param {Awaited<ReturnType<typeof scriptCpu>>[]} runs
   * @param {'ms' | 'contentMs' | 'indexMs'} [key]
   */
  const ms = (runs, key = 'ms') => runs.map((r) => r[key]);
  const s = { builtIn: median(ms(startup.builtIn)), pack: median(ms(startup.pack)) };
  const startupRatio = s.pack / s.builtIn;
  const r = { builtIn: median(rendererStartup.builtIn), pack: median(rendererStartup.pack) };
  const c = { builtIn: median(pages.map((p) => p.builtIn)), pack: median(pages.map((p) => p.pack)) };
  const corpusRatio = c.pack / c.builtIn;
  const pairRatio = median(pages.map((p) => p.pack / p.builtIn));
  const hb = { builtIn: median(heapBlank.builtIn), pack: median(heapBlank.pack) };
  const hn = { builtIn: median(heapNamed.builtIn), pack: median(heapNamed.pack) };
  const heapMore = Math.max(hn.pack - hn.builtIn, hb.pack - hb.builtIn);
  const cardPack = median(card.pack);
  const worst = [...pages].sort((a, b) => b.pack / b.builtIn - a.pack / a.builtIn).slice(0, 3);

  lines.push(
    `same build (dist/chrome; dist-test/chrome for the card), two browsers side by side, one with ${packFile.split('/').at(-1)} installed from the options page;`,
    `loads alternate between them; ms of CPU, medians of ${startupReps * STARTUP_CPU_LOADS} loads (start-up CPU), ${startupReps} (trace, heap) and ${reps} per corpus page`,
    '',
    '                                               built-in alone   + generated pack   ratio / diff   target          ',
    `1. start-up, page naming no one (ext CPU)      ${fmt(s.builtIn, 2).padStart(11)} ms   ${fmt(s.pack, 2).padStart(12)} ms   ${fmt(startupRatio, 2).padStart(11)}×   ≤ 1.3×          ${verdict(startupRatio <= 1.3)}`,
    `   of which content.js / page-index.js        ${`${fmt(median(ms(startup.builtIn, 'contentMs')), 2)} / ${fmt(median(ms(startup.builtIn, 'indexMs')), 2)}`.padStart(14)}   ${`${fmt(median(ms(startup.pack, 'contentMs')), 2)} / ${fmt(median(ms(startup.pack, 'indexMs')), 2)}`.padStart(15)}`,
    `   cross-check: renderer main thread, whole load (trace) ${fmt(r.builtIn, 1).padStart(5)} ms   ${fmt(r.pack, 1).padStart(12)} ms   ${`+${fmt(r.pack - r.builtIn, 1)} ms`.padStart(12)}`,
    `${`2. corpus, median of ${pages.length} pages (ext CPU)`.padEnd(45)} ${fmt(c.builtIn, 2).padStart(11)} ms   ${fmt(c.pack, 2).padStart(12)} ms   ${fmt(corpusRatio, 2).padStart(11)}×   ≤ 1.3×          ${verdict(corpusRatio <= 1.3)}`,
    // The issue's "and ≤ 5 ms" read both ways: as the pack's added cost, and as the whole (which the
    // built-in pack alone does not meet either: that is issue 16's subject).
    `   the pack's added CPU: ${`+${fmt(c.pack - c.builtIn, 2)} ms`} (≤ +5 ms: ${verdict(c.pack - c.builtIn <= 5)}); the whole, ≤ 5 ms: ${verdict(c.pack <= 5)} (built-in alone: ${verdict(c.builtIn <= 5)})`,
    `   median of the per-page ratios: ${fmt(pairRatio, 2)}×; highest: ${worst.map((p) => `${p.name.replace(/\.html$/, '')} ${fmt(p.builtIn, 1)} -> ${fmt(p.pack, 1)} ms`).join(', ')}`,
    `3. JS heap after GC, page naming no one        ${fmt(hb.builtIn, 2).padStart(11)} MB   ${fmt(hb.pack, 2).padStart(12)} MB   ${`+${fmt(hb.pack - hb.builtIn, 2)} MB`.padStart(12)}`,
    `   JS heap after GC, ${NAMED_PAGE}   ${fmt(hn.builtIn, 2).padStart(8)} MB   ${fmt(hn.pack, 2).padStart(12)} MB   ${`+${fmt(hn.pack - hn.builtIn, 2)} MB`.padStart(12)}   ≤ +5 MB         ${verdict(heapMore <= 5)}`,
    `4. card: dwell end -> painted, demo page      ${fmt(median(card.builtIn), 1).padStart(11)} ms   ${fmt(cardPack, 1).padStart(12)} ms   ${''.padStart(12)}   ≤ 50 ms         ${verdict(cardPack <= 50)}`,
    `   with the pack, per name (median ms): ${[...card.packByName].map(([name, t]) => `${name} ${fmt(median(t), 0)}`).join(', ')}; max ${fmt(Math.max(...card.pack), 0)} ms`,
    `   the pack's biggest card ("${packPage.name.needle}", ${packPage.id}, ${packPage.articles} articles) on one of its articles: ` +
      (card.bigError ? `could not measure: ${card.bigError}` : `median ${fmt(median(card.big), 1)} ms, max ${fmt(Math.max(...card.big), 0)} ms (≤ 50 ms: ${verdict(median(card.big) <= 50)})`),
    '',
    'noise (every load, ms):',
    `  start-up built-in ${list(ms(startup.builtIn), 2)}; with pack ${list(ms(startup.pack), 2)}`,
    `  start-up trace built-in ${list(rendererStartup.builtIn)}; with pack ${list(rendererStartup.pack)}`,
    `  heap (MB) no names built-in ${list(heapBlank.builtIn, 2)}; with pack ${list(heapBlank.pack, 2)}; named page built-in ${list(heapNamed.builtIn, 2)}; with pack ${list(heapNamed.pack, 2)}`,
    `  card built-in ${list(card.builtIn, 0)}; with pack ${list(card.pack, 0)}; the pack's biggest ${list(card.big, 0)}`,
    `  unsettled loads (content script still busy at ${DONE_TIMEOUT_MS / 1000} s): ${[...startup.builtIn, ...startup.pack].filter((x) => !x.settled).length}`,
    `Part 6 took ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return lines;
}
