/**
 * A set of 32-bit word hashes, or a map from them to small numbers: the hashes sorted in a typed
 * array, looked up by interpolation search. The index ships the tables sorted, so a page makes each one
 * with a native copy and no loop of its own: a page's code runs cold, and a loop over every key at
 * start cost more than all the lookups a page makes (only words the prefilter bitmap lets through
 * reach one, see WordIndex.read).
 */
/** Lookups a table remembers (a power of two): see HashTable.indexOf. */
const RECENT = 256;

export class HashTable {
  private keys: Uint32Array | undefined;
  private values: Uint32Array | undefined;
  private text: string | (() => string) | undefined;
  /** The last hash looked up per slot (its low bits) and where it stood, plus 2 (0: nothing yet). */
  private recentKey: Uint32Array | undefined;
  private recentAt: Int32Array | undefined;

  /**
   * `source` as tableData made it (keys sorted and distinct, values in the same order), or as
   * encodeTable wrote it, decoded at the first lookup: a page that never asks a table never reads it.
   */
  constructor(source: TableSource) {
    if (typeof source === 'string' || typeof source === 'function') this.text = source;
    else this.open(source);
  }

  private open(data: TableData): Uint32Array {
    this.values = data.values ? new Uint32Array(data.values) : undefined;
    return (this.keys = new Uint32Array(data.keys));
  }

  private opened(): Uint32Array {
    if (this.keys) return this.keys;
    const text = typeof this.text === 'function' ? this.text() : this.text!;
    this.text = undefined;
    const [keys, values] = text.split(',');
    this.values = values === undefined ? undefined : decodeWords(values);
    return (this.keys = decodeWords(keys!));
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

  /**
   * Where `hash` stands among the sorted keys, or -1. A page asks about the same few words again
   * and again ("of" and "Trump" thousands of times on a live blog): the last answer per slot of
   * the hash's low bits is kept, and a repeat costs a comparison, not a search.
   */
  indexOf(hash: number): number {
    hash >>>= 0;
    const slot = hash & (RECENT - 1);
    const recentKey = (this.recentKey ??= new Uint32Array(RECENT));
    const recentAt = (this.recentAt ??= new Int32Array(RECENT));
    const known = recentAt[slot]!;
    if (known !== 0 && recentKey[slot] === hash) return known - 2;
    const at = this.search(hash);
    recentKey[slot] = hash;
    recentAt[slot] = at + 2;
    return at;
  }

  /**
   * Where `hash` stands among the sorted keys, or -1. The keys are hashes, spread evenly: a guess
   * from the key's value lands next to it, and a few guesses find it (interpolation search), fewer
   * steps than halving.
   */
  private search(hash: number): number {
    const keys = this.opened();
    let low = 0;
    let high = keys.length - 1;
    for (let guesses = 0; low <= high; guesses++) {
      const lowKey = keys[low]!;
      const highKey = keys[high]!;
      if (hash < lowKey || hash > highKey) return -1;
      // Halving after a few guesses bounds the steps whatever the keys.
      const middle = guesses < 4 && highKey > lowKey ? low + Math.floor(((hash - lowKey) / (highKey - lowKey)) * (high - low)) : (low + high) >>> 1;
      const key = keys[middle]!;
      if (key < hash) low = middle + 1;
      else if (key > hash) high = middle - 1;
      else return middle;
    }
    return -1;
  }
}

/** A table, the text encodeTable made of it, or a function that gives that text when first asked (see HashTable's constructor). */
export type TableSource = TableData | string | (() => string);

/**
 * A table as text a page decodes with native code, no number parsed in JavaScript: its keys (and
 * values, after a comma) as base64 of little-endian 32-bit words.
 */
export function encodeTable(data: TableData): string {
  return data.values ? `${encodeWords(data.keys)},${encodeWords(data.values)}` : encodeWords(data.keys);
}

/** The table encodeTable wrote (tests, tools). */
export function decodeTable(text: string, decode: (base64: string) => Uint8Array = bytesOfBase64): TableData {
  const [keys, values] = text.split(',');
  const numbers = (part: string) => [...decodeWords(part, decode)];
  return values === undefined ? { keys: numbers(keys!) } : { keys: numbers(keys!), values: numbers(values) };
}

/** 32-bit words as base64 of their little-endian bytes. */
export function encodeWords(words: ArrayLike<number>): string {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i]! >>> 0, true);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;

/** Base64 to bytes: natively where the browser can (Chrome 140, Firefox 133), else through atob. */
export function bytesOfBase64(base64: string): Uint8Array {
  return nativeFromBase64 ? nativeFromBase64(base64) : bytesThroughAtob(base64);
}

export function bytesThroughAtob(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The words encodeWords wrote, decoded natively where the browser can. */
export function decodeWords(base64: string, decode: (base64: string) => Uint8Array = bytesOfBase64): Uint32Array {
  const bytes = decode(base64);
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const words = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
  return words;
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
