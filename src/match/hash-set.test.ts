import { describe, expect, it } from 'vitest';
import { HashSet } from './hash-set';

describe('HashSet', () => {
  it.each([8, 6000])('answers like a Map for thousands of 32-bit hashes, above 2^31 included (capacity %i)', (capacity) => {
    const set = new HashSet<number>({ capacity });
    const reference = new Map<number, number>();
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 5000; i++) {
      const hash = next();
      set.set(hash, i);
      reference.set(hash, i);
    }
    expect(set.size).toBe(reference.size);
    for (const [hash, value] of reference) {
      expect(set.get(hash)).toBe(value);
      expect(set.has(hash)).toBe(true);
    }
    let absent = 0;
    for (let i = 0; i < 5000; i++) {
      const hash = next();
      if (reference.has(hash)) continue;
      absent++;
      expect(set.has(hash)).toBe(false);
      expect(set.get(hash)).toBeUndefined();
    }
    expect(absent).toBeGreaterThan(4000);
  });

  it('keeps the last value set for a hash, and takes an int32 for the same hash', () => {
    const set = new HashSet<string>();
    set.set(0xfffffff0, 'a');
    set.set(0xfffffff0, 'b');
    expect(set.size).toBe(1);
    expect(set.get(0xfffffff0 | 0)).toBe('b');
    expect(set.has(0)).toBe(false);
  });
});
