/**
 * A set (or map) of 32-bit word hashes in an open-addressing table of typed arrays: a Map would box
 * every hash above 2^30 into a heap number, on each insert and each lookup. Page words reach these
 * sets only through the prefilter bitmap (see WordIndex.read), which keeps most of them away.
 */
export class HashSet<V = true> {
  private keys: Uint32Array;
  /** 1 + the index of the slot's value in `values`; 0 for an empty slot. */
  private slots: Int32Array;
  private readonly values: V[] = [];

  /** `capacity`: how many hashes it will hold, when known (no rehash on the way there). */
  constructor({ capacity = 8 }: { capacity?: number } = {}) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size);
  }

  get size(): number {
    return this.values.length;
  }

  set(hash: number, value: V): void {
    hash >>>= 0;
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
    return this.slots[this.find(hash >>> 0)] !== 0;
  }

  get(hash: number): V | undefined {
    const index = this.slots[this.find(hash >>> 0)]!;
    return index === 0 ? undefined : this.values[index - 1];
  }

  /** The slot holding `hash`, or the empty slot where it would go (linear probing). */
  private find(hash: number): number {
    const mask = this.keys.length - 1;
    // Spread by multiplication: the words that reach here share their low bits (the prefilter's).
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
