/**
 * Writes the generated benchmark pack's folder and compiles it with `node build.mjs --pack`:
 *   node src/tools/run-ts.mjs src/tools/generate-pack.ts [--entities 10000] [--articles 2000] [--seed 14]
 *        [--out dist/bench/generated.backstory.json] [--force]
 * The pack is kept with a record (NAME.backstory.json.build.json) of a hash of what made it (the
 * generator, the compiler, the built-in rules and the options) and what the build cost: a later run
 * with the same hash reuses it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BENCH_PACK, generatePackSources, type GeneratorOptions } from './pack-generator/generate';

/** What the pack's bytes depend on, besides the options. */
const INPUTS = ['src/tools/pack-generator', 'src/tools/generate-pack.ts', 'src/index', 'src/match', 'src/packs/pack-format.ts', 'src/tools/build-data.ts', 'build.mjs', 'assets/context/entities.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.endsWith('.test.ts') ? [] : filesUnder(join(path, name))));
}

/** A hash of the generator, the compiler and the options. */
export function generatorHash(root: string, options: GeneratorOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const file of INPUTS.flatMap((p) => filesUnder(join(root, p)))) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Writes the pack folder (pack.json, entities.json, articles/) into `dir`, replacing what was there. */
export function writePackFolder(root: string, dir: string, options: GeneratorOptions): void {
  const rules = JSON.parse(readFileSync(join(root, 'assets/context/entities.json'), 'utf8')).rules;
  const sources = generatePackSources(options, rules);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'pack.json'), sources.packJson);
  writeFileSync(join(dir, sources.overlay.file), sources.overlay.text);
  for (const a of sources.articles) writeFileSync(join(dir, a.file), a.text);
}

const option = (args: string[], name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

export async function main(args: string[]): Promise<void> {
  const root = process.cwd();
  const options: GeneratorOptions = {
    entities: Number(option(args, '--entities') ?? BENCH_PACK.entities),
    articles: Number(option(args, '--articles') ?? BENCH_PACK.articles),
    seed: Number(option(args, '--seed') ?? BENCH_PACK.seed),
  };
  const out = option(args, '--out') ?? join(root, 'dist/bench/generated.backstory.json');
  const recordFile = `${out}.build.json`;
  const hash = generatorHash(root, options);
  const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as BuildRecord) : undefined;
  if (!args.includes('--force') && existsSync(out) && record?.hash === hash) {
    console.log(`generated pack: ${relative(root, out)} is up to date (${hash}): ${describe(record)}`);
    return;
  }
  const dir = join(dirname(out), 'generated-pack');
  let started = performance.now();
  writePackFolder(root, dir, options);
  const generated = performance.now() - started;
  started = performance.now();
  execFileSync(process.execPath, ['build.mjs', '--pack', dir, '--out', out], { cwd: root, stdio: 'inherit' });
  const compiled = performance.now() - started;
  const built: BuildRecord = { hash, ...options, generateMs: Math.round(generated), compileMs: Math.round(compiled), bytes: statSync(out).size };
  writeFileSync(recordFile, JSON.stringify(built, null, 2) + '\n');
  console.log(`generated pack: ${relative(root, out)} (${hash}): ${describe(built)}`);
}

/** What a build of the pack was made from and what it cost, kept next to it. */
interface BuildRecord extends GeneratorOptions {
  hash: string;
  generateMs: number;
  compileMs: number;
  bytes: number;
}

function describe(r: BuildRecord): string {
  return `${r.entities.toLocaleString('en')} entities, ${r.articles.toLocaleString('en')} articles (seed ${r.seed}), ${(r.bytes / 1e6).toFixed(2)} MB; sources written in ${r.generateMs} ms, build.mjs --pack took ${(r.compileMs / 1000).toFixed(1)} s`;
}
