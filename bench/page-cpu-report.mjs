// Part 1's printout: the per-page table, the medians over the corpus, the start-up and the two 1 MB pages' rows (sparse
// and dense), what each match costs, the 1 MB pages' long tasks, and warnings where a measurement cannot be trusted.
import { fmt, median, table } from './stats.mjs';

const HEADER = ['page', 'words', 'ext ms', 'floor ms', 'mark.js ms', 'ext/floor', 'mark.js/ext', '| ext wall', 'floor now', 'mark.js now', '| ranges', 'marks'];

/** @typedef {Awaited<ReturnType<typeof import('./page-cpu.mjs').measurePages>>['results'][number]} PageResult */
/**
 * A table row's figures: one page's, or the medians over the corpus.
 * @typedef {{ words?: number, ext: { ms: number, wallMs: number, ranges?: number }, floor: { ms: number, wallMs: number }, mark: { ms: number, wallMs: number, marks?: number }, extPerFloor?: number, markPerExt?: number }} Row
 */

const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (b > 0 ? a / b : NaN);

/**
 * @param {string} name
 * @param {Row} r
 */
function row(name, r) {
  return [
    name,
    r.words === undefined ? '–' : String(Math.round(r.words)),
    fmt(r.ext.ms),
    fmt(r.floor.ms, 2),
    fmt(r.mark.ms),
    fmt(r.extPerFloor ?? ratio(r.ext.ms, r.floor.ms)),
    fmt(r.markPerExt ?? ratio(r.mark.ms, r.ext.ms)),
    `| ${fmt(r.ext.wallMs)}`,
    fmt(r.floor.wallMs, 2),
    fmt(r.mark.wallMs),
    `| ${r.ext.ranges ?? '–'}`,
    String(r.mark.marks ?? '–'),
  ];
}

/**
 * Column-wise medians, with the ratios as medians of the per-page ratios.
 * @param {PageResult[]} results
 * @returns {Row & { words: number }}
 */
function medianRow(results) {
  const m = (/** @type {(r: PageResult) => number} */ get) => median(results.map(get));
  return {
    // median() leaves out what is not a number: a page with no word count.
    words: m((r) => r.words ?? NaN),
    ext: { ms: m((r) => r.ext.ms), wallMs: m((r) => r.ext.wallMs) },
    floor: { ms: m((r) => r.floor.ms), wallMs: m((r) => r.floor.wallMs) },
    mark: { ms: m((r) => r.mark.ms), wallMs: m((r) => r.mark.wallMs) },
    extPerFloor: m((r) => ratio(r.ext.ms, r.floor.ms)),
    markPerExt: m((r) => ratio(r.mark.ms, r.ext.ms)),
  };
}

/** @param {PageResult[]} results */
function warnings(results) {
  const late = results.flatMap((r) => r.extRuns).filter((run) => run.lateStart).length;
  const lines = late ? [`note: in ${late} load(s) the content script ran before the bench wrapped its schedulers (small pages); those waited 400 ms more before stopping the profile`] : [];
  for (const r of results) {
    r.extRuns.forEach((run, i) => {
      if (!run.settled) lines.push(`WARNING ${r.name} load ${i + 1}: the content script's work never drained (timeout); the profile may miss part of the scan`);
      if (run.ranges > 0 && run.samples === 0) lines.push(`WARNING ${r.name} load ${i + 1}: ${run.ranges} highlight ranges painted but no content.js sample in the profile`);
      else if (run.samples === 0) lines.push(`note ${r.name} load ${i + 1}: no content.js sample (the scan took less than one sampling interval, or the profile missed it)`);
    });
  }
  return lines;
}

/**
 * What reading the 1 MB page's characters costs any JavaScript scanner, against the floor and the extension.
 * @param {PageResult} generated
 */
