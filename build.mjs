#!/usr/bin/env node
// Builds Backstory for Chrome and Firefox from one manifest, and compiles the context index.
//   node build.mjs            build dist/chrome and dist/firefox
//   node build.mjs --watch    rebuild on change (sources and assets/context)
//   node build.mjs --zip      build, then write the store packages to dist/
//   node build.mjs --test     build into dist-test/ with the test-only hooks (__TEST_BUILD__); never shipped
//   node build.mjs --pack DIR --out NAME.backstory.json
//                             compile a context pack from DIR (pack.json, entities.json, articles/*.md)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const args = new Set(argv);
/**
 * The value after `--name`, if given.
 * @param {string} name
 */
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
/** @typedef {'chrome' | 'firefox'} Target */
/** @type {Target[]} */
const TARGETS = ['chrome', 'firefox'];
const TEST_BUILD = args.has('--test');
/** The test build has hooks the shipped build must not: it goes to its own folder, never zipped. */
const OUT = join(root, TEST_BUILD ? 'dist-test' : 'dist');

/** The extension's scripts: one row per entry point. */
const ENTRY_POINTS = [
  { in: 'src/background/main.ts', out: 'background' },
  { in: 'src/content/main.ts', out: 'content' },
  { in: 'src/ui/article/main.tsx', out: 'article' },
  { in: 'src/ui/popup/main.tsx', out: 'popup' },
  { in: 'src/ui/options/main.tsx', out: 'options' },
  { in: 'src/ui/onboarding/main.tsx', out: 'onboarding' },
  { in: 'src/packs/pack-worker.ts', out: 'pack-worker' },
  // Injected by the background only when the reader saves (issue #15); never in content_scripts.
  { in: 'src/capture/main.ts', out: 'capture' },
  { in: 'src/ui/save/main.tsx', out: 'save' },
];

/**
 * Files copied as they are: [from, to inside the target folder].
 * @type {[string, string][]}
 */
const STATIC_FILES = [
  ['src/content/highlights.css', 'highlights.css'],
  ['src/ui/article/article.html', 'article.html'],
  ['src/ui/article/article.css', 'article.css'],
  ['src/ui/popup/popup.html', 'popup.html'],
  ['src/ui/popup/popup.css', 'popup.css'],
  ['src/ui/palette.css', 'palette.css'],
  ['src/ui/window-colours.css', 'window-colours.css'],
  ['src/ui/card.css', 'card.css'],
  ['src/ui/options/options.html', 'options.html'],
  ['src/ui/options/options.css', 'options.css'],
  ['src/ui/onboarding/onboarding.html', 'onboarding.html'],
  ['src/ui/onboarding/onboarding.css', 'onboarding.css'],
  ['src/ui/save/save.html', 'save.html'],
  ['src/ui/save/save.css', 'save.css'],
  ['assets/_locales', '_locales'],
];

const ICON_SIZES = [16, 32, 48, 128];

/** @typedef {{ background: Record<string, unknown>, [key: string]: unknown }} Manifest manifest.json, parsed */
/**
 * Per-browser changes to the one manifest.
 * @type {Record<Target, (m: Manifest) => object>}
 */
const MANIFEST_PATCHES = {
  // Chrome runs the service worker and warns about keys it does not know.
  chrome: (m) => {
    const { scripts: _scripts, ...background } = m.background;
    const { browser_specific_settings: _gecko, ...rest } = m;
    return { ...rest, background };
  },
  // Firefox runs background.scripts as an event page; web-ext lint warns about service_worker.
  // Chrome's minimum (123: light-dark() in the card's colours, popovers from 114) is Chrome's alone.
  firefox: (m) => {
    const { service_worker: _worker, ...background } = m.background;
    const { minimum_chrome_version: _chrome, ...rest } = m;
    return { ...rest, background };
  },
};

/**
 * Preact can write raw HTML (dangerouslySetInnerHTML, through innerHTML). Backstory never does, so the
 * build removes that sink from the bundles: a use throws instead, and web-ext lint has nothing to
 * flag. The build fails if a Preact upgrade changes the code this expects.
 * @type {import('esbuild').Plugin}
 */
const noRawHtml = {
  name: 'no-raw-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
      const found = source.match(sink)?.length ?? 0;
      if (found !== 1) throw new Error(`no-raw-html: expected one innerHTML write in ${path}, found ${found}`);
      return { contents: source.replace(sink, '(()=>{throw new Error("Backstory: dangerouslySetInnerHTML is disabled")})()'), loader: 'js' };
    });
  },
};

