#!/usr/bin/env node
// `npm run bench`: builds the extension, then prints, in one run, the page-side CPU in Chromium
// against the floor and mark.js (Part 1), the matcher's scaling to 10,000 entities (Part 2), the
// content script's size (Part 3), the time from the end of the dwell to the painted card (Part 4), and
// the generated 10,000-name pack: its page index and installing it from the options page (Part 5),
// and what that pack costs a page once installed, against the built-in pack alone (Part 6), and the
// time from the click on "Save this article" to "Saved" on the largest corpus article (Part 7).
// It measures and prints; it never fails on a number.
//   BENCH_REPS=n   loads per corpus page (default 3); the generated 1 MB pages get at least 5
//   --part N       run only part N (repeat for several): `--part 1` for the page-side CPU alone
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { CHROME_DIST, CHROMIUM } from '../src/tools/chromium.mjs';
import { CORPUS_DIR, ROOT, builtIndex, startServer } from '../src/tools/local-server.mjs';
import { matcherScaling } from './matcher-scaling.mjs';
import { newsPageHtml } from './news-page.mjs';
import { densePageHtml } from './dense-page.mjs';
import { measurePages } from './page-cpu.mjs';
import { pageCpuReport } from './page-cpu-report.mjs';
import { SAMPLING_INTERVAL_US } from './cpu-profile.mjs';
import { startPageServer } from './page-server.mjs';
import { scriptSizes } from './size.mjs';
import { cardTimingReport } from './card-timing.mjs';
import { generatedPackReport } from './generated-pack.mjs';
import { GENERATED_PACK } from './pack-install.mjs';
import { packArticlePage, packPageCostReport } from './pack-page-cost.mjs';
import { saveTimingReport } from './save-timing.mjs';

const CORPUS_REPS = Number(process.env.BENCH_REPS) || 3;
const ONLY = process.argv.flatMap((arg, i, args) => (arg === '--part' ? [Number(args[i + 1])] : []));
const GENERATED_REPS = Math.max(5, CORPUS_REPS);

const started = Date.now();
/** Start-up alone: what a page costs before it has text to scan (it names no one). */
const ONE_SENTENCE = '<!doctype html><html lang="en"><title>One sentence</title><p>Nothing to see here.</p></html>';
const say = (/** @type {string[]} */ ...lines) => console.log(lines.join('\n'));

// Measure what the sources say now. If they do not build (someone is mid-change), measure the last
// build rather than nothing, and say so.
const build = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
const contentScript = join(CHROME_DIST, 'content.js');
if (build.status !== 0) {
  if (!existsSync(contentScript)) {
    console.error('bench: the build failed and there is no earlier build in dist/chrome to measure');
    process.exit(1);
  }
  console.log(`WARNING: the build failed; measuring the earlier build in dist/ (content.js of ${statSync(contentScript).mtime.toISOString()})`);
}
const index = builtIndex();
const aliases = index.entities.flatMap((e) => e.aliases.map((a) => a.text));

say(
  '',
  `Backstory bench — ${new Date().toISOString()}`,
  `${execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}`,
  `index ${index.version}: ${index.entities.length} entities, ${aliases.length} aliases`,
);

/**
 * Prints a part's title and lines; a part that cannot run (sources mid-change) prints why instead.
 * @param {string} title
 * @param {() => string[] | Promise<string[]>} lines
 */
