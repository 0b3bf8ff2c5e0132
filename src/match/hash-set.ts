/**
 * A set of 32-bit hashes with a 256 Kbit bitmap in front: most page words are in no set, and the
 * bitmap (32 KB, cache-resident) says so without touching a hash table that grows with the index;
 * with 10,000 entries about 4 % of the bits are set.
 */
export class HashSet<V = true> {
  private readonly bits = new Uint32Array(8192);
  private readonly map = new Map<number, V>();

  set(hash: number, value: V): void {
    const slot = hash & 0x3ffff;
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
    this.map.set(hash, value);
  }

  add(hash: number): void {
    this.set(hash, true as V);
  }

  has(hash: number): boolean {
    const slot = hash & 0x3ffff;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0 && this.map.has(hash);
  }

  get(hash: number): V | undefined {
    const slot = hash & 0x3ffff;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0 ? this.map.get(hash) : undefined;
  }
}
