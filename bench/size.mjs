// Part 3: the content script is read, parsed and compiled on every page the reader opens, so its size
// is a cost of its own: raw, and gzipped as in the store package. The index script is listed apart:
// it grows with the articles, not with the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_DIST } from '../src/tools/chromium.mjs';

// The Firefox build's content script differs a little (it styles highlights inside shadow roots itself).
/** @type {[target: string, file: string, what: string][]} */
const FILES = [
  ['chrome', 'content.js', 'content script'],
  ['firefox', 'content.js', 'content script'],
  ['chrome', 'page-index.js', 'page index script (separate)'],
  ['chrome', 'built-in-pack.js', 'built-in pack (extension pages, background)'],
  // Injected only into a tab the reader saves (issue #15); never a content script.
  ['chrome', 'capture.js', 'capture script (on save only)'],
];

/**
 * Sizes of the builds' page-side scripts.
 * @returns {string[]} the lines to print
 */
export function scriptSizes() {
  return FILES.map(([target, file, what]) => {
    const bytes = readFileSync(join(CHROME_DIST, '..', target, file));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    return `${`dist/${target}/${file}`.padEnd(28)} ${what.padEnd(24)} ${kb(bytes.length).padStart(9)} raw  ${kb(gzipped).padStart(9)} gzip -9`;
  });
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
