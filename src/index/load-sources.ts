import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildError } from './build-error';
import { compileContextIndex, type SourceFile } from './compile';
import type { ContextIndex } from './types';

/** Where the editors keep the articles and the overlay, relative to the project root. */
export const CONTEXT_DIR = 'assets/context';

/** An article's file name: its date, a slug, .md (.txt is taken too, as the seed articles come). */
const ARTICLE_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.(md|txt)$/;

/** A folder's overlay and articles, as the compiler takes them. */
export interface Sources {
  overlay: SourceFile;
  articles: SourceFile[];
}

/**
 * Reads a sources folder (`entities.json` and `articles/*.md`, in file-name order). Every file in
 * articles/ is an article: one the build would pass over (notes.MD, a draft.docx) is an error, not a
 * silent gap in the index; so are two files that give the same article id. Paths in errors are
 * relative to `root`.
 */
export function readSources(root: string, dir: string): Sources {
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const overlayPath = join(dir, 'entities.json');
  if (!existsSync(overlayPath)) throw new BuildError(relative(root, overlayPath), 'is missing: a sources folder holds entities.json and articles/');
  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) throw new BuildError(relative(root, articlesDir), 'is missing: a sources folder holds entities.json and articles/');
  const names = readdirSync(articlesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = relative(root, join(articlesDir, name));
    if (!ARTICLE_FILE.test(name)) throw new BuildError(file, 'is not an article: name articles YYYY-MM-DD-slug.md (lower-case letters, digits and hyphens)');
    const id = name.replace(/\.(md|txt)$/, '');
    if (ids.has(id)) throw new BuildError(file, `gives the same article id as ${ids.get(id)}`);
    ids.set(id, file);
  }
  return { overlay: read(overlayPath), articles: names.map((name) => read(join(articlesDir, name))) };
}

/** A short content hash: identical input gives an identical version. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/**
 * Reads assets/context and compiles the index. The version is a hash of what was compiled, so
 * identical sources give an identical index, and a change to the compiler that changes the index
 * (how sentences are split) changes its version too.
 */
export function buildContextIndex(root: string, dir = join(root, CONTEXT_DIR)): ContextIndex {
  const index = compileContextIndex({ ...readSources(root, dir), version: 'unversioned' });
  return { ...index, version: contentHash(index) };
}
