import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage } from './detect-language';

const ENGLISH = 'The judge said that the case was not over, and the lawyers for the former president would have to answer for it in court, as they had been told by the state. '.repeat(2);
const SPANISH = 'El juez dijo que el caso no estaba cerrado y que los abogados del expresidente tendrán que responder por ello en la corte, como les había dicho la Fiscalía. '.repeat(2);

describe('detectLanguage', () => {
  it('tells English from Spanish', () => {
    expect(detectLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(SPANISH)).toBe('es');
  });

  it('does not guess on a short text or on a mix', () => {
    expect(detectLanguage('El juez dijo que no.')).toBeUndefined();
    expect(detectLanguage(ENGLISH + SPANISH)).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('corrects a declared English or Spanish the text contradicts', () => {
    expect(chooseLanguage('en', SPANISH)).toBe('es');
    expect(chooseLanguage('es', ENGLISH)).toBe('en');
  });

  it('keeps what the page declares when the text agrees or cannot tell', () => {
    expect(chooseLanguage('es', SPANISH)).toBe('es');
    expect(chooseLanguage('en', 'Short.')).toBe('en');
  });

  it('keeps a language detection does not know, and detects when nothing is declared', () => {
    expect(chooseLanguage('fr', 'Le juge a dit que la procédure de la cour de justice est en cours de la semaine. '.repeat(5))).toBe('fr');
    expect(chooseLanguage(undefined, SPANISH)).toBe('es');
  });
});
