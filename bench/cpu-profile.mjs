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
 * A test on one frame of a profile (a CDP Runtime.CallFrame: url, functionName, lineNumber…).
 * @typedef {(frame: { url: string, functionName: string, lineNumber: number, columnNumber: number }) => boolean} FrameTest
 */

/**
 * Marks, for every node of the profile tree, whether it or one of its ancestors passes `isScript`.
 * @param {any} profile a CDP Profiler.Profile
 * @param {FrameTest} isScript
 * @returns {Map<number, boolean>} node id -> owned by the script
 */
function ownedNodes(profile, isScript) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const owned = new Map();
  const isOwned = (id) => {
    if (owned.has(id)) return owned.get(id);
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result = isScript(node.callFrame) || (parent !== undefined && isOwned(parent));
    owned.set(id, result);
    return result;
  };
  for (const node of profile.nodes) isOwned(node.id);
  return owned;
}

/**
 * Each sample with its timestamp (µs, V8's monotonic clock) and the time it stands for: the gap to
 * the next sample. Weighting by the real gap rather than the nominal interval keeps the total honest
 * when the sampler runs late on a busy machine.
 * @param {any} profile
 * @returns {{ node: number, at: number, us: number }[]}
 */
function timedSamples(profile) {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const at = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) at.push((t += deltas[i] ?? 0));
  return samples.map((node, i) => ({
    node,
    at: at[i],
    us: i + 1 < samples.length ? at[i + 1] - at[i] : Math.min(SAMPLING_INTERVAL_US, profile.endTime - at[i]),
  }));
}

/**
 * CPU time of the samples whose stack contains a matching frame.
 * @param {any} profile a CDP Profiler.Profile
 * @param {FrameTest} isScript
 * @returns {{ ms: number, samples: number, firstUs?: number, lastUs?: number, times: { at: number, us: number }[] }}
 *   time, sample count, the timestamps (V8 clock, µs) of the first and last attributed samples, and
 *   every attributed sample's timestamp and weight
 */
export function attributedTime(profile, isScript) {
  const owned = ownedNodes(profile, isScript);
  let us = 0;
  let samples = 0;
  let firstUs;
  let lastUs;
  const times = [];
  for (const sample of timedSamples(profile)) {
    if (!owned.get(sample.node)) continue;
    times.push({ at: sample.at, us: sample.us });
    us += sample.us;
    samples++;
    firstUs ??= sample.at;
    lastUs = sample.at + sample.us;
  }
  return { ms: us / 1000, samples, firstUs, lastUs, times };
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
