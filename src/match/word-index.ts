import { foldCode, hashCode, hashStep, HASH_START, isCaselessLetter, isWordCode } from './normalize';

/** Bits of a word hash that pick its bit in a prefilter bitmap (256 Kbit, 32 KB: stays in cache). */
export const PREFILTER_MASK = 0x3ffff;
export const PREFILTER_WORDS = (PREFILTER_MASK + 1) >>> 5;

/**
 * The second bit of a hash in the prefilter, from its bits mixed. The prefilter is a Bloom filter
 * with two bits per hash: with a large index, one bit alone let enough words through by chance to
 * make most of that index's extra cost, and a second bit lets through far fewer. A word whose first
 * bit is clear (nearly every word with a small index) costs one test.
 */
export function secondSlot(hash: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 14) & PREFILTER_MASK;
}

/** Sets the bits of `hash` in a prefilter bitmap. */
export function setPrefilterBit(bits: Uint32Array, hash: number): void {
  const slot = hash & PREFILTER_MASK;
  bits[slot >>> 5]! |= 1 << (slot & 31);
  const second = secondSlot(hash);
  bits[second >>> 5]! |= 1 << (second & 31);
}

const HEAD = 4;
const HEAD7 = 7;

/** The letter number of anything but a-z (see letterIndex). */
export const OTHER_LETTER = 26;

/** A word's first letter as a number: a-z 0-25, anything else OTHER_LETTER. */
export function letterIndex(code: number): number {
  const letter = (code | 32) - 97;
  return letter >= 0 && letter < 26 && code < 128 ? letter : OTHER_LETTER;
}

/** What a UTF-16 code unit is to the word pass, decided once per code unit (see classify). */
const UNKNOWN = 0;
const SEPARATOR = 1;
/** An ASCII letter or digit: hashed lower-cased. */
const ASCII_WORD = 2;
/** Kana, CJK, Hangul: hashed as it is. */
const CASELESS_WORD = 3;
/** Any other word character: hashed as its folded form ("É" -> "e", a combining accent -> nothing). */
const FOLDED_WORD = 4;
const CHAR_KIND = new Uint8Array(0x10000);

function classify(c: number): number {
  const kind = !isWordCode(c) ? SEPARATOR : c < 128 ? ASCII_WORD : isCaselessLetter(c) ? CASELESS_WORD : FOLDED_WORD;
  CHAR_KIND[c] = kind;
  return kind;
}

/**
 * The words of one text, found in a single pass over its character codes: offsets and folded
 * hashes in typed arrays (reused between texts), no string per word. This is the page scan's
 * common path, so the pass also tests each word against a prefilter bitmap (by the hash of the
 * whole word and of its first four letters) and lists the few words that pass; every other word
 * costs a couple of bit tests. Most texts have none, and are done with here.
 */
export class WordIndex {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** Hash of the whole folded word. */
  hash = new Uint32Array(256);
  /** Hash of its first four folded letters (the whole word when shorter). */
  head4 = new Uint32Array(256);
  /** Folded length. */
  length = new Int32Array(256);
  /** The words that passed the prefilter, in text order. */
  flagged = new Int32Array(64);
  flaggedCount = 0;

