/**
 * A set of 32-bit word hashes, or a map from them to small numbers: the hashes sorted in a typed
 * array, looked up by binary search. The index ships the tables sorted, so a page makes each one
 * with a native copy and no loop of its own: a page's code runs cold, and a loop over every key at
 * start cost more than all the lookups a page makes (only words the prefilter bitmap lets through
 * reach one, see WordIndex.read).
 */
export class HashTable {
  private keys: Uint32Array | undefined;
  private values: Uint32Array | undefined;
  private json: string | undefined;

  /**
   * `source` as tableData made it (keys sorted and distinct, values in the same order), or its JSON,
   * parsed at the first lookup: a page that never asks a table never parses it.
   */
  constructor(source: TableSource) {
    if (typeof source === 'string') this.json = source;
    else this.open(source);
  }

  private open(data: TableData): Uint32Array {
    this.values = data.values ? new Uint32Array(data.values) : undefined;
    return (this.keys = new Uint32Array(data.keys));
  }

  private opened(): Uint32Array {
    if (this.keys) return this.keys;
    const data = JSON.parse(this.json!) as TableData;
    this.json = undefined;
    return this.open(data);
  }

  get size(): number {
    return this.opened().length;
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
    this.opened();
    return this.values?.[i];
  }

  /** Where `hash` stands among the sorted keys, or -1. */
  indexOf(hash: number): number {
    hash >>>= 0;
    const keys = this.opened();
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

/** A table, or its JSON (see HashTable's constructor). */
export type TableSource = TableData | string;

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
