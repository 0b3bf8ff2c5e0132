import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits prose into sentences', () => {
    expect(splitSentences('Petro called. Trump answered! Did they agree?', 'en')).toEqual(['Petro called.', 'Trump answered!', 'Did they agree?']);
  });

  it('does not cut after an abbreviation before a name', () => {
    expect(splitSentences('He spoke with U.S. President Donald Trump. Then he left.', 'en')).toEqual(['He spoke with U.S. President Donald Trump.', 'Then he left.']);
  });

  it('splits Spanish, keeping EE.UU. inside its sentence', () => {
    expect(splitSentences('Habló con EE.UU. Casa Blanca confirmó. ¿Y ahora?', 'es')).toEqual(['Habló con EE.UU. Casa Blanca confirmó.', '¿Y ahora?']);
  });

  it('keeps EE. UU. with its space, initials and titles inside their sentence', () => {
    expect(splitSentences('El presidente de EE. UU. habló con Petro. La Dra. Córdoba no respondió.', 'es')).toEqual(['El presidente de EE. UU. habló con Petro.', 'La Dra. Córdoba no respondió.']);
    expect(splitSentences('U.S. President Donald J. Trump spoke with Petro at 3 p.m. Monday. It was "Mr. Petro" who called.', 'en')).toEqual([
      'U.S. President Donald J. Trump spoke with Petro at 3 p.m. Monday.',
      'It was "Mr. Petro" who called.',
    ]);
  });

  it('ends a sentence at "no." unless a number follows', () => {
    expect(splitSentences('Petro dijo que no. Trump insistió.', 'es')).toEqual(['Petro dijo que no.', 'Trump insistió.']);
    expect(splitSentences('He signed Decree No. 5 on Monday.', 'en')).toEqual(['He signed Decree No. 5 on Monday.']);
  });

  it('keeps a quotation whole, with its speaker', () => {
    expect(splitSentences('Trump wrote: "I invited Petro. We will meet soon." The call lasted an hour.', 'en')).toEqual([
      'Trump wrote: "I invited Petro. We will meet soon."',
      'The call lasted an hour.',
    ]);
    expect(splitSentences('Petro dijo: «Fue respetuoso. Hablamos de drogas». Luego se fue.', 'es')).toEqual(['Petro dijo: «Fue respetuoso. Hablamos de drogas».', 'Luego se fue.']);
  });

  it.each([
    ['He takes vitamin C. Then he runs.', 'en'],
    ['They hit the salary cap. Trump said no.', 'en'],
    ['He is 6\'2" tall. Petro spoke.', 'en'],
    ['Petro dijo: «Fue respetuoso. Hablamos de drogas. Luego se fue.', 'es'],
    ['He said: “It went well. Trump left.', 'en'],
  ])('still cuts where a sentence ends: %s', (paragraph, language) => {
    expect(splitSentences(paragraph, language).length).toBeGreaterThan(1);
  });
});
