/**
 * How long compiling "Saved by you" takes as the saved articles grow: the articles are the corpus
 * pages' text (Readability, as import-article reads them), repeated to 200 and 2,000 saves, compiled
 * with the built-in pack alone and beside a big installed pack; then the page index of them all.
 * From the checkout:
 *   node src/tools/run-ts.mjs src/tools/saved-compile-time.ts [--pack FILE.backstory.json] [--counts 200,2000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import { compilePageIndex } from '../packs/compile-page-index';
import { directoryEntry } from '../packs/pack-records';
import { packKey } from '../packs/pack-key';
import { readPack } from '../packs/read-pack';
import { compileSavedPack, type OtherPack } from '../saved/compile-saved-pack';
import type { SavedArticle } from '../saved/saved-types';
import { extractArticle } from './import/extract-article';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** The checkout (run from it); the corpus is the workplace's, next to it (see local-server). */
const root = process.cwd();
const CORPUS = join(root, '../shared/corpus/pages');
const counts = (option('--counts') ?? '200,2000').split(',').map(Number);

const builtIn = builtInPack(root, buildContextIndex(root));
const pages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .flatMap((file) => {
    try {
      return [extractArticle(readFileSync(join(CORPUS, file), 'utf8'), file, { date: '2026-01-01', language: 'en' })];
    } catch {
      return [];
    }
  });
const chars = pages.map((p) => p.paragraphs.join('').length).sort((a, b) => a - b);
console.log(`${pages.length} corpus articles, median ${chars[chars.length >> 1]} characters, largest ${chars.at(-1)}`);

function saves(count: number): SavedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const page = pages[i % pages.length]!;
    return {
      id: `a-${i}`,
      title: page.title,
      source: page.source,
      date: page.date,
      language: page.language,
      paragraphs: page.paragraphs,
      kind: 'article',
      savedAt: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
    };
  });
}

const asOther = (pack: ReturnType<typeof readPack>): OtherPack => ({ key: packKey(pack.meta), rules: pack.rules, entities: pack.entities.map(directoryEntry) });
const setups: [string, OtherPack[]][] = [['built-in pack alone', [asOther(builtIn)]]];
const big = option('--pack');
if (big) setups.push([`built-in + ${big.replace(/^.*\//, '')}`, [asOther(builtIn), asOther(readPack(readFileSync(big, 'utf8')))]]);

for (const [label, others] of setups) {
  for (const count of counts) {
    const articles = saves(count);
    const started = performance.now();
    const compiled = compileSavedPack({ articles, names: [], rules: builtIn.rules, others, position: 0, today: '2026-03-01' })!;
    const compiledAt = performance.now();
    compilePageIndex([{ key: packKey(compiled.pack.meta), rules: compiled.pack.rules, entities: compiled.pack.entities }, ...others]);
    const done = performance.now();
    const bytes = JSON.stringify(compiled.pack).length;
    console.log(
      `${label}, ${count} saved articles: compile ${Math.round(compiledAt - started)} ms, page index ${Math.round(done - compiledAt)} ms; ` +
        `${(bytes / 1e6).toFixed(1)} MB, ${compiled.lent.length} lent entities`,
    );
  }
}
