// The test pack the browser tests install next to the built-in index: twelve corpus pages (Spanish
// and English) imported with `npm run import-article`, and the overlay in e2e/fixtures/test-pack/.
// Petro is named in two of its sources (El Colombiano, El Tiempo), so his card has sentences from
// both; its gustavo-petro, donald-trump… are the built-in ids, so the two packs merge.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CORPUS_DIR, ROOT } from '../../src/tools/local-server.mjs';

const run = promisify(execFile);

/** The fixture: pack.json (name, publisher) and entities.json (the overlay). */
export const TEST_PACK_FIXTURE = join(ROOT, 'e2e/fixtures/test-pack');

/** Corpus pages in the pack. Every one gives its own date, publisher and address. */
export const TEST_PACK_PAGES = [
  'elcolombiano-petro-buses.html',
  'eltiempo-candidatos-petro.html',
  'infobae-muratov-ucrania.html',
  'ladiaria-uy-glifosato.html',
  'elespectador-jep-orion.html',
  'ultimasnoticias-ve-ucrania.html',
  'cnn-trump-fraud-trial-2023.html',
  'cnn-politics-2019.html',
  'nytimes-sudan-sanctions.html',
  'breitbart-snopes.html',
  'aljazeera-article.html',
  'nationalreview-schiff-rubio.html',
];

/**
 * Writes the pack's sources into `dir`: articles/*.md from the importer, pack.json and entities.json
 * from the fixture. Rejects with the importer's message (the page and what is wrong) if a page fails.
 * @param {string} dir
 * @returns {Promise<string>} dir
 */
export async function importTestPack(dir) {
  mkdirSync(dir, { recursive: true });
  const overlay = join(TEST_PACK_FIXTURE, 'entities.json');
  const pages = TEST_PACK_PAGES.map((name) => join(CORPUS_DIR, name));
  await run(process.execPath, ['src/tools/run-ts.mjs', 'src/tools/import/import-article.ts', ...pages, '--out', dir, '--overlay', overlay], { cwd: ROOT });
  for (const name of ['pack.json', 'entities.json']) copyFileSync(join(TEST_PACK_FIXTURE, name), join(dir, name));
  return dir;
}

/**
 * Imports the pack into a temporary folder and compiles it with `node build.mjs --pack DIR --out
 * outFile` (a .backstory.json file). The temporary folder is removed, whatever happens.
 * @param {string} outFile
 * @returns {Promise<string>} outFile
 */
export async function buildTestPack(outFile) {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-test-pack-'));
  try {
    await importTestPack(dir);
    await run(process.execPath, ['build.mjs', '--pack', dir, '--out', outFile], { cwd: ROOT });
    return outFile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
