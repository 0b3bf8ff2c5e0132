import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../index/article';
import { articleFileName, articleMarkdown, slug } from './article-markdown';
import { corpusPage } from './corpus-page';
import { extractArticle, type ArticleDraft } from './extract-article';

const DRAFT: ArticleDraft = {
  title: '"Petro: no aceptamos presiones"',
  date: '2026-01-07',
  source: 'Diario: edición digital',
  language: 'es',
  summary: '"Colombia es una democracia", dijo el presidente.',
  url: 'https://example.com/nota?id=1#a',
  paragraphs: ['Primer párrafo: con dos puntos.', '---', '"Entre comillas", dijo.'],
};

describe('articleMarkdown', () => {
  it('writes what parseArticle reads back, quotes and colons included', () => {
    const file = articleFileName(DRAFT);
    const { id, paragraphs, ...meta } = parseArticle(file, articleMarkdown(DRAFT));
    expect(id).toBe('2026-01-07-petro-no-aceptamos-presiones');
    expect({ ...meta, paragraphs }).toEqual(DRAFT);
  });

  it('writes the front matter, then one paragraph per line', () => {
    const draft = { ...DRAFT, title: 'Título', summary: 'Resumen.', paragraphs: ['Uno.', 'Dos.'] };
    expect(articleMarkdown(draft)).toBe(
      '---\ntitle: Título\ndate: 2026-01-07\nsource: Diario: edición digital\nlanguage: es\nsummary: Resumen.\nurl: https://example.com/nota?id=1#a\n---\nUno.\nDos.\n',
    );
  });

  it('leaves out a url the page did not give', () => {
    const { url: _, ...draft } = DRAFT;
    expect(articleMarkdown(draft)).not.toContain('url:');
    expect(parseArticle(articleFileName(draft), articleMarkdown(draft)).url).toBeUndefined();
  });

  it.each(['elcolombiano-petro-buses.html', 'eltiempo-candidatos-petro.html', 'ladiaria-uy-glifosato.html', 'cnn-trump-fraud-trial-2023.html'])(
    'round-trips the article of %s through parseArticle',
    (name) => {
      const draft = extractArticle(corpusPage(name), name);
      const parsed = parseArticle(`articles/${articleFileName(draft)}`, articleMarkdown(draft));
      const { id: _, ...back } = parsed;
      expect(back).toEqual(draft);
    },
  );
});

describe('slug', () => {
  it.each([
    ['¿Buses de la Alcaldía al servicio de Petro?', 'buses-de-la-alcaldia-al-servicio-de-petro'],
    ['Takeaways from Donald Trump’s contentious testimony in his civil fraud trial', 'takeaways-from-donald-trumps-contentious-testimony-in-his'],
    ['معارضون يسيطرون', 'article'],
  ])('%j -> %j', (title, expected) => {
    expect(slug(title)).toBe(expected);
  });
});
