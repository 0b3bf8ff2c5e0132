import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits prose into sentences', () => {
    expect(splitSentences('Petro called. Trump answered! Did they agree?', 'en')).toEqual(['Petro called.', 'Trump answered!', 'Did they agree?']);
  });

  it('does not cut after an abbreviation before a name', () => {
    expect(splitSentences('He spoke with U.S. President Donald Trump. Then he left.', 'en')).toEqual([
      'He spoke with U.S. President Donald Trump.',
      'Then he left.',
    ]);
  });

  it('splits Spanish, keeping EE.UU. inside its sentence', () => {
    expect(splitSentences('Habló con EE.UU. Casa Blanca confirmó. ¿Y ahora?', 'es')).toEqual(['Habló con EE.UU. Casa Blanca confirmó.', '¿Y ahora?']);
  });
});
