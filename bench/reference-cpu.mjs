// What the extension is compared against, in a browser without it, on a fresh load of the page: the
// floor (the least any scan can cost: visit every text node and read its text), then mark.js
// highlighting the same aliases. Both run through Runtime.evaluate with a sourceURL, so their
// samples are found in the profile the same way as the content script's; performance.now() around
// each call is kept as a cross-check of the sampled figure.
// The two share a load to keep the run short: the floor only reads, so mark.js finds the page as
// loaded; the most the floor can have warmed for it (text already read once) is the floor's own
// cost, which is small next to mark.js's (the report prints both).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { attributedTime, fromUrls } from './cpu-profile.mjs';
import { evaluate } from './bench-tab.mjs';

const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return { wallMs: performance.now() - t0, chars };
})()
//# sourceURL=bench-floor.js`;

/**
 * The floor plus reading every character's code: the least any scanner written in JavaScript pays,
 * before it finds a word, hashes one or matches anything. Run on a fresh load of its own, since a
 * pass that ran before it (the floor) would leave the walker's wrappers and the loop's code warm.
 */
const CHARACTER_FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  }
  return { wallMs: performance.now() - t0, sum };
})()
//# sourceURL=bench-character-floor.js`;

/**
 * The least the extension's own work can cost where it runs: in an isolated world, as a content
 * script is, the character floor's pass (with the walk's blank-node test) plus one StaticRange and
 * one Highlight.add for each range the extension painted on the page, spread over its text nodes,
 * into five registered highlights. No word is found, hashed or matched: what is left of the
 * extension's CPU above this is its matching and bookkeeping.
 */
const contentWorldFloor = (/** @type {number} */ ranges) => `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let sum = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    const first = text.charCodeAt(0);
    if (!(first > 32 && first < 127) && text.trim() === '') continue;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    nodes.push(node);
  }
  const highlights = [0, 1, 2, 3, 4].map((k) => {
    const highlight = new Highlight();
    CSS.highlights.set('bench-floor-' + k, highlight);
    return highlight;
  });
  const used = new Array(nodes.length).fill(0);
  const made = nodes.length > 0 ? ${ranges} : 0;
  for (let i = 0; i < made; i++) {
    const at = Math.floor((i * nodes.length) / made);
    const node = nodes[at];
    const start = Math.min(used[at]++ * 6, Math.max(0, node.data.length - 5));
    const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: Math.min(start + 5, node.data.length) });
    highlights[i % 5].add(range);
  }
  return { wallMs: performance.now() - t0, sum, made };
})()
//# sourceURL=bench-content-world-floor.js`;

/** Words a reader sees: letters and digits outside scripts and styles (CJK runs count as one). */
const WORDS = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.parentElement?.closest('script,style,noscript,template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words += (node.data.match(/[\\p{L}\\p{N}]+/gu) ?? []).length;
  return words;
})()`;

const MARK_JS_SOURCE = `${readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.js'), 'utf8')}\n//# sourceURL=bench-mark.js`;
const MARK_JS_URLS = fromUrls('bench-mark.js', 'bench-markjs-run.js');

/** mark.js as a highlighter would use it for our index: whole aliases, whole words, any case. */
const markJsRun = (/** @type {string[]} */ aliases) => `(() => {
  const t0 = performance.now();
  let marks = 0;
  new Mark(document.body).mark(${JSON.stringify(aliases)}, { accuracy: 'exactly', separateWordSearch: false, done: (n) => { marks = n; } });
  return { wallMs: performance.now() - t0, marks };
})()
//# sourceURL=bench-markjs-run.js`;

/**
 * Loads `url`, profiles the floor pass over its text, then injects mark.js (not timed) and profiles
 * it marking `aliases`.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }} tab
 * @param {string} url
 * @param {string[]} aliases
 * @param {{ countWords?: boolean }} [options]
 * @returns {Promise<{ floor: { ms: number, wallMs: number }, mark: { ms: number, wallMs: number, marks: number }, words?: number }>}
 */
export async function measureReferenceLoad({ page, cdp }, url, aliases, { countWords = false } = {}) {
  // The DOM is complete at DOMContentLoaded; 'load' can wait seconds on a blocked subresource.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.bringToFront();

  await cdp.send('Profiler.start');
  const floorRun = await evaluate(cdp, FLOOR);
  const floorProfile = (await cdp.send('Profiler.stop')).profile;

  await evaluate(cdp, MARK_JS_SOURCE);
  await cdp.send('Profiler.start');
  const markRun = await evaluate(cdp, markJsRun(aliases));
  const markProfile = (await cdp.send('Profiler.stop')).profile;
  // Counted last, untimed: reading the text before the floor would warm it. mark.js splits text
  // nodes only at whole-word matches, so the count is the page's.
  const words = countWords ? await evaluate(cdp, WORDS) : undefined;

  return {
    floor: { ms: attributedTime(floorProfile, fromUrls('bench-floor.js')).ms, wallMs: floorRun.wallMs },
    mark: { ms: attributedTime(markProfile, MARK_JS_URLS).ms, wallMs: markRun.wallMs, marks: markRun.marks },
    words,
  };
}

/**
 * Loads `url` and profiles the character floor (see CHARACTER_FLOOR) over its text.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }} tab
 * @param {string} url
 * @returns {Promise<{ ms: number, wallMs: number }>}
 */
export async function measureCharacterFloorLoad(tab, url) {
  const { ms, run } = await profileOnFreshLoad(tab, url, CHARACTER_FLOOR, 'bench-character-floor.js');
  return { ms, wallMs: run.wallMs };
}

/**
 * Loads `url` and profiles the content-world floor (see contentWorldFloor) for `ranges` ranges, in an
 * isolated world made for it.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }} tab
 * @param {string} url
 * @param {number} ranges
 * @returns {Promise<{ ms: number, wallMs: number, ranges: number }>}
 */
export async function measureContentWorldFloorLoad(tab, url, ranges) {
  const { ms, run } = await profileOnFreshLoad(tab, url, contentWorldFloor(ranges), 'bench-content-world-floor.js', { isolated: true });
  return { ms, wallMs: run.wallMs, ranges: run.made };
}

/**
 * Loads `url` afresh and profiles one evaluation of `expression` (whose sourceURL is `sourceUrl`), in the
 * page's main world or, with `isolated`, in an isolated world made for it (where content scripts run).
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession }} tab
 * @param {string} url
 * @param {string} expression
 * @param {string} sourceUrl
 * @param {{ isolated?: boolean }} [options]
 */
async function profileOnFreshLoad({ page, cdp }, url, expression, sourceUrl, { isolated = false } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  await page.bringToFront();
  let contextId;
  if (isolated) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-content-world' }));
  }
  await cdp.send('Profiler.start');
  const run = await evaluate(cdp, expression, contextId);
  const profile = (await cdp.send('Profiler.stop')).profile;
  return { ms: attributedTime(profile, fromUrls(sourceUrl)).ms, run };
}
