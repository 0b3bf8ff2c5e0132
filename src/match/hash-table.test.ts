import { describe, expect, it } from 'vitest';
import { bytesThroughAtob, decodeTable, encodeTable, HashTable, tableData } from './hash-table';

function randomHashes(count: number, seed: number): number[] {
  const hashes: number[] = [];
  for (let i = 0; i < count; i++) hashes.push((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0));
  return hashes;
}

describe('HashTable', () => {
  it.each([1, 2, 7, 5000])('answers like a Set for %i hashes, above 2^31 included', (count) => {
    const present = randomHashes(count, 12345);
    const table = new HashTable(tableData(present));
    const reference = new Set(present);
    expect(table.size).toBe(reference.size);
    for (const hash of present) expect(table.has(hash)).toBe(true);
    for (const hash of randomHashes(2000, 999)) expect(table.has(hash)).toBe(reference.has(hash));
    expect(table.has((present[0]! | 0) >>> 0)).toBe(true);
    expect(table.has(present[0]! | 0)).toBe(true);
  });

  it('maps hashes to their values, OR-ing the values of a hash given twice', () => {
    const table = new HashTable(
      tableData([
        [0xfffffff0, 1],
        [5, 4],
        [0xfffffff0, 2],
      ] as const),
    );
    expect(table.get(0xfffffff0)).toBe(3);
    expect(table.get(5)).toBe(4);
    expect(table.get(6)).toBeUndefined();
    expect(new HashTable(tableData([9])).get(9)).toBeUndefined();
  });

  it('finds every key of a skewed table too (a run of small keys, a few near 2^32)', () => {
    const present = [...Array.from({ length: 1000 }, (_, i) => i * 3), 0xfffffff0, 0xfffffff1, 0x80000000];
    const table = new HashTable(tableData(present));
    for (const hash of present) expect(table.has(hash)).toBe(true);
    for (const hash of [1, 2, 2998, 3001, 0xfffffff2, 0x7fffffff]) expect(table.has(hash)).toBe(false);
  });

  it('is empty when given nothing', () => {
    const table = new HashTable(tableData([]));
    expect(table.size).toBe(0);
    expect(table.has(0)).toBe(false);
  });
});

describe('encodeTable', () => {
  const data = tableData(randomHashes(300, 7).map((hash, i) => [hash, (i * 2654435761) >>> 0] as const));

  it('gives back the same keys and values, above 2^31 included, through atob as natively', () => {
    const text = encodeTable(data);
    expect(text).toMatch(/^[A-Za-z0-9+/=]+,[A-Za-z0-9+/=]+$/);
    expect(decodeTable(text)).toEqual(data);
    expect(decodeTable(text, bytesThroughAtob)).toEqual(data);
    // Node's Buffer is a third, independent base64 decoder: the bytes are little-endian 32-bit words.
    const keys = Buffer.from(text.split(',')[0]!, 'base64');
    expect(keys.readUInt32LE(4)).toBe(data.keys[1]);
  });

  it('makes a HashTable that answers as the table does, keys alone or with values', () => {
    const fromText = new HashTable(encodeTable(data));
    const fromData = new HashTable(data);
    for (const hash of [...data.keys, ...randomHashes(500, 3)]) expect(fromText.get(hash)).toBe(fromData.get(hash));
    const keysOnly = new HashTable(encodeTable(tableData(data.keys)));
    expect(keysOnly.has(data.keys[10]!)).toBe(true);
    expect(keysOnly.get(data.keys[10]!)).toBeUndefined();
    expect(new HashTable(encodeTable(tableData([]))).has(0)).toBe(false);
  });

  it('asks a function for its text at the first lookup, once', () => {
    let asked = 0;
    const table = new HashTable(() => {
      asked++;
      return encodeTable(data);
    });
    expect(asked).toBe(0);
    expect(table.get(data.keys[3]!)).toBe(data.values![3]);
    expect(table.has(data.keys[4]!)).toBe(true);
    expect(asked).toBe(1);
  });
});
