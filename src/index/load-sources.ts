import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildError } from './build-error';
import { compileContextIndex, type SourceFile } from './compile';
import type { ContextIndex } from './types';

/** Where the editors keep the articles and the overlay, relative to the project root. */
export const CONTEXT_DIR = 'assets/context';

/** An article's file name: its date, a slug, .md (.txt is taken too, as the seed articles come). */
const ARTICLE_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.(md|txt)$/;

/**
 * Reads assets/context (the overlay and every article, in file-name order) and compiles the index.
 * The version is a hash of what was compiled, so identical sources give an identical index, and a
 * change to the compiler that changes the index (how sentences are split) changes its version too.
 */
export function buildContextIndex(root: string): ContextIndex {
  const dir = join(root, CONTEXT_DIR);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const overlay = read(join(dir, 'entities.json'));
  const names = readdirSync(join(dir, 'articles'))
    .filter((name) => !name.startsWith('.'))
    .sort();
  // Every file in the folder is an article: one the build would pass over (notes.MD, a draft.docx)
  // is an error, not a silent gap in the index; so are two files that give the same article id.
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = relative(root, join(dir, 'articles', name));
    if (!ARTICLE_FILE.test(name)) throw new BuildError(file, 'is not an article: name articles YYYY-MM-DD-slug.md (lower-case letters, digits and hyphens)');
    const id = name.replace(/\.(md|txt)$/, '');
    if (ids.has(id)) throw new BuildError(file, `gives the same article id as ${ids.get(id)}`);
    ids.set(id, file);
  }
  const articles = names.map((name) => read(join(dir, 'articles', name)));

  const index = compileContextIndex({ overlay, articles, version: 'unversioned' });
  return { ...index, version: createHash('sha256').update(JSON.stringify(index)).digest('hex').slice(0, 12) };
}
