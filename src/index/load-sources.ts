import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileContextIndex, type SourceFile } from './compile';
import type { ContextIndex } from './types';

/** Where the editors keep the articles and the overlay, relative to the project root. */
export const CONTEXT_DIR = 'assets/context';

/**
 * Reads assets/context (the overlay and every article, in file-name order) and compiles the index.
 * The version is a hash of what was compiled, so identical sources give an identical index, and a
 * change to the compiler that changes the index (how sentences are split) changes its version too.
 */
export function buildContextIndex(root: string): ContextIndex {
  const dir = join(root, CONTEXT_DIR);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const overlay = read(join(dir, 'entities.json'));
  const articles = readdirSync(join(dir, 'articles'))
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => read(join(dir, 'articles', name)));

  const index = compileContextIndex({ overlay, articles, version: 'unversioned' });
  return { ...index, version: createHash('sha256').update(JSON.stringify(index)).digest('hex').slice(0, 12) };
}
