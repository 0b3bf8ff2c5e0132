/**
 * `npm run import-article -- saved.html [more.html …] [--out DIR] [--overlay entities.json]
 * [--url URL] [--date YYYY-MM-DD] [--language es]`: turns saved news pages into article files for the
 * context index (DIR/articles/YYYY-MM-DD-slug.md, DIR defaulting to assets/context), and lists the
 * names each article uses often that no entity of the overlay covers yet, for the editor to add.
 * Offline: the pages are read from disk and their scripts never run.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseOverlay, type Overlay } from '../../index/overlay';
import { CONTEXT_DIR } from '../../index/load-sources';
import { articleFileName, articleMarkdown } from './article-markdown';
import { extractArticle, type ArticleDraft, type ExtractOptions } from './extract-article';
import { ImportError } from './import-error';
import { nameCandidates, type NameCandidate } from './name-candidates';
import { normalizeDate } from '../../article/publication-date';

/** What the command line asks for. */
export interface ImportRequest extends ExtractOptions {
  files: string[];
  /** The folder that holds (or will hold) articles/. */
  out: string;
  /** The overlay whose entities count as covered. */
  overlay: string;
}

/** One page imported: where its article went, and the names the overlay does not cover. */
export interface ImportResult {
  file: string;
  written: string;
  draft: ArticleDraft;
  candidates: NameCandidate[];
}

const USAGE = 'usage: npm run import-article -- FILE.html [FILE.html …] [--out DIR] [--overlay entities.json] [--url URL] [--date YYYY-MM-DD] [--language xx]';

/** Reads the command line; throws an Error worded for the person who typed it. */
export function parseImportArgs(args: string[]): ImportRequest {
  const request: ImportRequest = { files: [], out: CONTEXT_DIR, overlay: join(CONTEXT_DIR, 'entities.json') };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      request.files.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
    if (arg === '--out') request.out = value;
    else if (arg === '--overlay') request.overlay = value;
    else if (arg === '--url') request.url = checkedUrl(value);
    else if (arg === '--date') request.date = checkedDate(value);
    else if (arg === '--language') request.language = checkedLanguage(value);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (request.files.length === 0) throw new Error(USAGE);
  // One address cannot be every page's own.
  if (request.url !== undefined && request.files.length > 1) throw new Error('--url names one page: import the pages one at a time');
  return request;
}

/**
 * Imports every page of the request, writing one article file each. A page that cannot be imported
 * throws an ImportError naming it, before anything is written: the folder never holds half an import.
 */
export function importArticles(request: ImportRequest): ImportResult[] {
  const overlay: Overlay = parseOverlay(request.overlay, readFileSync(request.overlay, 'utf8'));
  const drafts = request.files.map((file) => ({ file, draft: extractArticle(readPage(file), file, request) }));
  const dir = join(request.out, 'articles');
  mkdirSync(dir, { recursive: true });
  const taken = new Set<string>();
  return drafts.map(({ file, draft }) => {
    const written = join(dir, uniqueName(articleFileName(draft), taken));
    writeFileSync(written, articleMarkdown(draft));
    return { file, written, draft, candidates: nameCandidates(draft.paragraphs, overlay) };
  });
}

/** The command: prints what it wrote and the candidates; exit code 1 with the file on a problem. */
export async function main(args: string[]): Promise<void> {
  try {
    for (const result of importArticles(parseImportArgs(args))) {
      const { draft } = result;
      console.log(`${basename(result.file)} -> ${result.written} (${draft.paragraphs.length} paragraphs, ${draft.language}, ${draft.source}, ${draft.date})`);
      if (result.candidates.length > 0) {
        console.log(`  names no entity covers: ${result.candidates.map((c) => `${c.name} (${c.count})`).join(', ')}`);
      }
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = e instanceof ImportError || (e as Error).name === 'BuildError' ? 1 : 2;
  }
}

function readPage(file: string): string {
  if (!existsSync(file)) throw new ImportError(file, 'no such file');
  return readFileSync(file, 'utf8');
}

/** Two pages of one day with one title would overwrite each other: the second gets "-2". */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = name.replace(/\.md$/, `-${n}.md`);
  taken.add(unique);
  return unique;
}

function checkedDate(value: string): string {
  if (normalizeDate(value) !== value) throw new Error(`--date ${value} is not a day written YYYY-MM-DD`);
  return value;
}

function checkedUrl(value: string): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`--url ${value} is not an http or https address`);
  return value;
}

function checkedLanguage(value: string): string {
  if (!/^[a-z]{2}$/.test(value)) throw new Error(`--language ${value} is not a two-letter language code such as "en" or "es"`);
  return value;
}
