/**
 * Text normalisation shared by the index compiler and the content script, so that both see the same
 * words: diacritics and case folded, possessives and punctuation variants reduced to word boundaries.
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

const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /\p{M}+/gu;
/** Soft hyphens (and zero-width joiners) that narrow columns put inside words: "de\u00adcer\u00adti\u00adfi\u00adca\u00adtion". */
const SOFT_HYPHENS = /[\u00ad\u200d]/g;

/** Lower-cases and strips diacritics (Córdoba -> cordoba). ASCII input skips the Unicode work. */
export function fold(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING_MARKS, '').replace(SOFT_HYPHENS, '').toLowerCase();
}

/**
 * Words are maximal runs of letters, digits and combining marks. Everything else — spaces, hyphens,
 * apostrophes of any shape, quotes, periods — separates words, so "Petro's", "Petro’s" and "Petro"
 * share the token "petro", and "anti-drug" equals "anti drug". A word is never cut in half: "Petrobras"
 * is one token and never equals "petro".
 */
const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200d]+/gu;

/** Splits text into tokens with their original offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const start = m.index;
    tokens.push({ start, end: start + surface.length, norm: fold(surface), surface });
  }
  return tokens;
}

/** True when the word starts with an upper-case letter ("Rubio", "RUBIO", not "rubio"). */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
