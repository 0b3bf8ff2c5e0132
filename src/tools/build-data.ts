/**
 * What build.mjs compiles, in one module it bundles for Node: the built-in index and pack, the page
 * index the content script carries for the built-in pack alone, and a pack from any folder.
 */
import { builtInPack, buildPack } from '../index/compile-pack';
import { buildContextIndex } from '../index/load-sources';
import type { ContextIndex } from '../index/types';
import type { ContextPack } from '../packs/pack-format';
import { compilePageIndex } from '../packs/compile-page-index';
import type { PageIndexWire } from '../packs/page-index';
import { packKey } from '../packs/pack-key';

export { BuildError } from '../index/build-error';
export { buildPack };

export interface BuiltInData {
  index: ContextIndex;
  pack: ContextPack;
  pageIndex: PageIndexWire;
}

export function buildBuiltIn(root: string): BuiltInData {
  const index = buildContextIndex(root);
  const pack = builtInPack(root, index);
  return { index, pack, pageIndex: compilePageIndex([{ key: packKey(pack.meta), rules: pack.rules, entities: pack.entities }]) };
}
