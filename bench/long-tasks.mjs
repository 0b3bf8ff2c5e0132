// Long tasks (> 50 ms) seen by the page, and where the extension's scan falls among them.
//
// The observer is registered with Page.addScriptToEvaluateOnNewDocument: DevTools injects it before
// any page script, and the corpus pages' CSP (script-src 'none') does not apply to it. Long-task
// times are on the page's performance.now() clock and profile samples on V8's monotonic clock; a
// short busy loop with its own sourceURL, timed both ways, ties the two clocks together.
import { attributedTime, fromUrls } from './cpu-profile.mjs';

const OBSERVER = `(() => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

const CLOCK_URL = 'bench-clock.js';

/**
 * Registers the long-task observer for every document the session's page loads from now on.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function observeLongTasks(cdp) {
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVER });
}

/**
 * Runs a 5 ms busy loop in the page while the profiler records, and returns when it started on the
 * page's clock. Pass the result to `longTasksDuring` with the stopped profile.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<number>} performance.now() at the loop's start
 */
export async function markClock(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => { const t0 = performance.now(); while (performance.now() - t0 < 5); return t0; })()\n//# sourceURL=${CLOCK_URL}`,
    returnByValue: true,
  });
  return result.value;
}

/**
 * The page's long tasks that overlap the samples of `isScript` in `profile`, each with how much of
 * it the script itself ran (a long task may only fall between two of its idle-time slices).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {import('./cpu-profile.mjs').Profile} profile a profile that recorded the `markClock` loop
 * @param {number} clockMark what `markClock` returned
 * @param {import('./cpu-profile.mjs').FrameTest} isScript
 * @returns {Promise<{ installed: boolean, calibrated: boolean, all: { start: number, duration: number }[], during: { start: number, duration: number, scriptMs: number }[], scan?: { start: number, end: number } }>}
 *   `installed` false means the observer did not run in this document; `calibrated` false that the
 *   busy loop got no sample, so the scan could not be placed on the page's clock
 */
export async function longTasksDuring(cdp, profile, clockMark, isScript) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__benchLongTasks ?? null', returnByValue: true });
  /** @type {{ start: number, duration: number }[]} */
  const all = result.value ?? [];
  const clock = attributedTime(profile, fromUrls(CLOCK_URL));
  const script = attributedTime(profile, isScript);
  const installed = result.value !== null;
  const clockUs = clock.firstUs;
  if (clockUs === undefined || script.firstUs === undefined || script.lastUs === undefined) return { installed, calibrated: clockUs !== undefined, all, during: [] };
  // V8 clock (µs) -> page clock (ms): the loop's first sample happened at clockMark (give or take
  // the sampler's delay, a fraction of a millisecond to a few).
  const toPage = (/** @type {number} */ us) => us / 1000 - clockUs / 1000 + clockMark;
  const scan = { start: toPage(script.firstUs), end: toPage(script.lastUs) };
  const during = all
    .filter((t) => t.start < scan.end && t.start + t.duration > scan.start)
    .map((t) => {
      const inside = script.times.filter(({ at }) => toPage(at) >= t.start && toPage(at) < t.start + t.duration);
      return { ...t, scriptMs: inside.reduce((sum, { us }) => sum + us, 0) / 1000 };
    });
  return { installed, calibrated: true, all, during, scan };
}
