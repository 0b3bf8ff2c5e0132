/**
 * The save window's address (save.html), written by the background and read by the page: which tab
 * to read and what, or the name to add. A name is cut to the longest one the library takes.
 */
import { SAVED_LIMITS } from '../saved/limits';

export type SaveRequest = { tab: number; what: 'article' | 'selection' } | { tab: number; name: string };

/** save.html?tab=…&what=… or save.html?tab=…&name=… */
export function saveWindowPath(request: SaveRequest): string {
  const query = new URLSearchParams({ tab: String(request.tab) });
  if ('what' in request) query.set('what', request.what);
  else query.set('name', request.name.replace(/\s+/g, ' ').slice(0, SAVED_LIMITS.titleChars));
  return `save.html?${query}`;
}

/** The request of a save window's query string; undefined when it holds none. */
export function readSaveRequest(search: string): SaveRequest | undefined {
  const query = new URLSearchParams(search);
  const tab = Number(query.get('tab'));
  if (!Number.isInteger(tab) || tab < 0 || query.get('tab') === null) return undefined;
  const what = query.get('what');
  if (what === 'article' || what === 'selection') return { tab, what };
  const name = query.get('name');
  return name !== null && name.trim() !== '' ? { tab, name } : undefined;
}