/**
 * Readability writes innerHTML twice, both on the copy of the page it reads: to restore the body
 * before another attempt, and to parse a <noscript>'s images. The capture script (issue #15) gets
 * the same with DOM calls: a deep clone of the body, restored by replaceChildren, and the noscript's
 * nodes cloned (in a document without a browsing context a noscript's markup stays text either way).
 * No innerHTML sink ships, and web-ext lint has none to flag. The build fails if an upgrade changes
 * the code this expects.
 * @type {import('esbuild').Plugin}
 */
const readabilityWithoutHtml = {
  name: 'readability-without-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, ({ path }) => {
      /** @type {[string, string][]} */
      const swaps = [
        ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
        ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
        ['tmp.innerHTML = noscript.innerHTML;', 'tmp.replaceChildren(...Array.from(noscript.childNodes, (n) => n.cloneNode(true)));'],
      ];
      let source = readFileSync(path, 'utf8');
      for (const [from, to] of swaps) {
        const found = source.split(from).length - 1;
        if (found !== 1) throw new Error(`readability-without-html: expected "${from}" once in ${path}, found ${found}`);
        source = source.replace(from, to);
      }
      if (/\.innerHTML\s*=[^=]/.test(source)) throw new Error(`readability-without-html: ${path} writes innerHTML elsewhere`);
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * @param {Target} target
 * @returns {import('esbuild').BuildOptions}
 */
function esbuildOptions(target) {
  return {
    entryPoints: ENTRY_POINTS,
    outdir: join(OUT, target),
    bundle: true,
    format: 'iife',
    target: ['chrome123', 'firefox142'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // --no-minify keeps names readable in CPU profiles.
    minify: !args.has('--watch') && !args.has('--no-minify'),
    legalComments: 'none',
    charset: 'utf8',
    loader: { '.css': 'text' },
    define: { __TARGET__: JSON.stringify(target), __TEST_BUILD__: JSON.stringify(TEST_BUILD) },
    logLevel: 'warning',
    plugins: [noRawHtml, readabilityWithoutHtml],
  };
}

/**
 * The index and pack compilers in src/ (TypeScript), bundled on the fly for Node.
 * @returns {Promise<typeof import('./src/tools/build-data')>}
 */
async function dataCompiler() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/tools/build-data.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no data compiler');
  const bundled = join(OUT, '.data-compiler.mjs');
  mkdirSync(dirname(bundled), { recursive: true });
  writeFileSync(bundled, output.contents);
  return import(`${bundled}?t=${Date.now()}`);
}

/**
 * A script that defines one global, parsed with JSON.parse (faster than an object literal). Content
 * scripts get theirs from the manifest without a web-accessible resource, so pages cannot read or
 * fingerprint it.
 * @param {string} name
 * @param {unknown} value
 */
function globalScript(name, value) {
  return `globalThis.${name}=JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/**
 * A script that defines one global as JSON text, for its reader to parse when it needs it: the page
 * index is read on every page, but parsed only where no stored index (other packs) replaces it.
 * @param {string} name
 * @param {unknown} value
 */
function globalJsonText(name, value) {
  return `globalThis.${name}=${JSON.stringify(JSON.stringify(value))};\n`;
}

/** @returns {Promise<[number, Uint8Array][]>} */
async function renderIcons() {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = readFileSync(join(root, 'assets/icons/icon.svg'));
  return ICON_SIZES.map((size) => [size, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()]);
}

/**
 * @param {Target} target
 * @param {import('./src/tools/build-data').BuiltInData} data
 * @param {[number, Uint8Array][]} icons
 */
async function writeStatic(target, data, icons) {
  const out = join(OUT, target);
  mkdirSync(join(out, 'icons'), { recursive: true });
  /** @type {Manifest & { permissions: string[], host_permissions?: string[], version?: string }} */
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  // The test build opens the popup as a tab aimed at another tab, which needs that tab's address.
  if (TEST_BUILD) manifest.permissions = [...manifest.permissions, 'tabs'];
  // Saving reads a tab under activeTab, which only the reader's click on the toolbar button or a
  // menu grants; automation cannot click them. The test build alone may read the local test
  // server's pages (src/tools/local-server.mjs: 127.0.0.1, any port); the shipped one reads no site.
  if (TEST_BUILD) manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(MANIFEST_PATCHES[target](manifest), null, 2) + '\n');
  // Extension pages and the background read the whole built-in pack; a page's content script only
  // the page index (what matching needs), card text comes from the background when a card opens.
  writeFileSync(join(out, 'built-in-pack.js'), globalScript('__backstoryBuiltInPack', data.pack));
  writeFileSync(join(out, 'page-index.js'), globalJsonText('__backstoryPageIndex', data.pageIndex));
  for (const [from, to] of STATIC_FILES) cpSync(join(root, from), join(out, to), { recursive: true });
  for (const [size, png] of icons) writeFileSync(join(out, 'icons', `icon-${size}.png`), png);
}

async function buildAll() {
  const started = Date.now();
  const data = (await dataCompiler()).buildBuiltIn(root);
  const { index } = data;
  const icons = await renderIcons();
  for (const target of TARGETS) {
    rmSync(join(OUT, target), { recursive: true, force: true });
    await esbuild.build(esbuildOptions(target));
    await writeStatic(target, data, icons);
  }
  // A readable copy of the index for editors, reviewers and tools; the extension ships it as built-in-pack.js.
  writeFileSync(join(OUT, 'context-index.json'), JSON.stringify(index, null, 2) + '\n');
  console.log(
    `built ${TEST_BUILD ? 'dist-test' : 'dist'}/chrome and /firefox in ${Date.now() - started} ms: index ${index.version}, ${index.entities.length} entities, ${index.articles.length} article(s)`,
  );
}

/** A fixed timestamp for every zip entry: two builds of one commit give the same bytes. */
// Local time: zip stores a DOS date and time, which fflate reads from a Date in local time, so a
// UTC instant gave different bytes in Bogotá and in Tokyo.
const ZIP_MTIME = new Date(2026, 0, 1);

/**
 * Every file under `dir`, sorted, as [name inside the zip, path on disk].
 * @param {string} dir
 * @returns {[string, string][]}
 */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [[`${prefix}${name}`, path]];
    });
}

/**
 * @param {string} zipPath
 * @param {[string, string][]} files [name inside the zip, path on disk]
 */
function writeZip(zipPath, files) {
  /** @type {import('fflate').Zippable} */
  const entries = Object.fromEntries(files.map(([name, path]) => [name, [readFileSync(path), { mtime: ZIP_MTIME }]]));
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  console.log(`wrote ${zipPath}`);
}

/**
 * The store packages (one per browser) and the source package AMO reviewers ask for: every file git
 * tracks, as it is in the working tree, with the README's build command.
 */
async function zipAll() {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  for (const target of TARGETS) writeZip(join(OUT, `backstory-${target}-${version}.zip`), filesUnder(join(OUT, target)));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean).sort();
  writeZip(
    join(OUT, `backstory-source-${version}.zip`),
    tracked.filter((f) => existsSync(join(root, f))).map((f) => [f, join(root, f)]),
  );
}

async function watchAll() {
  await buildAll().catch(report);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildAll().catch(report), 100);
  };
  for (const dir of ['src', 'assets', 'manifest.json']) watch(join(root, dir), { recursive: true }, rebuild);
  console.log('watching src/, assets/ and manifest.json; reload the extension after a rebuild');
}

/** @param {unknown} error */
function report(error) {
  console.error(`build failed: ${error instanceof Error ? error.message : error}`);
  return false;
}

/** `--pack DIR --out FILE`: one pack file; a bad article or overlay fails with file and entity. */
async function buildPackFile() {
  const dir = option('--pack');
  const out = option('--out');
  if (!dir || !out?.endsWith('.backstory.json')) {
    console.error('usage: node build.mjs --pack DIR --out NAME.backstory.json');
    process.exit(2);
  }
  const { buildPack } = await dataCompiler();
  const pack = buildPack(root, resolve(dir));
  writeFileSync(out, JSON.stringify(pack) + '\n');
  const { meta } = pack;
  console.log(`wrote ${out}: "${meta.name}" (${meta.id}@${meta.version}), ${meta.articles} article(s), ${meta.entities} entities, ${meta.languages.join('/')}`);
}

if (args.has('--pack')) {
  await buildPackFile().catch((error) => {
    report(error);
    process.exit(1);
  });
} else if (args.has('--watch')) {
  await watchAll();
} else {
  try {
    await buildAll();
    if (args.has('--zip') && !TEST_BUILD) await zipAll();
  } catch (error) {
    report(error);
    process.exit(1);
  }
}
