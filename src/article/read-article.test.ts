import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { corpusPage } from '../tools/import/corpus-page';
import { readArticle } from './read-article';

// The reader shared by the importer and the capture script, on a saved page parsed by linkedom.

const read = (html: string) => readArticle((parseHTML(html) as unknown as { document: Document }).document, { decodeEntities: decodeHTML });

describe('readArticle', () => {
  it('gives the article and what the page declares, leaving out what it does not', () => {
    const result = read(corpusPage('eltiempo-candidatos-petro.html'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Candidatos se enfrentaron a las preguntas de estudiantes');
    expect(article.language).toBe('es');
    expect(article.meta).toMatchObject({ date: '2022-05-03', siteName: 'El Tiempo' });
    // The description is escaped twice by the page: the decoder undoes the second.
    expect(article.excerpt).toBe('La discusión estuvo enmarcada en seis ejes temáticos.\u00a0');
    expect(article.paragraphs.length).toBeGreaterThan(5);
  });

  it('says why when the document has nothing to read', () => {
    expect(read('<!doctype html><html><head><title></title></head><body></body></html>')).toEqual({ ok: false, problem: { code: 'no-article' } });
  });

  it('leaves the language out when neither the page nor the text tells', () => {
    const result = read('<!doctype html><html><head><title>Zahlen</title></head><body><article><p>Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf.</p></article></body></html>');
    expect(result.ok && result.article.language).toBeUndefined();
  });
});
