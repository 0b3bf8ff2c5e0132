import { describe, expect, it } from 'vitest';
import { mentions } from './test-overlay';

describe('normalisation', () => {
  it.each([
    ['Delcy Rodriguez', 'delcy-rodriguez'],
    ['Piedad Cordoba', 'piedad-cordoba'],
    ["Petro's", 'gustavo-petro'],
    ['Petro’s', 'gustavo-petro'],
    ['narco-trafficking', 'narcotrafficking'],
    ['narco trafficking', 'narcotrafficking'],
    ['PETRO', 'gustavo-petro'],
    ['EE.UU.', 'united-states'],
    ['EE. UU.', 'united-states'],
  ])('%s', (text, entity) => {
    expect(mentions(`Report: ${text} today`).map(([, id]) => id)).toEqual([entity]);
  });
});

describe('inflections and misspellings', () => {
  it.each([
    ['decertify', 'decertification'],
    ['decertified', 'decertification'],
    ['decertifying', 'decertification'],
    ['descertificada', 'decertification'],
    ['extradited', 'extradition'],
    ['extraditions', 'extradition'],
    ['extradiciones', 'extradition'],
    ['glyphosphate', 'glyphosate'],
    ['glyphosat', 'glyphosate'],
    ['glifosfato', 'glyphosate'],
    ['Venezuala', 'venezuela'],
  ])('%s -> %s', (word, entity) => {
    expect(mentions(`they said ${word} yesterday`)).toEqual([[word, entity]]);
  });

  it('corrects a misspelt surname after an exact given name', () => {
    expect(mentions('Gustavo Pietro spoke')).toEqual([['Gustavo Pietro', 'gustavo-petro']]);
    expect(mentions('Marco Rubbio spoke')).toEqual([['Marco Rubbio', 'marco-rubio']]);
  });

  it.each(['Pedro said', 'Petra said', 'Pietro said', 'Rubin said', 'Columbus sailed', 'Colombians voted'])('never corrects a lone short name: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('Spanish', () => {
  it('finds the Spanish aliases with articles and contractions', () => {
    const text = 'La Casa Blanca y la Cancillería hablaron del narcotráfico, el glifosato y la erradicación forzosa en Estados Unidos.';
    expect(mentions(text)).toEqual([
      ['Casa Blanca', 'white-house'],
      ['Cancillería', 'colombian-foreign-ministry'],
      ['narcotráfico', 'narcotrafficking'],
      ['glifosato', 'glyphosate'],
      ['erradicación forzosa', 'forced-eradication'],
      ['Estados Unidos', 'united-states'],
    ]);
  });

  it('inflects Spanish plurals of terms', () => {
    expect(mentions('las extradiciones y los glifosatos')).toEqual([
      ['extradiciones', 'extradition'],
      ['glifosatos', 'glyphosate'],
    ]);
  });
});

describe('names and compounds as pages write them', () => {
  it('reads a middle name inside a full name', () => {
    expect(mentions('Marco Antonio Rubio was born in Miami')).toEqual([['Marco Antonio Rubio', 'marco-rubio']]);
  });

  it('corrects a typo in the first word of a full name', () => {
    expect(mentions('Donal Trump and Delsy Rodríguez spoke')).toEqual([
      ['Donal Trump', 'donald-trump'],
      ['Delsy Rodríguez', 'delcy-rodriguez'],
    ]);
  });

  it('reads hyphenated and soft-hyphenated compounds as one word', () => {
    expect(mentions('the de-certification and narco-tráfico')).toEqual([
      ['de-certification', 'decertification'],
      ['narco-tráfico', 'narcotrafficking'],
    ]);
    expect(mentions('ex\u00adtra\u00addi\u00adtions')).toEqual([['ex\u00adtra\u00addi\u00adtions', 'extradition']]);
  });

  it('inflects every word of a Spanish term', () => {
    expect(mentions('las erradicaciones forzosas')).toEqual([['erradicaciones forzosas', 'forced-eradication']]);
  });
});
