/**
 * A set of 32-bit hashes with a 64 Kbit bitmap in front: most page words are in no set, and the
 * bitmap (8 KB, cache-resident) says so without touching a hash table that grows with the index.
 */
export class HashSet<V = true> {
  private readonly bits = new Uint32Array(2048);
  private readonly map = new Map<number, V>();

  set(hash: number, value: V): void {
    const slot = hash & 0xffff;
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
    this.map.set(hash, value);
  }

  add(hash: number): void {
    this.set(hash, true as V);
  }

  has(hash: number): boolean {
    const slot = hash & 0xffff;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0 && this.map.has(hash);
  }

  get(hash: number): V | undefined {
    const slot = hash & 0xffff;
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0 ? this.map.get(hash) : undefined;
  }
}