function characterFloorLines(generated) {
  const chars = generated.characterFloor;
  if (!chars) return [];
  return [
    `character floor on the 1 MB page: the floor's walk plus one charCodeAt per character (no words, no hashing, no matching),`,
    `  on a fresh load: ${fmt(chars.ms)} ms (now ${fmt(chars.wallMs)} ms) = ${fmt(ratio(chars.ms, generated.floor.ms))}× the floor; the extension costs ${fmt(ratio(generated.ext.ms, chars.ms))}× this pass`,
  ];
}

/**
 * What the extension's DOM work and character pass cost at the least, in a content script's world, against what it costs.
 * @param {PageResult[]} generatedPages
 */
function worldFloorLines(generatedPages) {
  const lines = generatedPages.flatMap(({ name, ext, worldFloor: world }) =>
    world
      ? [
          `  ${name}: ${world.ranges} ranges, ${fmt(world.ms)} ms (now ${fmt(world.wallMs)} ms); the extension ${fmt(ext.ms)} ms, ${fmt(ext.ms - world.ms)} ms above it (${fmt(ratio(ext.ms, world.ms))}×)`,
        ]
      : [],
  );
  if (lines.length === 0) return [];
  return [
    "content-world floor on the 1 MB pages: in an isolated world, as a content script runs, the character floor's pass plus one",
    '  StaticRange and Highlight.add per range the extension painted (no words, no matching), on a fresh load:',
    ...lines,
  ];
}

/**
 * The 1 MB pages side by side: what the extension, the floor and mark.js cost, and the extension's CPU per painted match.
 * @param {PageResult[]} generatedPages
 */
function perMatchLines(generatedPages) {
  return [
    "per match on the 1 MB pages (ext ms × 1000 / ranges; the sparse page's figure carries the whole walk on few matches):",
    ...generatedPages.map(
      (r) =>
        `  ${r.name}: ${r.ext.ranges} ranges; ext ${fmt(r.ext.ms)} ms, floor ${fmt(r.floor.ms, 2)} ms (now ${fmt(r.floor.wallMs, 2)}), mark.js ${fmt(r.mark.ms)} ms (${fmt(ratio(r.mark.ms, r.ext.ms))}× the extension); ${fmt(ratio(r.ext.ms * 1000, r.ext.ranges), 2)} µs per match`,
    ),
  ];
}

/**
 * @param {PageResult[]} generatedPages
 * @param {PageResult[]} corpus
 */
function longTaskLines(generatedPages, corpus) {
  const runs = generatedPages.flatMap((r) => r.extRuns);
  const installed = runs.every((run) => run.longTasks.installed);
  const describe = (/** @type {PageResult['extRuns'][number]} */ run, /** @type {number} */ i) => {
    const during = run.longTasks.during.map((t) => `${Math.round(t.duration)} ms (content.js ${fmt(t.scriptMs)} ms of it)`).join(', ') || 'none';
    return `load ${i + 1}: ${during} (of ${run.longTasks.all.length} long task(s) in the whole load)`;
  };
  const corpusHits = corpus.filter((r) => r.extRuns.some((run) => run.longTasks.during.length > 0));
  const corpusOwn = corpus.filter((r) => r.extRuns.some((run) => run.longTasks.during.some((t) => t.scriptMs > 0)));
  const uncalibrated = [...corpus, ...generatedPages].flatMap((r) => r.extRuns).filter((run) => !run.longTasks.calibrated).length;
  return [
    `long-task observer (Page.addScriptToEvaluateOnNewDocument, under the page's CSP script-src 'none'): ${installed ? 'ran in every load' : 'DID NOT RUN in some loads'}`,
    ...generatedPages.map((generated) => `${generated.name}: long tasks (> 50 ms) overlapping the extension's scan — ${generated.extRuns.map(describe).join('; ')}`),
    `corpus pages where a long task overlapped the scan in some load: ${corpusHits.length}/${corpus.length}${corpusHits.length ? ` (${corpusHits.map((r) => r.name).join(', ')})` : ''}; with content.js running inside it: ${corpusOwn.length}/${corpus.length}${corpusOwn.length ? ` (${corpusOwn.map((r) => r.name).join(', ')})` : ''}`,
    ...(uncalibrated ? [`WARNING: in ${uncalibrated} load(s) the clock mark got no sample; their long tasks could not be placed against the scan`] : []),
  ];
}

