import { fold, isSingleHyphen, type Token } from './normalize';
import type { WordIndex } from './word-index';

/**
 * The text around a walk through the alias trie: its words as tokens, made on demand, and what may
 * stand between two words of one alias.
 */

/**
 * The tokens of a text's words, made on demand: a failed walk usually needs one or two words, not a
 * window.
 */
const EMPTY: Token[] = [];

export class Tokens {
  /** Only the words asked for; made at the first (a holey array of the words' length stays fast). */
  private list: Token[] = EMPTY;
  /** The text the words are of (see read()). */
  text = '';

  /** The words of the text `words` last read; read() tells which text that is. */
  constructor(readonly words: WordIndex) {}

  /** Starts over on `text`, which `words` has just read: one Tokens for every text a matcher scans. */
  read(text: string): this {
    this.text = text;
    this.list = EMPTY;
    return this;
  }

  /** Whether one hyphen joins word i to word i+1 ("narco-tráfico"), told from offsets: no word made. */
  hyphenAfter(i: number): boolean {
    return i + 1 < this.words.count && isSingleHyphen(this.text, this.words.end[i]!, this.words.start[i + 1]!);
  }

  /** Whether word i starts with a lower-case ASCII letter (not capitalised: see isCapitalized). */
  startsLowerCase(i: number): boolean {
    if (i < 0 || i >= this.words.count) return false;
    const c = this.text.charCodeAt(this.words.start[i]!);
    return c >= 97 && c <= 122;
  }

  at(i: number): Token | undefined {
    if (i < 0 || i >= this.words.count) return undefined;
    if (this.list === EMPTY) this.list = new Array<Token>(this.words.count);
    let t = this.list[i];
    if (!t) {
      const surface = this.text.slice(this.words.start[i]!, this.words.end[i]!);
      this.list[i] = t = { start: this.words.start[i]!, end: this.words.end[i]!, surface, norm: fold(surface) };
    }
    return t;
  }
}

/**
 * What may stand between two words of one alias: spaces, dashes, periods ("U.S."), apostrophes, a
 * comma ("Washington, D.C.") and an ampersand ("Trump Media & Technology Group"). Anything else (a colon, a line of other text) ends the alias.
 */
const WORD_GAP = /^[\s\p{Pd}.,&'\u2019]{1,3}$/u;
const CURRENCY = /^\p{Sc}/u;

/** Whether text[from, to) may stand between two words of one alias (see WORD_GAP); one space, nearly always, by its code. */
export function isWordGap(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text.charCodeAt(from) === 32) || WORD_GAP.test(text.slice(from, to));
}

/**
 * Whether a currency sign stands at `at` ("US$"). Most characters are passed by code: "$" is the only
 * sign below U+00A2, and the quotes and dashes after a name ("Trump’s") are General Punctuation, which has none.
 */
export function isCurrencyAt(text: string, at: number): boolean {
  // Past the end (a match that ends its text) by length: reading there costs optimised code its life.
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c === 36) return true;
  return c >= 0xa2 && (c < 0x2000 || c > 0x206f) && CURRENCY.test(text.slice(at, at + 1));
}
const SPACE_ONLY = /^\s+$/u;

/** Whether only spaces stand in text[from, to) (between two words). */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return SPACE_ONLY.test(text.slice(from, to));
}
