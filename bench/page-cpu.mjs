// Part 1's measuring loop: every page loaded `reps` times in Chromium with the extension, then
// `reps` times in a Chromium without it for the floor and mark.js. The two browsers run one after
// the other, never together, so neither steals the other's CPU on a small machine.
import { launchWithExtension } from '../src/tools/chromium.mjs';
import { openBenchTab } from './bench-tab.mjs';
import { measureExtensionLoad } from './extension-cpu.mjs';
import { measureThreadCpuLoad } from './thread-cpu.mjs';
import { watchExtensionWorld } from './extension-idle.mjs';
import { observeLongTasks } from './long-tasks.mjs';
import { launchPlainBrowser } from './plain-browser.mjs';
import { measureCharacterFloorLoad, measureContentWorldFloorLoad, measureReferenceLoad } from './reference-cpu.mjs';
import { median } from './stats.mjs';

/**
 * characterFloor: also measure the character floor; worldFloor: also the content-world floor, for the ranges the extension painted.
 * @typedef {{ name: string, url: string, reps: number, characterFloor?: boolean, worldFloor?: boolean }} BenchPage
 */

/**
 * Shows which page is being measured, on a terminal only: the report itself goes to stdout.
 * @param {string} text
 */
function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

/**
 * @template T
 * @param {number} times
 * @param {string} label
 * @param {(i: number) => Promise<T>} fn
 */
async function repeat(times, label, fn) {
  /** @type {T[]} */
  const runs = [];
  for (let i = 0; i < times; i++) {
    progress(`${label} ${i + 1}/${times}`);
    runs.push(await fn(i));
  }
  return runs;
}

/** @param {BenchPage[]} pages */
async function extensionRuns(pages) {
  const extension = await launchWithExtension();
  try {
    const { extensionId } = extension;
    const opened = await openBenchTab(extension.context);
    const tab = { ...opened, world: watchExtensionWorld(opened.cdp, extensionId) };
    await observeLongTasks(tab.cdp);
    // The first load of a browser pays for starting the service worker and warming caches.
    const [warmUp] = pages;
    if (warmUp) await measureExtensionLoad(tab, warmUp.url, extensionId);
    const results = [];
    for (const [i, page] of pages.entries()) {
      const runs = await repeat(page.reps, `extension ${i + 1}/${pages.length} ${page.name}`, () => measureExtensionLoad(tab, page.url, extensionId));
      // One more load with a trace and no profiler: the cross-check (see thread-cpu.mjs).
      results.push({ runs, threadMs: await measureThreadCpuLoad(tab, page.url) });
    }
    return results;
  } finally {
    await extension.close();
  }
}

/**
 * @param {BenchPage[]} pages
 * @param {string[]} aliases
 * @param {number[]} ranges per page, the most ranges the extension painted in a load
 */
async function referenceRuns(pages, aliases, ranges) {
  const browser = await launchPlainBrowser();
  try {
    const tab = await openBenchTab(browser.context);
    const [warmUp] = pages;
    if (warmUp) await measureReferenceLoad(tab, warmUp.url, aliases);
    const results = [];
    for (const [i, page] of pages.entries()) {
      const runs = await repeat(page.reps, `reference ${i + 1}/${pages.length} ${page.name}`, (rep) => measureReferenceLoad(tab, page.url, aliases, { countWords: rep === 0 }));
      const characters = page.characterFloor ? await repeat(page.reps, `character floor ${page.name}`, () => measureCharacterFloorLoad(tab, page.url)) : undefined;
      const world = page.worldFloor ? await repeat(page.reps, `content-world floor ${page.name}`, () => measureContentWorldFloorLoad(tab, page.url, ranges[i] ?? 0)) : undefined;
      results.push({ floor: runs.map((r) => r.floor), mark: runs.map((r) => r.mark), words: runs[0]?.words, characters, world });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * Measures every page and returns per-page medians, plus the raw extension runs (for long tasks),
 * and how long each browser's phase took.
 * @param {BenchPage[]} pages
 * @param {string[]} aliases the index's alias texts, for mark.js
 */
export async function measurePages(pages, aliases) {
  const started = Date.now();
  const extension = await extensionRuns(pages);
  const extensionSeconds = (Date.now() - started) / 1000;
  const painted = extension.map(({ runs }) => Math.max(...runs.map((r) => r.ranges)));
  const reference = await referenceRuns(pages, aliases, painted);
  const referenceSeconds = (Date.now() - started) / 1000 - extensionSeconds;
  progress('');
  /**
   * @template {string} K
   * @param {Record<K, number>[]} runs
   * @param {K} key
   */
  const med = (runs, key) => median(runs.map((r) => r[key]));
  const results = pages.map((page, i) => {
    // Both lists have one entry per page, in order.
    const { runs: ext, threadMs } = /** @type {(typeof extension)[number]} */ (extension[i]);
    const { floor, mark, words, characters, world } = /** @type {(typeof reference)[number]} */ (reference[i]);
    return {
      name: page.name,
      reps: page.reps,
      words,
      ext: { ms: med(ext, 'ms'), gapMs: med(ext, 'gapMs'), threadMs, wallMs: med(ext, 'spanMs'), indexMs: med(ext, 'indexMs'), ranges: Math.max(...ext.map((r) => r.ranges)) },
      floor: { ms: med(floor, 'ms'), wallMs: med(floor, 'wallMs') },
      mark: { ms: med(mark, 'ms'), wallMs: med(mark, 'wallMs'), marks: mark[0]?.marks },
      characterFloor: characters && { ms: med(characters, 'ms'), wallMs: med(characters, 'wallMs') },
      worldFloor: world && { ms: med(world, 'ms'), wallMs: med(world, 'wallMs'), ranges: Math.min(...world.map((r) => r.ranges)) },
      extRuns: ext,
    };
  });
  return { results, seconds: { extension: extensionSeconds, reference: referenceSeconds } };
}
