import { FNV_OFFSET, foldCode, hashCode, hashStep, isCaselessLetter, isWordCode } from './normalize';

/**
 * The words of one text, found in a single pass over its character codes: offsets and folded
 * hashes in typed arrays (reused between texts), no string per word. This is the page scan's
 * common path: most words of a page are not the start of any alias, and are never sliced or folded.
 */
export class WordIndex {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** Hash of the whole folded word. */
  hash = new Uint32Array(256);
  /** Hashes of the folded word without its last 1, 2 and 3 letters (for plural forms). */
  cut1 = new Uint32Array(256);
  cut2 = new Uint32Array(256);
  cut3 = new Uint32Array(256);
  /** Hashes of its first 4 and first 7 folded letters (0 when shorter). */
  head4 = new Uint32Array(256);
  head7 = new Uint32Array(256);
  /** Folded length. */
  length = new Int32Array(256);

  /** Reads `text` and fills the arrays. */
  read(text: string): void {
    this.count = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      if (this.count === this.start.length) this.grow();
      const k = this.count++;
      this.start[k] = i;
      let h = FNV_OFFSET;
      let h1 = h;
      let h2 = h;
      let h3 = h;
      let len = 0;
      let head4 = 0;
      let head7 = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c)) break;
        if (c < 128 || isCaselessLetter(c)) {
          h3 = h2;
          h2 = h1;
          h1 = h;
          h = hashStep(h, c >= 65 && c <= 90 ? c + 32 : c);
          len++;
          if (len === 4) head4 = h;
          if (len === 7) head7 = h;
        } else {
          const folded = foldCode(c);
          for (let j = 0; j < folded.length; j++) {
            h3 = h2;
            h2 = h1;
            h1 = h;
            h = hashStep(h, folded.charCodeAt(j));
            len++;
            if (len === 4) head4 = h;
            if (len === 7) head7 = h;
          }
        }
      }
      this.end[k] = i;
      this.hash[k] = h;
      this.cut1[k] = h1;
      this.cut2[k] = h2;
      this.cut3[k] = h3;
      this.head4[k] = head4;
      this.head7[k] = head7;
      this.length[k] = len;
    }
  }

  /** The hash of word k followed directly by word k+1 (a hyphenated compound read as one word). */
  joinedHash(text: string, k: number): number {
    let h = this.hash[k]!;
    for (let i = this.start[k + 1]!; i < this.end[k + 1]!; i++) h = hashCode(h, text.charCodeAt(i));
    return h;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grown = <T extends Int32Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(size);
      b.set(a);
      return b;
    };
    this.start = grown(this.start);
    this.end = grown(this.end);
    this.hash = grown(this.hash);
    this.cut1 = grown(this.cut1);
    this.cut2 = grown(this.cut2);
    this.cut3 = grown(this.cut3);
    this.head4 = grown(this.head4);
    this.head7 = grown(this.head7);
    this.length = grown(this.length);
  }
}
