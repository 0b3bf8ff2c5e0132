#!/usr/bin/env node
// Runs a TypeScript tool from src/tools on Node 20 (which cannot strip types): esbuild bundles it to
// a temporary module, dependencies stay in node_modules, then it is imported with the remaining args.
//   node src/tools/run-ts.mjs src/tools/scan.ts page.html …
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node src/tools/run-ts.mjs TOOL.ts [args…]');
  process.exit(2);
}
// Inside node_modules, so the bundle's bare imports (happy-dom, fuse.js) resolve to the project's packages.
const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const cache = join(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'backstory-tool-'));
const outfile = join(dir, 'tool.mjs');
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.execPath, entry, ...rest];
try {
  const tool = await import(pathToFileURL(outfile).href);
  await tool.main(rest);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
