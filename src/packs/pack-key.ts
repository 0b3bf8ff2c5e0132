import type { PackMeta } from './pack-format';

/** A pack as a page index names it: its id and content version ("built-in@3f2a9c…"). */
export function packKey(meta: Pick<PackMeta, 'id' | 'version'>): string {
  return `${meta.id}@${meta.version}`;
}
