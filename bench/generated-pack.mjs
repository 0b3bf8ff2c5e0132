// Part 5 of `npm run bench`: the generated pack of 2,000 articles and 10,000 colliding names (built
// once, then reused while its generator and the compiler are unchanged), its page index compiled in
// Node next to the built-in pack's alone, and installing it from the options page in Chromium.
import { execFileSync } from 'node:child_process';
import { ROOT } from '../src/tools/local-server.mjs';
import { GENERATED_PACK, packInstallReport } from './pack-install.mjs';

/** A TypeScript tool's last line of output. */
const runTs = (/** @type {string[]} */ ...args) =>
  execFileSync(process.execPath, ['src/tools/run-ts.mjs', ...args], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1) ?? '';

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KB`;
const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(2)} MB`;

/**
 * One page index as bench/page-index-cost.ts reports it.
 * @typedef {{ entities: number, compileMs: number, compileRunsMs: number[], bytes: { total: number, core: number, trie: number, entries: number, fuzzy: number, ids: number } }} PageIndexCost
 */

/**
 * @param {string} label
 * @param {PageIndexCost} c
 */
function pageIndexLine(label, c) {
  const size = c.bytes.total > 1e6 ? mb(c.bytes.total) : kb(c.bytes.total);
  const parts = `core ${kb(c.bytes.core)}, trie ${kb(c.bytes.trie)} + branches ${kb(c.bytes.entries)}, ids ${kb(c.bytes.ids)}, fuzzy ${kb(c.bytes.fuzzy)}`;
  return `${label.padEnd(26)} ${String(c.entities).padStart(6)} entities  compilePageIndex ${c.compileMs.toFixed(0).padStart(5)} ms (median of ${c.compileRunsMs.join(', ')})  ${size} (${parts})`;
}

/** @returns {Promise<string[]>} */
export async function generatedPackReport() {
  const built = runTs('src/tools/generate-pack.ts', '--out', GENERATED_PACK);
  /** @type {{ builtInAlone: PageIndexCost, withPacks: PageIndexCost }} */
  const cost = JSON.parse(runTs('bench/page-index-cost.ts', GENERATED_PACK));
  return [
    built,
    '',
    'page index (what storage.local holds for every tab), compiled in Node:',
    pageIndexLine('built-in pack alone', cost.builtInAlone),
    pageIndexLine('built-in + generated pack', cost.withPacks),
    '',
    'installing the generated pack from the options page (Chromium, dist/chrome):',
    ...(await packInstallReport(GENERATED_PACK)),
  ];
}
