/**
 * A short hash of a value's JSON, the same in every JavaScript engine and with no Node import, for
 * what the browser compiles (the reader's saved pack) and for keys of saved text. cyrb53 (two
 * multiplicative 32-bit lanes, public domain): not cryptographic, which a version or a key need not be.
 */
export function stableHash(value: unknown): string {
  return hashText(JSON.stringify(value) ?? 'undefined');
}

/** 12 hex digits of cyrb53 over `text`'s UTF-16 code units. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}
