// The extension's content script, measured as it really runs: injected by Chromium at document_idle,
// then scanning in idle-time slices until the page is done.
//
// The profiler is started on about:blank, before the navigation, so it is already sampling when the
// content script runs (the tab stays in one renderer process: about:blank and the page are the same
// site), and it is stopped once the content script has no work left (see extension-idle.mjs).
import { attributedTime, fromUrls } from './cpu-profile.mjs';
import { evaluate } from './bench-tab.mjs';
import { longTasksDuring, markClock } from './long-tasks.mjs';

const DONE_TIMEOUT_MS = 10_000;

const PAINTED = '[...CSS.highlights.keys()].filter((k) => k.startsWith("backstory")).reduce((n, k) => n + CSS.highlights.get(k).size, 0)';

/**
 * Loads `url` once with the profiler running and returns the content script's CPU time.
 * @param {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession, world: ReturnType<typeof import('./extension-idle.mjs').watchExtensionWorld> }} tab
 * @param {string} url
 * @param {string} extensionId
 * @returns {Promise<{ ms: number, gapMs: number, samples: number, indexMs: number, spanMs: number, ranges: number, settled: boolean, lateStart: boolean, longTasks: Awaited<ReturnType<typeof longTasksDuring>> }>}
 *   `ms` CPU of content.js frames (`gapMs` the same by the earlier estimate, see cpu-profile.mjs); `indexMs` of page-index.js; `spanMs` first to last content.js
 *   sample (wall clock: how long the page took to be fully annotated); `ranges` painted highlight
 *   ranges; `settled` false if the content script's work never drained (the profile may miss some)
 */
export async function measureExtensionLoad({ page, cdp, world }, url, extensionId) {
  const base = `chrome-extension://${extensionId}`;
  const isContent = fromUrls(`${base}/content.js`);
  await page.goto('about:blank');
  await page.bringToFront();
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  const { settled, lateStart } = await world.waitUntilDone(DONE_TIMEOUT_MS);
  const ranges = await evaluate(cdp, PAINTED);
  const clock = await markClock(cdp);
  const { profile } = await cdp.send('Profiler.stop');
  const content = attributedTime(profile, isContent);
  return {
    ms: content.ms,
    gapMs: content.gapMs,
    samples: content.samples,
    indexMs: attributedTime(profile, fromUrls(`${base}/page-index.js`)).ms,
    spanMs: content.firstUs === undefined || content.lastUs === undefined ? 0 : (content.lastUs - content.firstUs) / 1000,
    ranges,
    settled,
    lateStart,
    longTasks: await longTasksDuring(cdp, profile, clock, isContent),
  };
}
