/**
 * A set (or map) of 32-bit word hashes in an open-addressing table of typed arrays: a Map would box
 * every hash above 2^30 into a heap number, on each insert and each lookup. A set that page words are
 * looked up in can have a 256 Kbit bitmap in front: most page words are in no set, and the bitmap
 * (32 KB, cache-resident) says so without touching a table that grows with the index; with 10,000
 * entries about 4 % of its bits are set.
 */
/** The bitmap of a set without one: never written. */
const ALL_PASS = new Uint32Array(8192).fill(0xffffffff);

export class HashSet<V = true> {
  /** All ones without a bitmap: every lookup goes to the table. */
  private readonly bits: Uint32Array;
  private keys = new Uint32Array(16);
  /** 1 + the index of the slot's value in `values`; 0 for an empty slot. */
  private slots = new Int32Array(16);
  private readonly values: V[] = [];

  constructor({ bitmap = false }: { bitmap?: boolean } = {}) {
    this.bits = bitmap ? new Uint32Array(8192) : ALL_PASS;
  }

  get size(): number {
    return this.values.length;
  }

  set(hash: number, value: V): void {
    hash >>>= 0;
    const slot = hash & 0x3ffff;
    if (this.bits !== ALL_PASS) this.bits[slot >>> 5]! |= 1 << (slot & 31);
    const at = this.find(hash);
    if (this.slots[at] !== 0) {
      this.values[this.slots[at]! - 1] = value;
      return;
    }
    this.values.push(value);
    this.keys[at] = hash;
    this.slots[at] = this.values.length;
    if (this.values.length * 2 > this.keys.length) this.rehash(this.keys.length * 2);
  }

  add(hash: number): void {
    this.set(hash, true as V);
  }

  has(hash: number): boolean {
    const slot = hash & 0x3ffff;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0 && this.slots[this.find(hash >>> 0)] !== 0;
  }

  get(hash: number): V | undefined {
    const slot = hash & 0x3ffff;
    if ((this.bits[slot >>> 5]! & (1 << (slot & 31))) === 0) return undefined;
    const index = this.slots[this.find(hash >>> 0)]!;
    return index === 0 ? undefined : this.values[index - 1];
  }

  /** The slot holding `hash`, or the empty slot where it would go (linear probing). */
  private find(hash: number): number {
    const mask = this.keys.length - 1;
    // Spread by multiplication: the bitmap has used the low bits already.
    let at = Math.imul(hash, 0x9e3779b1) >>> 0;
    at = (at >>> 16 ^ at) & mask;
    while (this.slots[at] !== 0 && this.keys[at] !== hash) at = (at + 1) & mask;
    return at;
  }

  private rehash(size: number): void {
    const { keys, slots } = this;
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] === 0) continue;
      const at = this.find(keys[i]!);
      this.keys[at] = keys[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}
