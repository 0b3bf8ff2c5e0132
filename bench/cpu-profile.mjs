// Reads V8 CPU profiles (CDP Profiler.stop) and attributes their samples to scripts by URL.
//
// A sample belongs to a script when any frame of its stack comes from that script (by URL): the
// self time of DOM calls, regexps and builtins shows up on nodes without a URL (or with the page's),
// but the script that made the call is above them in the tree, so walking up charges them to it.
// Garbage collection and rendering are root-level nodes in a V8 profile and stay unattributed.

/** The sampling interval we ask V8 for: coarse enough to be cheap, fine enough for sub-ms scripts. */
export const SAMPLING_INTERVAL_US = 100;

/**
 * Enables the profiler on a CDP session with the bench's sampling interval. Call once per session.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function enableProfiler(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
}

/**
 * One frame of a profile (a CDP Runtime.CallFrame: url, functionName, lineNumber…).
 * @typedef {{ url: string, functionName: string, lineNumber: number, columnNumber: number }} CallFrame
 */
/**
 * A test on one frame of a profile.
 * @typedef {(frame: CallFrame) => boolean} FrameTest
 */
/**
 * What this file reads of a CDP Profiler.Profile (what Profiler.stop returns).
 * @typedef {{ nodes: { id: number, callFrame: CallFrame, children?: number[] }[], startTime: number, endTime: number, samples?: number[], timeDeltas?: number[] }} Profile
 */

/**
 * Marks, for every node of the profile tree, whether it or one of its ancestors passes `isScript`.
 * @param {Profile} profile
 * @param {FrameTest} isScript
 * @returns {Map<number, boolean>} node id -> owned by the script
 */
function ownedNodes(profile, isScript) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** @type {Map<number, boolean>} */
  const owned = new Map();
  /**
   * @param {number} id
   * @returns {boolean}
   */
  const isOwned = (id) => {
    const known = owned.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result = (node !== undefined && isScript(node.callFrame)) || (parent !== undefined && isOwned(parent));
    owned.set(id, result);
    return result;
  };
  for (const node of profile.nodes) isOwned(node.id);
  return owned;
}

/**
 * The profile's sampling interval as it really ran: the median gap between samples. V8 is asked for
 * SAMPLING_INTERVAL_US, but on a busy machine its sampler thread falls behind and keeps a longer one.
 * @param {number[]} at the samples' timestamps
 */
function typicalInterval(at) {
  const gaps = at.slice(1).map((t, i) => t - /** @type {number} */ (at[i]));
  if (gaps.length === 0) return SAMPLING_INTERVAL_US;
  gaps.sort((a, b) => a - b);
  return /** @type {number} */ (gaps[gaps.length >> 1]);
}

/**
 * Each sample with its timestamp (µs, V8's monotonic clock) and the gap to the next sample, and
 * the profile's typical interval.
 * @param {Profile} profile
 * @returns {{ interval: number, samples: { node: number, at: number, gapUs: number }[] }}
 */
function timedSamples(profile) {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const at = samples.map((_, i) => (t += deltas[i] ?? 0));
  const interval = typicalInterval(at);
  return {
    interval,
    samples: samples.map((node, i) => {
      const here = /** @type {number} */ (at[i]);
      const next = at[i + 1];
      return { node, at: here, gapUs: next !== undefined ? next - here : Math.min(interval, profile.endTime - here) };
    }),
  };
}

/**
 * CPU time of the samples whose stack contains a matching frame. A sample followed by another of
 * the script's stands for the gap between them (the script ran throughout; the sampler is often
 * late on a busy machine, and a long loop then gets fewer samples than the interval asks for). The
 * last sample of a run stands for the profile's typical interval (see typicalInterval): all that is
 * known is that the script was running then, and the gap after it may be the thread idling, or
 * descheduled, until the sampler came back. This bench used to count that whole gap, which charged
 * every late sample's wait to whatever ran last. Of the ways tried, this count comes closest to the
 * thread CPU time of the content script's tasks in a Chromium trace with no profiler running
 * (bench/thread-cpu.mjs); Part 1 prints that and the whole-gap figure next to it as cross-checks.
 * @param {Profile} profile a CDP Profiler.Profile
 * @param {FrameTest} isScript
 * @returns {{ ms: number, gapMs: number, intervalMs: number, samples: number, firstUs?: number, lastUs?: number, times: { at: number, us: number }[] }}
 *   time; the same with every sample weighted by the gap after it (the earlier estimate), and by the
 *   typical interval; sample count; the timestamps (V8 clock, µs) of the first and last attributed
 *   samples; and every attributed sample's timestamp and weight
 */
export function attributedTime(profile, isScript) {
  const { interval, samples: owned } = ownedSamples(profile, isScript);
  let us = 0;
  let gapUs = 0;
  for (const sample of owned) {
    us += sample.us;
    gapUs += sample.gapUs;
  }
  const last = owned.at(-1);
  return {
    ms: us / 1000,
    gapMs: gapUs / 1000,
    intervalMs: (owned.length * interval) / 1000,
    samples: owned.length,
    firstUs: owned[0]?.at,
    lastUs: last === undefined ? undefined : last.at + last.us,
    times: owned.map(({ at, us: weight }) => ({ at, us: weight })),
  };
}

/**
 * The samples whose stack contains a matching frame, each with its weight `us` as attributedTime
 * counts it (and `gapUs`, the gap after it), and the profile's typical interval.
 * @param {Profile} profile a CDP Profiler.Profile
 * @param {FrameTest} isScript
 * @returns {{ interval: number, samples: { node: number, at: number, us: number, gapUs: number }[] }}
 */
export function ownedSamples(profile, isScript) {
  const owned = ownedNodes(profile, isScript);
  const { interval, samples: all } = timedSamples(profile);
  /** @type {{ node: number, at: number, us: number, gapUs: number }[]} */
  const samples = [];
  all.forEach((sample, i) => {
    if (!owned.get(sample.node)) return;
    const next = all[i + 1];
    const runGoesOn = next !== undefined && owned.get(next.node);
    samples.push({ ...sample, us: runGoesOn ? sample.gapUs : Math.min(sample.gapUs, interval) });
  });
  return { interval, samples };
}

/**
 * Tests for "this frame comes from one of these URLs".
 * @param {...string} urls
 * @returns {FrameTest}
 */
export function fromUrls(...urls) {
  const set = new Set(urls);
  return (frame) => set.has(frame.url);
}