  /** Reads `text`, fills the arrays and lists the words that pass `prefilter`; returns how many did. */
  read(text: string, prefilter: Uint32Array): number {
    // One flat loop over the characters with the word state in locals: V8 compiles this far better
    // than a loop per word (Part 2 of the bench times the scan).
    const n = text.length;
    let count = 0;
    let flaggedCount = 0;
    let wordStart = -1;
    let h = HASH_START;
    let len = 0;
    let head = 0;
    // The arrays in locals (reloaded when they grow): V8 then keeps them in registers.
    let { start, end, hash, head4, length } = this;
    for (let i = 0; i <= n; i++) {
      // Past the end, a space closes the last word.
      const c = i < n ? text.charCodeAt(i) : 32;
      let kind = CHAR_KIND[c]!;
      if (kind === UNKNOWN) kind = classify(c);
      if (kind === ASCII_WORD) {
        if (wordStart < 0) wordStart = i;
        // Setting bit 5 lower-cases an ASCII letter and leaves a digit alone. (hashStep, written out.)
        h = (h * 31 + (c | 32)) & 0x1ffffff;
        if (++len === HEAD) head = h;
      } else if (kind === SEPARATOR) {
        if (wordStart < 0) continue;
        if (count === start.length) {
          this.grow();
          ({ start, end, hash, head4, length } = this);
        }
        const k = count++;
        if (len <= HEAD) head = h;
        start[k] = wordStart;
        end[k] = i;
        hash[k] = h;
        head4[k] = head;
        length[k] = len;
        let slot = h & PREFILTER_MASK;
        let hit = prefilter[slot >>> 5]! & (1 << (slot & 31));
        if (hit !== 0) {
          slot = (Math.imul(h, 0x9e3779b1) >>> 14) & PREFILTER_MASK; // secondSlot(h), written out
          hit = prefilter[slot >>> 5]! & (1 << (slot & 31));
        }
        if (hit === 0 && len > HEAD) {
          slot = head & PREFILTER_MASK;
          hit = prefilter[slot >>> 5]! & (1 << (slot & 31));
          if (hit !== 0) {
            slot = (Math.imul(head, 0x9e3779b1) >>> 14) & PREFILTER_MASK; // secondSlot(head)
            hit = prefilter[slot >>> 5]! & (1 << (slot & 31));
          }
        }
        // A word before a hyphen may begin a compound ("narco-tráfico"): the filter looks at it.
        // (isSingleHyphen's codes, written out: a call per word costs until V8 has compiled this.)
        if (hit === 0 && (c === 45 || c === 0x2010 || c === 0x2011) && i < n) hit = 1;
        if (hit !== 0) {
          if (flaggedCount === this.flagged.length) this.flagged = grown(this.flagged, flaggedCount * 2);
          this.flagged[flaggedCount++] = k;
        }
        wordStart = -1;
        h = HASH_START;
        len = 0;
        head = 0;
      } else if (kind === CASELESS_WORD) {
        if (wordStart < 0) wordStart = i;
        h = (h * 31 + c) & 0x1ffffff;
        if (++len === HEAD) head = h;
      } else {
        if (wordStart < 0) wordStart = i;
        const folded = foldCode(c);
        for (let j = 0; j < folded.length; j++) {
          h = (h * 31 + folded.charCodeAt(j)) & 0x1ffffff;
          if (++len === HEAD) head = h;
        }
      }
    }
    this.count = count;
    this.flaggedCount = flaggedCount;
    return flaggedCount;
  }

  /** Word k's first letter, folded ("É" is "e"), as letterIndex numbers it. */
  firstLetter(text: string, k: number): number {
    const code = text.charCodeAt(this.start[k]!);
    return letterIndex(code < 128 ? code : foldCode(code).charCodeAt(0));
  }

  /** The hash of word k followed directly by word k+1 (a hyphenated compound read as one word). */
  joinedHash(text: string, k: number): number {
    let h = this.hash[k]!;
    for (let i = this.start[k + 1]!; i < this.end[k + 1]!; i++) h = hashCode(h, text.charCodeAt(i));
    return h;
  }

  /**
   * Hashes of word k's folded beginnings, for the plural and inflection tests: without its last 1,
   * 2 and 3 letters, and its first seven (0 when shorter). Made only for words that passed the prefilter.
   */
  beginnings(text: string, k: number): { cut1: number; cut2: number; cut3: number; head7: number } {
    let h = HASH_START;
    let h1 = h;
    let h2 = h;
    let h3 = h;
    let len = 0;
    let head7 = 0;
    const step = (code: number) => {
      h3 = h2;
      h2 = h1;
      h1 = h;
      h = hashStep(h, code);
      if (++len === HEAD7) head7 = h;
    };
    for (let i = this.start[k]!; i < this.end[k]!; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) step(c >= 65 && c <= 90 ? c + 32 : c);
      else if (isCaselessLetter(c)) step(c);
      else {
        const folded = foldCode(c);
        for (let j = 0; j < folded.length; j++) step(folded.charCodeAt(j));
      }
    }
    return { cut1: h1, cut2: h2, cut3: h3, head7 };
  }

  private grow(): void {
    const size = this.start.length * 2;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.hash = grown(this.hash, size);
    this.head4 = grown(this.head4, size);
    this.length = grown(this.length, size);
  }
}

function grown<T extends Int32Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(size);
  b.set(a);
  return b;
}
