import { PAGE_INDEX_KEY } from '../packs/publish-page-index';
import { isPageIndex, type PageIndexWire } from '../packs/page-index';
import type { ContentApi } from './extension-api';

/**
 * Where a page's index comes from: the one storage.local holds when packs besides the built-in one
 * are enabled (compiled by the options page), else the one page-index.js ships for the built-in pack
 * alone. A stored value in another shape (an older version's) is passed over for the shipped one.
 */
export async function readPageIndex(api: ContentApi): Promise<PageIndexWire | undefined> {
  const stored = (await api.storage.local.get(PAGE_INDEX_KEY))[PAGE_INDEX_KEY];
  return isPageIndex(stored) ? stored : shippedPageIndex();
}

/** The page index of the built-in pack alone, which page-index.js put on this script's global. */
export function shippedPageIndex(): PageIndexWire | undefined {
  const shipped = (globalThis as { __backstoryPageIndex?: unknown }).__backstoryPageIndex;
  return isPageIndex(shipped) ? shipped : undefined;
}

/**
 * Calls `onChange` with the new page index when the enabled packs change (a pack installed, switched,
 * moved or removed in the options page): open tabs follow without a reload. Returns the unsubscribe.
 */
export function watchPageIndex(api: ContentApi, onChange: (index: PageIndexWire | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, PAGE_INDEX_KEY)) return;
    const next = changes[PAGE_INDEX_KEY]!.newValue;
    onChange(isPageIndex(next) ? next : shippedPageIndex());
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
