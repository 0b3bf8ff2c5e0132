// A cross-check of the profile's figure that uses no profiler: the thread CPU time Chromium's trace
// records for each task of the renderer's main thread ("tdur"), summed over the tasks where the
// content script runs. On a corpus page, where page scripts are blocked, those are the task that
// evaluates content.js and the idle-time callbacks (only the content script schedules any).
// It counts what the profile cannot see (compiling content.js, garbage collection inside those
// tasks) and misses what runs elsewhere (promise continuations after the settings are read, the
// count message): a check on the order of magnitude, not a replacement.

const DONE_TIMEOUT_MS = 10_000;

/**
 * What this file reads of a trace event (Chromium's trace event format): phase, name, process,
 * thread, start and duration (µs), thread CPU time ("tdur", µs) and arguments.
 * @typedef {{ ph: string, name: string, pid: number, tid: number, ts: number, dur: number, tdur?: number, args?: object }} TraceEvent
 */
const CATEGORIES = ['toplevel', 'devtools.timeline'];

/**
 * Loads `url` once with a trace running and returns the trace's events.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, world: ReturnType<typeof import('./extension-idle.mjs').watchExtensionWorld> }} tab
 * @param {string} url
 */
async function tracedLoad({ page, cdp, world }, url) {
  await page.goto('about:blank');
  await page.bringToFront();
  /** @type {TraceEvent[]} */
  const events = [];
  const collect = (/** @type {{ value: object[] }} */ { value }) => events.push(.../** @type {TraceEvent[]} */ (value));
  cdp.on('Tracing.dataCollected', collect);
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'commit' });
    await world.waitUntilDone(DONE_TIMEOUT_MS);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/** @param {TraceEvent} e */
const isTask = (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask';
/** @param {TraceEvent} e */
const isContentScript = (e) => e.name === 'EvaluateScript' && /\/content\.js"/.test(JSON.stringify(e.args ?? {}));
/** @param {TraceEvent[]} tasks */
const cpuMs = (tasks) => tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000;

/**
 * Loads `url` once with a trace running and returns the thread CPU time (ms) of the content script's tasks.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, world: ReturnType<typeof import('./extension-idle.mjs').watchExtensionWorld> }} tab
 * @param {string} url
 */
export async function measureThreadCpuLoad(tab, url) {
  const events = await tracedLoad(tab, url);
  const ours = events.filter((e) => isContentScript(e) || e.name === 'FireIdleCallback');
  return cpuMs(events.filter((e) => isTask(e) && ours.some((o) => o.pid === e.pid && o.tid === e.tid && o.ts >= e.ts && o.ts < e.ts + e.dur)));
}

/**
 * Loads `url` once with a trace running and returns the thread CPU time (ms) of every task on the
 * main thread of the page's renderer (the thread that evaluated content.js), from the navigation
 * until the content script is done: the page's own work plus everything the extension costs there,
 * including what no script frame shows (the storage.local reply turned into V8 values, garbage
 * collection). Two browsers that differ only in the extension's data differ only by the latter.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, world: ReturnType<typeof import('./extension-idle.mjs').watchExtensionWorld> }} tab
 * @param {string} url
 */
export async function measureRendererCpuLoad(tab, url) {
  const events = await tracedLoad(tab, url);
  const evaluated = events.find(isContentScript);
  if (!evaluated) return NaN;
  return cpuMs(events.filter((e) => isTask(e) && e.pid === evaluated.pid && e.tid === evaluated.tid));
}
