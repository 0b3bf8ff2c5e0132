/**
 * A set of 32-bit word hashes, or a map from them to small numbers: the hashes sorted in a typed
 * array, looked up by binary search. The index ships the tables sorted, so a page makes each one
 * with a native copy and no loop of its own: a page's code runs cold, and a loop over every key at
 * start cost more than all the lookups a page makes (only words the prefilter bitmap lets through
 * reach one, see WordIndex.read).
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array | undefined;

  /** `data` as tableData made it: keys sorted and distinct, values in the same order. */
  constructor(data: TableData) {
    this.keys = new Uint32Array(data.keys);
    this.values = data.values ? new Uint32Array(data.values) : undefined;
  }

  get size(): number {
    return this.keys.length;
  }

  has(hash: number): boolean {
    return this.indexOf(hash) >= 0;
  }

  /** The value stored with `hash`, or undefined when it is absent (or the table holds no values). */
  get(hash: number): number | undefined {
    const i = this.indexOf(hash);
    return i < 0 || !this.values ? undefined : this.values[i];
  }

  /** The value at position `i` of the sorted keys (see indexOf). */
  valueAt(i: number): number | undefined {
    return this.values?.[i];
  }

  /** Where `hash` stands among the sorted keys, or -1. */
  indexOf(hash: number): number {
    hash >>>= 0;
    const keys = this.keys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const key = keys[middle]!;
      if (key < hash) low = middle + 1;
      else if (key > hash) high = middle - 1;
      else return middle;
    }
    return -1;
  }
}

/** A table as the index ships it. */
export interface TableData {
  keys: number[];
  values?: number[];
}

/**
 * Sorts hashes (or hash -> value entries) into TableData, at build time. A hash given twice keeps
 * its values OR-ed together (flags and letter masks add up).
 */
export function tableData(entries: Iterable<number> | Iterable<readonly [number, number]>): TableData {
  const merged = new Map<number, number | undefined>();
  let withValues = false;
  for (const entry of entries) {
    if (typeof entry === 'number') merged.set(entry >>> 0, undefined);
    else {
      withValues = true;
      const key = entry[0] >>> 0;
      // As an unsigned 32-bit number (a mask with bit 31 set is negative in JavaScript).
      merged.set(key, ((merged.get(key) ?? 0) | entry[1]) >>> 0);
    }
  }
  const keys = [...merged.keys()].sort((a, b) => a - b);
  return withValues ? { keys, values: keys.map((k) => merged.get(k) ?? 0) } : { keys };
}
