/**
 * The page index of the built-in pack alone and with other packs, compiled in Node as the pack
 * worker compiles it: how long compilePageIndex takes (median of `runs`) and how many bytes each part
 * stores. Prints one JSON object (bench/run.mjs formats it):
 *   node src/tools/run-ts.mjs bench/page-index-cost.ts PACK.backstory.json… [--runs 5]
 */
import { readFileSync, statSync } from 'node:fs';
import { builtInPack } from '../src/index/compile-pack';
import { buildContextIndex } from '../src/index/load-sources';
import type { ContextPack } from '../src/packs/pack-format';
import { compilePageIndex } from '../src/packs/compile-page-index';
import type { PageIndexWire } from '../src/packs/page-index';
import { readPack } from '../src/packs/read-pack';
import { matchablePack } from '../src/tools/eval';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function cost(packs: readonly ContextPack[], runs: number) {
  const times: number[] = [];
  let wire: PageIndexWire | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    wire = compilePageIndex(packs.map(matchablePack));
    times.push(performance.now() - started);
  }
  const w = wire!;
  return {
    packs: w.packs,
    entities: w.ids === '' ? 0 : w.ids.split('\n').length,
    compileMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
    compileRunsMs: times.map(Math.round),
    bytes: { total: bytes(JSON.stringify(w)), core: bytes(w.core), trie: bytes(w.trie), entries: bytes(w.entries), fuzzy: bytes(w.fuzzy), ids: bytes(w.ids) },
  };
}

export async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  const files = args.filter((a, i) => a !== '--runs' && args[i - 1] !== '--runs');
  const builtIn = builtInPack(process.cwd(), buildContextIndex(process.cwd()));
  const packs = files.map((file) => readPack(readFileSync(file, 'utf8'), statSync(file).size));
  console.log(JSON.stringify({ builtInAlone: cost([builtIn], runs), withPacks: cost([builtIn, ...packs], runs) }));
}
