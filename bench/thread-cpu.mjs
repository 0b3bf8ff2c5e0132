// A cross-check of the profile's figure that uses no profiler: the thread CPU time Chromium's trace
// records for each task of the renderer's main thread ("tdur"), summed over the tasks where the
// content script runs. On a corpus page, where page scripts are blocked, those are the task that
// evaluates content.js and the idle-time callbacks (only the content script schedules any).
// It counts what the profile cannot see (compiling content.js, garbage collection inside those
// tasks) and misses what runs elsewhere (promise continuations after the settings are read, the
// count message): a check on the order of magnitude, not a replacement.

const DONE_TIMEOUT_MS = 10_000;
const CATEGORIES = ['toplevel', 'devtools.timeline'];

/**
 * Loads `url` once with a trace running and returns the thread CPU time (ms) of the content script's tasks.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, world: ReturnType<typeof import('./extension-idle.mjs').watchExtensionWorld> }} tab
 * @param {string} url
 */
export async function measureThreadCpuLoad({ page, cdp, world }, url) {
  await page.goto('about:blank');
  await page.bringToFront();
  const events = [];
  const collect = ({ value }) => events.push(...value);
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
  const ours = events.filter((e) => (e.name === 'EvaluateScript' && /\/content\.js"/.test(JSON.stringify(e.args ?? {}))) || e.name === 'FireIdleCallback');
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && ours.some((o) => o.pid === e.pid && o.tid === e.tid && o.ts >= e.ts && o.ts < e.ts + e.dur),
  );
  return tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0) / 1000;
}
