/**
 * Text normalisation shared by the index compiler and the content script, so that both see the same
 * words: diacritics and case folded, possessives and punctuation variants reduced to word boundaries.
 * The page side reads every character of a page through here, so the word test and the folding are
 * per character code, without a regular expression or a string per word on the common path.
 */

/** A word of the text with its offsets in the original string. */
export interface Token {
  start: number;
  end: number;
  /** Case- and diacritic-folded form: "Rodríguez" -> "rodriguez". */
  norm: string;
  /** The surface form, as written. */
  surface: string;
}

/**
 * Words are maximal runs of letters, digits and combining marks (and the soft hyphens and zero-width
 * characters pages put inside words). Everything else — spaces, hyphens, apostrophes of any shape, quotes, periods —
 * separates words, so "Petro's", "Petro’s" and "Petro" share the token "petro", and "anti-drug"
 * equals "anti drug". A word is never cut in half: "Petrobras" never equals "petro".
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/u;
/**
 * Characters that fold to nothing: combining marks, soft hyphens, and the invisible characters pages
 * put inside words (zero-width space, joiners, word joiner, zero-width no-break space), for line
 * breaking or, now and then, to keep a name from being found.
 */
const VANISHING = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/u;

/**
 * Kana, CJK ideographs and Hangul (U+3040–U+D7FF) are letters without case or diacritics: they are
 * words and fold to themselves, without the per-character Unicode work (a Chinese page has thousands
 * of distinct characters).
 */
export function isCaselessLetter(c: number): boolean {
  return c >= 0x3040 && c < 0xd800;
}

/** Per code unit below U+3040: 0 not seen yet, 1 not a word character, 2 a word character. */
const wordTable = new Uint8Array(0x3040);
/** Per code unit below U+3040: its folded form ("É" -> "e", a combining accent -> ""), once seen. */
const foldTable: (string | undefined)[] = new Array(0x3040);
/** The rest (surrogates and the compatibility area), rarely met. */
const otherWord = new Map<number, boolean>();
const otherFold = new Map<number, string>();

function computeFold(c: number): string {
  const char = String.fromCharCode(c);
  return VANISHING.test(char)
    ? ''
    : [...char.normalize('NFD')]
        .filter((ch) => !VANISHING.test(ch))
        .join('')
        .toLowerCase();
}

/** Whether the UTF-16 code unit `c` belongs to a word. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0x3040) {
    let known = wordTable[c]!;
    if (known === 0) wordTable[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    return known === 2;
  }
  if (isCaselessLetter(c)) return true;
  let known = otherWord.get(c);
  if (known === undefined) otherWord.set(c, (known = WORD_CHAR.test(String.fromCharCode(c))));
  return known;
}

/** The folded form of one non-ASCII code unit: its base letter, lower-cased; marks fold to "". */
export function foldCode(c: number): string {
  if (c < 0x3040) return (foldTable[c] ??= computeFold(c));
  if (isCaselessLetter(c)) return String.fromCharCode(c);
  let folded = otherFold.get(c);
  if (folded === undefined) otherFold.set(c, (folded = computeFold(c)));
  return folded;
}

/** Adds the folded form of code unit `c` to a hash, without making a string where it can. */
export function hashCode(hash: number, c: number): number {
  if (c < 128) return hashStep(hash, c >= 65 && c <= 90 ? c + 32 : c);
  if (isCaselessLetter(c)) return hashStep(hash, c);
  const folded = foldCode(c);
  for (let j = 0; j < folded.length; j++) hash = hashStep(hash, folded.charCodeAt(j));
  return hash;
}

/** Only ASCII: told natively, where the loop below runs in the interpreter on a page's first words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-cases and strips diacritics (Córdoba -> cordoba), character by character. */
export function fold(word: string): string {
  if (ASCII_ONLY.test(word)) return word.toLowerCase();
  // ASCII and caseless scripts (CJK, kana, Hangul) only need lower-casing: no string per character.
  let simple = true;
  for (let i = 0; i < word.length && simple; i++) {
    const c = word.charCodeAt(i);
    simple = c < 128 || isCaselessLetter(c);
  }
  if (simple) return word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c < 128 ? String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
  }
  return out;
}

/** Splits `text` (or its part [from, to)) into tokens with their offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const word = i < to && isWordCode(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      const surface = text.slice(start, i);
      tokens.push({ start, end: i, norm: fold(surface), surface });
      start = -1;
    }
  }
  return tokens;
}

/** True when the word starts with an upper-case letter ("Rubio", "RUBIO", not "rubio"). */
export function isCapitalized(word: string): boolean {
  return isCapitalizedAt(word, 0, word.length);
}

/** Whether the word text[from, to) starts with an upper-case letter (see isCapitalized), with no string made. */
export function isCapitalizedAt(text: string, from: number, to: number): boolean {
  let at = from;
  // Characters that fold to nothing (a zero-width space, a word joiner a page put before the word:
  // see VANISHING) belong to it, but do not hide its capital.
  while (at < to && text.charCodeAt(at) >= 128 && foldCode(text.charCodeAt(at)) === '') at++;
  if (at >= to) return false;
  const code = text.charCodeAt(at);
  // ASCII by its code: the case test below makes two strings, and this runs for every candidate.
  if (code < 128) return code >= 65 && code <= 90;
  const first = text.charAt(at);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Whether text[from, to) folds to `folded` (see fold), told character by character with no string
 * made: the scanner checks the word a hash led it to.
 */
export function foldsTo(text: string, from: number, to: number, folded: string): boolean {
  let at = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== folded.charCodeAt(at++)) return false;
    } else if (isCaselessLetter(c)) {
      if (c !== folded.charCodeAt(at++)) return false;
    } else {
      const part = foldCode(c);
      for (let j = 0; j < part.length; j++) if (part.charCodeAt(j) !== folded.charCodeAt(at++)) return false;
    }
  }
  return at === folded.length;
}

/**
 * Word hashes are polynomial (×31, as Java's String.hashCode) over the folded code units, kept to 25
 * bits: every intermediate value stays a small integer. The page hashes every character of its text,
 * and until V8 has optimised that loop it runs in the interpreter, where a 32-bit hash (FNV, with
 * Math.imul) would make a heap number at every step; with 17 to 10,000 entities the tables hold a few
 * thousand hashes out of 33 million, and a collision only sends a word on to the exact checks.
 */
export const HASH_START = 7;
const HASH_MASK = 0x1ffffff;

/** Adds one folded code unit to a word hash. */
export function hashStep(hash: number, code: number): number {
  return (hash * 31 + code) & HASH_MASK;
}

/** The hash of a folded word, as the page scan computes it character by character. */
export function hashFolded(folded: string): number {
  let h = HASH_START;
  for (let i = 0; i < folded.length; i++) h = hashStep(h, folded.charCodeAt(i));
  return h;
}

/**
 * Whether exactly one hyphen (ASCII, U+2010 or U+2011) stands between offsets `from` and `to`: a
 * hyphenated compound ("narco-tráfico") is also read as one word. Tested by code, not by a substring.
 */
export function isSingleHyphen(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 45 || c === 0x2010 || c === 0x2011;
}