/**
 * The lines of Part 1's report.
 * @param {Awaited<ReturnType<typeof import('./page-cpu.mjs').measurePages>>} measured corpus pages, then the one-sentence page, then the
 *   sparse 1 MB page, then the dense one
 */
export function pageCpuReport({ results, seconds }) {
  const corpus = results.slice(0, -3);
  const startup = results.at(-3);
  const generated = results.at(-2);
  const dense = results.at(-1);
  const typical = medianRow(corpus);
  // A page without a word count compares as NaN.
  const words = (/** @type {PageResult} */ r) => r.words ?? NaN;
  const closest = [...corpus].sort((a, b) => Math.abs(words(a) - typical.words) - Math.abs(words(b) - typical.words))[0];
  const smallest = [...corpus].sort((a, b) => words(a) - words(b))[0];
  if (!startup || !generated || !dense || !closest || !smallest) throw new Error('Part 1 needs corpus pages, then the start-up page and the two 1 MB pages');
  const idx = median(corpus.flatMap((r) => r.extRuns.map((run) => run.indexMs)));
  return [
    ...table(HEADER, [
      ...corpus.map((r) => row(r.name, r)),
      ['-'.repeat(10), ...HEADER.slice(1).map(() => '')],
      row(`median of ${corpus.length} pages`, typical),
      row(startup.name, startup),
      row(generated.name, generated),
      row(dense.name, dense),
    ]),
    '',
    `typical page: the median corpus page has ${Math.round(typical.words)} words and costs the extension ${fmt(typical.ext.ms)} ms; the page closest to that length, ${closest.name} (${closest.words} words), ${fmt(closest.ext.ms)} ms`,
    `start-up: ${fmt(startup.ext.ms)} ms on a page of one sentence (loading the script, reading the settings, building the matcher, one slice; the trace's thread CPU ${fmt(startup.ext.threadMs)} ms); fewest words in the corpus: ${smallest.name} (${smallest.words} words; a run of CJK characters counts as one), ${fmt(smallest.ext.ms)} ms`,
    `cross-checks of "ext ms" on the median corpus page: the same samples weighted by the gap to the next sample (this bench's estimate`,
    `  until 2026-11-26, which charged late samples' waits to the content script) ${fmt(median(corpus.map((r) => r.ext.gapMs)))} ms; the thread CPU time of the content script's`,
    `  tasks in a Chromium trace without the profiler (one more load per page; see bench/thread-cpu.mjs) ${fmt(median(corpus.map((r) => r.ext.threadMs)))} ms;`,
    `  on the 1 MB page ${fmt(generated.ext.gapMs)} ms and ${fmt(generated.ext.threadMs)} ms (against ${fmt(generated.ext.ms)} ms)`,
    ...characterFloorLines(generated),
    ...worldFloorLines([generated, dense]),
    ...perMatchLines([generated, dense]),
    `page-index.js (the page index global, parsed before content.js): median ${fmt(idx, 2)} ms a load, not included in "ext ms"`,
    `floor: a pass of about a millisecond gets a handful of samples on a busy 2-core VM (the sampler runs late), so its profile figure is coarse`,
    `  (${corpus.filter((r) => r.floor.ms === 0).length} pages with 0.00: no sample landed in it in most loads; "–" ratios); "floor now" is the steadier figure there`,
    ...longTaskLines([generated, dense], corpus),
    ...warnings(results),
    `(with the extension: ${Math.round(seconds.extension)} s; without, floor and mark.js: ${Math.round(seconds.reference)} s)`,
  ];
}
