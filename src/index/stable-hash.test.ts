import { describe, expect, it } from 'vitest';
import { hashText, stableHash } from './stable-hash';

describe('stableHash', () => {
  it('gives 12 hex digits, the same for the same value and another for another', () => {
    expect(stableHash({ a: [1, 'x'] })).toMatch(/^[0-9a-f]{12}$/);
    expect(stableHash({ a: [1, 'x'] })).toBe(stableHash({ a: [1, 'x'] }));
    expect(stableHash({ a: [1, 'y'] })).not.toBe(stableHash({ a: [1, 'x'] }));
  });

  it('spreads a one-letter change across the whole hash', () => {
    const a = hashText('Petro met Rubio.');
    const b = hashText('Petro met Rubio!');
    const differing = [...a].filter((c, i) => c !== b[i]).length;
    expect(differing).toBeGreaterThan(6);
  });

  it('has no collision among 20,000 similar texts', () => {
    const seen = new Set(Array.from({ length: 20_000 }, (_, i) => hashText(`article ${i}`)));
    expect(seen.size).toBe(20_000);
  });
});
