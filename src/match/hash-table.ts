/**
 * A set of 32-bit word hashes, or a map from them to small numbers: the hashes sorted in a typed
 * array, with the start of each run of equal top bits noted (about one hash per run), so a lookup
 * reads one or two keys. The index ships the tables sorted, so a page makes each one with a native
 * copy and one pass (filling a hash table one entry at a time was most of a page's start-up), and
 * page words reach a lookup only through the prefilter bitmap (see WordIndex.read).
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array | undefined;
  /** Where the keys whose top bits are b begin: starts[b] to starts[b + 1]. */
  private readonly starts: Uint32Array;
  private readonly shift: number;

  /** `data` as tableData made it: keys sorted and distinct, values in the same order. */
  constructor(data: TableData) {
    const keys = (this.keys = Uint32Array.from(data.keys));
    this.values = data.values ? Uint32Array.from(data.values) : undefined;
    const n = keys.length;
    const bits = Math.min(20, Math.max(1, Math.ceil(Math.log2(n + 1))));
    // The top bits of the keys as they are (word hashes have 25 bits): the largest key tells how many.
    this.shift = Math.max(0, 32 - Math.clz32(n > 0 ? keys[n - 1]! : 0) - bits);
    const starts = (this.starts = new Uint32Array((1 << bits) + 1));
    let bucket = 0;
    for (let i = 0; i < n; i++) {
      const top = keys[i]! >>> this.shift;
      while (bucket <= top) starts[bucket++] = i;
    }
    while (bucket < starts.length) starts[bucket++] = n;
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
    const bucket = hash >>> this.shift;
    if (bucket + 1 >= this.starts.length) return -1;
    const end = this.starts[bucket + 1]!;
    for (let i = this.starts[bucket]!; i < end; i++) if (this.keys[i] === hash) return i;
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
