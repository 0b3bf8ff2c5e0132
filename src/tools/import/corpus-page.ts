import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../local-server.mjs';

/** The shared saved news pages (../shared/corpus/pages next to the checkout), for the tests. */
export const CORPUS: string = CORPUS_DIR;

/** A saved page of the shared corpus, as text. */
export function corpusPage(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8');
}
