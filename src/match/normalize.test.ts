import { describe, expect, it } from 'vitest';
import { fold, foldsTo, isCapitalized, isCapitalizedAt, tokenize } from './normalize';

describe('fold', () => {
  it('folds case and diacritics', () => {
    expect(fold('Rodríguez')).toBe('rodriguez');
    expect(fold('CÓRDOBA')).toBe('cordoba');
    expect(fold('Descertificación')).toBe('descertificacion');
    expect(fold('Petro')).toBe('petro');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Delcy Rodríguez visited';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Delcy', 'Rodríguez', 'visited']);
    expect(tokens[1]!.norm).toBe('rodriguez');
  });

  it('ends a word at a possessive, straight or curly', () => {
    expect(tokenize("Petro's call").map((t) => t.norm)).toEqual(['petro', 's', 'call']);
    expect(tokenize('Petro’s call').map((t) => t.norm)).toEqual(['petro', 's', 'call']);
  });

  it('splits at hyphens and periods, and never inside a word', () => {
    expect(tokenize('anti-drug U.S. Petrobras').map((t) => t.norm)).toEqual(['anti', 'drug', 'u', 's', 'petrobras']);
  });

  it('keeps decomposed accents inside the word', () => {
    const decomposed = 'Co\u0301rdoba';
    expect(tokenize(decomposed).map((t) => t.norm)).toEqual(['cordoba']);
  });
});

describe('isCapitalized', () => {
  it('looks at the first letter', () => {
    expect(isCapitalized('Rubio')).toBe(true);
    expect(isCapitalized('RUBIO')).toBe(true);
    expect(isCapitalized('rubio')).toBe(false);
    expect(isCapitalized('Ñandú')).toBe(true);
    expect(isCapitalized('700')).toBe(false);
  });
});

describe('foldsTo and isCapitalizedAt', () => {
  const words = ['Córdoba', 'CÓRDOBA', 'Co\u0301rdoba', 'nar\u00adco', 'Straße', '東京', 'Rubio', 'rubio', '700', '\u200bPetro', 'Ñandú', 'ǅemal'];

  it('tell, in place, what fold() and isCapitalized() tell of the word alone', () => {
    for (const word of words) {
      const text = `«${word}» y más`;
      const from = 1;
      const to = 1 + word.length;
      expect(foldsTo(text, from, to, fold(word))).toBe(true);
      expect(isCapitalizedAt(text, from, to)).toBe(isCapitalized(word));
    }
  });

  it('refuse another word, a longer one and a shorter one', () => {
    expect(foldsTo('Cordoba', 0, 7, 'cordova')).toBe(false);
    expect(foldsTo('Cordoba', 0, 7, 'cordobas')).toBe(false);
    expect(foldsTo('Cordoba', 0, 7, 'cordob')).toBe(false);
    expect(foldsTo('Cordoba', 0, 4, 'cord')).toBe(true);
  });

  it('read no further than the word: nothing left but marks is not capitalised', () => {
    expect(isCapitalizedAt('\u200bX', 0, 1)).toBe(false);
    expect(isCapitalizedAt('', 0, 0)).toBe(false);
  });
});