async function part(title, lines) {
  if (ONLY.length > 0 && !ONLY.includes(Number(/^## Part (\d+)/.exec(title)?.[1]))) return;
  say('', title);
  try {
    say(...(await lines()));
  } catch (error) {
    say(`could not run: ${(error instanceof Error ? error.stack : undefined) ?? error}`);
  }
}

async function pageCpu() {
  say(
    `ext: samples with a chrome-extension://…/content.js frame on the stack (V8 CPU profile, ${SAMPLING_INTERVAL_US} µs asked for), each counted as`,
    "  the gap to the next sample while the script runs on, the last of a run as the profile's median interval (see cpu-profile.mjs), from before",
    "  the navigation until the content script has no idle-time slice pending; garbage collection, style and paint are no one's",
    'floor: a bare TreeWalker pass reading every text node of document.body; mark.js: mark.js 8 marking every alias of the index',
    "  (accuracy 'exactly', separateWordSearch false, diacritics on); both in Chromium without the extension, on a fresh load (floor first)",
    '"wall"/"now": wall-clock cross-checks (first to last content.js sample; performance.now() around the floor and mark.js calls)',
    'ranges: highlight ranges the extension painted; marks: <mark> elements mark.js inserted (it ignores case, plurals and typos)',
    `loads: ${CORPUS_REPS} per corpus page (${CORPUS_REPS < 5 ? 'fewer than 5 to keep the run under ~5 minutes; BENCH_REPS=5 for more' : `BENCH_REPS=${CORPUS_REPS}`}), ${GENERATED_REPS} for the generated pages; scripts blocked (CSP), requests off 127.0.0.1 blocked`,
    '',
  );
  const corpus = await startServer();
  const generated = await startPageServer({
    '/news-1mb.html': newsPageHtml({ entities: index.entities }),
    '/dense-1mb.html': densePageHtml({ index, corpusDir: CORPUS_DIR }),
    '/one-sentence.html': ONE_SENTENCE,
  });
  try {
    const pages = [
      ...readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((name) => ({ name: name.replace(/\.html$/, ''), url: `${corpus.origin}/corpus/${name}`, reps: CORPUS_REPS })),
      { name: 'start-up: a one-sentence page', url: `${generated.origin}/one-sentence.html`, reps: GENERATED_REPS },
      { name: 'generated news page (1 MB)', url: `${generated.origin}/news-1mb.html`, reps: GENERATED_REPS, characterFloor: true, worldFloor: true },
      { name: 'dense news page (1 MB)', url: `${generated.origin}/dense-1mb.html`, reps: GENERATED_REPS, worldFloor: true },
    ];
    return pageCpuReport(await measurePages(pages, aliases));
  } finally {
    await corpus.close();
    await generated.close();
  }
}

await part('## Part 1 — page-side CPU in Chromium (ms of CPU; median of the loads)', pageCpu);
await part('## Part 2 — matcher scaling in Node: 1 MB of news text, real index vs 10,000 entities', () => matcherScaling(index));
await part('## Part 3 — size', scriptSizes);
/** The test build marks the dwell's end and the painted card on the page's timeline (performance.mark). */
let testBuilt = false;
function buildTest() {
  if (!testBuilt) spawnSync(process.execPath, ['build.mjs', '--test'], { cwd: ROOT, stdio: 'ignore' });
  testBuilt = true;
}

await part('## Part 4 — the card: end of the dwell to the painted card', async () => {
  buildTest();
  const server = await startServer();
  try {
    return await cardTimingReport(`${server.origin}/demo/`, 20);
  } finally {
    await server.close();
  }
});

await part('## Part 5 — a pack of 2,000 articles and 10,000 colliding names next to the built-in pack', generatedPackReport);
await part('## Part 6 — the generated pack installed vs the built-in pack alone: start-up, CPU, heap, card', async () => {
  buildTest();
  // Part 5 makes the pack; alone, Part 6 makes it too (reused while its sources are unchanged).
  execFileSync(process.execPath, ['src/tools/run-ts.mjs', 'src/tools/generate-pack.ts', '--out', GENERATED_PACK], { cwd: ROOT, stdio: 'ignore' });
  const corpus = await startServer();
  const article = packArticlePage(GENERATED_PACK);
  const blank = await startPageServer({ '/one-sentence.html': ONE_SENTENCE, '/pack-article.html': article.html });
  try {
    return await packPageCostReport({
      corpusOrigin: corpus.origin,
      startupUrl: `${blank.origin}/one-sentence.html`,
      demoUrl: `${corpus.origin}/demo/`,
      packPage: { ...article, url: `${blank.origin}/pack-article.html` },
      reps: CORPUS_REPS,
      startupReps: Math.max(7, GENERATED_REPS),
      hovers: 20,
    });
  } finally {
    await corpus.close();
    await blank.close();
  }
});

await part('## Part 7 — saving: the click on "Save this article" to "Saved", on the largest corpus article', () => {
  buildTest();
  return saveTimingReport(5);
});

say('', `bench took ${Math.round((Date.now() - started) / 1000)} s`);
