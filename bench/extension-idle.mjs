// Tells when the content script has finished its work on a page. It scans in idle-time slices
// (requestIdleCallback, setTimeout where missing), so its end is not one task nor one message; and
// pages without a mention show nothing at all. The bench therefore counts the callbacks the
// content script's world schedules: it wraps requestIdleCallback and setTimeout in the extension's
// isolated world as soon as CDP reports that world, and the work is over once the content script
// has scheduled something and nothing is pending any more.
// On small pages Chromium may create the world only to run the content script, and the wrappers
// come in after its first run; its first callback is then not counted, so the answer waits out
// requestIdleCallback's timeout once and looks again (every later callback goes through the
// wrappers, which the content script looks up at each call). The wrappers only count.

const PROBE = `(() => {
  if (globalThis.__benchPending) return;
  const pending = [];
  const state = (globalThis.__benchPending = {
    count: () => pending.reduce((n, handles) => n + handles.size, 0),
    scheduled: 0,
    lateStart: typeof globalThis.__backstoryPageIndex !== 'undefined',
  });
  for (const [schedule, cancel] of [['requestIdleCallback', 'cancelIdleCallback'], ['setTimeout', 'clearTimeout']]) {
    const original = globalThis[schedule];
    const originalCancel = globalThis[cancel];
    if (typeof original !== 'function') continue;
    const handles = new Set();
    pending.push(handles);
    globalThis[schedule] = function (callback, ...rest) {
      const handle = original.call(this, (...args) => {
        handles.delete(handle);
        return callback(...args);
      }, ...rest);
      handles.add(handle);
      state.scheduled++;
      return handle;
    };
    globalThis[cancel] = function (handle) {
      handles.delete(handle);
      return originalCancel.call(this, handle);
    };
  }
})()`;

const STATE = `(() => {
  const pending = globalThis.__benchPending;
  return { probed: !!pending, lateStart: !!pending?.lateStart, scheduled: pending?.scheduled ?? 0, pending: pending ? pending.count() : -1 };
})()`;

const POLL_MS = 20;
/** Longer than the content script's requestIdleCallback timeout (300 ms): an uncounted callback has run by then. */
const LATE_GRACE_MS = 400;

/**
 * The probe's counters in the world `contextId`, undefined when that world is gone.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {number} contextId
 * @returns {Promise<{ probed: boolean, lateStart: boolean, scheduled: number, pending: number } | undefined>}
 */
function readState(cdp, contextId) {
  return cdp
    .send('Runtime.evaluate', { expression: STATE, contextId, returnByValue: true })
    .then((r) => r.result.value)
    .catch(() => undefined);
}

/**
 * Follows the extension's isolated world in one tab: wraps its schedulers whenever Chromium creates
 * it, and answers whether the content script of the current document is done.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} extensionId
 */
export function watchExtensionWorld(cdp, extensionId) {
  const origin = `chrome-extension://${extensionId}`;
  /** @type {number | undefined} the extension world of the current document */
  let current;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin !== origin) return;
    current = context.id;
    cdp.send('Runtime.evaluate', { expression: PROBE, contextId: context.id }).catch(() => {});
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    if (executionContextId === current) current = undefined;
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    current = undefined;
  });

  return {
    /**
     * Waits until the content script has scheduled work and none is pending, or `timeoutMs`.
     * @param {number} timeoutMs
     * @returns {Promise<{ settled: boolean, lateStart: boolean }>} `lateStart`: the wrappers came after
     *   the content script started, so the answer waited out one more requestIdleCallback timeout
     */
    async waitUntilDone(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
      let graced = false;
      while (Date.now() < deadline) {
        const state = current === undefined ? undefined : await readState(cdp, current);
        if (state?.probed && state.pending === 0) {
          if (state.scheduled > 0) return { settled: true, lateStart: state.lateStart };
          if (state.lateStart && graced) return { settled: true, lateStart: true };
          if (state.lateStart) {
            graced = true;
            await sleep(LATE_GRACE_MS);
            continue;
          }
        }
        await sleep(POLL_MS);
      }
      return { settled: false, lateStart: false };
    },
  };
}
