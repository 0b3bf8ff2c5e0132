import { BUILT_IN_PACK_ID } from './pack-format';
import type { PackStore } from './pack-store';
import { compilePageIndex } from './compile-page-index';
import type { MatchablePack, PageIndexWire } from './page-index';

/**
 * The storage.local key of the page index of the enabled packs. Content scripts read it at start and
 * follow its changes (storage.onChanged reaches every open tab); absent, they use the page index
 * shipped for the built-in pack alone, so a reader who installs nothing reads nothing more.
 */
export const PAGE_INDEX_KEY = 'pageIndex';

interface LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Whether the enabled packs are the built-in pack alone, whose page index ships with the extension. */
export function isBuiltInAlone(packs: readonly MatchablePack[]): boolean {
  return packs.length === 1 && packs[0]!.key.startsWith(`${BUILT_IN_PACK_ID}@`);
}

/**
 * Compiles the page index of the packs enabled now and stores it for the content scripts. `compile`
 * is where the work runs (a worker on the options page; in place in the background).
 */
export async function publishPageIndex(store: PackStore, local: LocalArea, compile: (packs: MatchablePack[]) => PageIndexWire | Promise<PageIndexWire> = compilePageIndex): Promise<void> {
  const packs = await store.enabledMatchable();
  if (isBuiltInAlone(packs)) await local.remove(PAGE_INDEX_KEY);
  else await local.set({ [PAGE_INDEX_KEY]: await compile(packs) });
}
