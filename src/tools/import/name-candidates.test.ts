import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOverlay, type Overlay } from '../../index/overlay';
import { corpusPage } from './corpus-page';
import { extractArticle } from './extract-article';
import { nameCandidates } from './name-candidates';

const BUILT_IN: Overlay = parseOverlay('assets/context/entities.json', readFileSync(new URL('../../../assets/context/entities.json', import.meta.url), 'utf8'));

const names = (paragraphs: string[], overlay = BUILT_IN) => nameCandidates(paragraphs, overlay).map((c) => `${c.name} ${c.count}`);

describe('nameCandidates', () => {
  it('lists the names an article repeats that no entity covers, most frequent first', () => {
    const draft = extractArticle(corpusPage('eltiempo-candidatos-petro.html'), 'eltiempo-candidatos-petro.html');
    const found = names(draft.paragraphs);
    expect(found.slice(0, 4)).toEqual(['Centro 4', 'Ingrid Betancourt 3', 'Rodolfo Hernández 3', 'Sergio Fajardo 3']);
    // Gustavo Petro and Colombia are entities of the overlay; "Colombia Piensa en Grande" is one of its nevers.
    expect(found.join(' | ')).not.toMatch(/Petro|Colombia/);
  });

  it('compares folded, takes titles off the front and counts a given name with its surname', () => {
    const text = ['El presidente Gustavo Petro habló con la Alcaldía de Medellín.', 'La ALCALDIA DE MEDELLIN respondió.', 'Petro y la Alcaldía de Medellín no hablaron.'];
    expect(names(text)).toEqual(['Alcaldía de Medellín 3']);
  });

  it('does not count a word only because it opens a sentence', () => {
    const text = ['Nadie sabe. Nadie vio. Nadie habló, dijo la jueza Ana Ruiz.', 'Según la jueza Ana Ruiz, Nadie es un nombre aquí.'];
    expect(names(text)).toEqual(['Ana Ruiz 2']);
  });

  it('holds single words to three mentions and leaves out those of a longer name', () => {
    // Wallace opens one sentence (not counted) and is named three times inside others; Kise twice.
    const text = [
      'Judge Arthur Engoron spoke. Then Arthur Engoron left.',
      'Wallace asked Engoron, then Engoron again, then Engoron once more.',
      'It was Wallace who asked Kise, and Wallace who asked Kise again, as Wallace does.',
    ];
    expect(names(text)).toEqual(['Wallace 3', 'Arthur Engoron 2']);
  });

  it('keeps hyphenated names whole', () => {
    expect(names(['He owns Mar-a-Lago.', 'At Mar-a-Lago he said so.'])).toEqual(['Mar-a-Lago 2']);
  });
});
