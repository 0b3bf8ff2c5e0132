import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileContextIndex, type SourceFile } from './compile';
import type { ContextIndex } from './types';

/** Where the editors keep the articles and the overlay, relative to the project root. */
export const CONTEXT_DIR = 'assets/context';

/**
 * Reads assets/context (the overlay and every article, in file-name order) and compiles the index.
 * The version is a hash of the inputs, so identical sources give an identical index.
 */
export function buildContextIndex(root: string): ContextIndex {
  const dir = join(root, CONTEXT_DIR);
  const read = (path: string): SourceFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const overlay = read(join(dir, 'entities.json'));
  const articles = readdirSync(join(dir, 'articles'))
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => read(join(dir, 'articles', name)));

  const hash = createHash('sha256');
  for (const f of [overlay, ...articles]) hash.update(f.file).update('\0').update(f.text).update('\0');
  return compileContextIndex({ overlay, articles, version: hash.digest('hex').slice(0, 12) });
}
