import { parseArticle } from './article';
import { BuildError } from './build-error';
import { compileIndex } from './compile-index';
import { validateIndex } from './index-schema';
import { parseOverlay } from './overlay';
import type { ContextIndex } from './types';

export interface SourceFile {
  /** Path shown in errors, relative to the project. */
  file: string;
  text: string;
}

export interface CompileInput {
  overlay: SourceFile;
  articles: SourceFile[];
  /** Identifies this build of the index; the CLI uses a hash of the inputs. */
  version: string;
}

/**
 * Compiles article files and the editorial overlay into the context index (see compileIndex), checked
 * against its schema: a bad file, or an entity that no article mentions, fails with the file and the entity.
 */
export function compileContextIndex(input: CompileInput): ContextIndex {
  const { entities, rules } = parseOverlay(input.overlay.file, input.overlay.text);
  const articles = input.articles.map((a) => parseArticle(a.file, a.text));
  if (articles.length === 0) throw new BuildError(input.overlay.file, 'has no article beside it to compile: add articles/*.md');
  // A mismatch with the schema is a compiler bug: the build stops on it.
  return validateIndex(compileIndex({ articles, entities, rules, version: input.version, unmentioned: { fail: input.overlay.file } }));
}
