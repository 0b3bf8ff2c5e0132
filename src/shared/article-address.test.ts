import { describe, expect, it } from 'vitest';
import { articlePagePath, articleSearch, readArticleSearch, wholeArticlePath } from './article-address';

describe('the article page address', () => {
  it('is written and read back the same', () => {
    const address = { pack: 'built-in', article: 2, sentence: 14, entity: 'gustavo-petro' };
    expect(articlePagePath(address)).toBe('article.html?pack=built-in&article=2&sentence=14&entity=gustavo-petro');
    expect(readArticleSearch(`?${articleSearch(address)}`, 'other')).toEqual({ pack: 'built-in', article: 2, sentence: 14 });
  });

  it('reads a missing pack as the default, and a number that is not a whole number as none', () => {
    expect(readArticleSearch('?article=2a&sentence=-1', 'built-in')).toEqual({ pack: 'built-in', article: undefined, sentence: undefined });
    expect(readArticleSearch('', 'built-in')).toEqual({ pack: 'built-in', article: undefined, sentence: undefined });
  });

  it('opens a whole article at its top, with no sentence to scroll to', () => {
    const path = wholeArticlePath('saved', 3);
    expect(path).toBe('article.html?pack=saved&article=3');
    expect(readArticleSearch(path.slice(path.indexOf('?')), 'built-in')).toEqual({ pack: 'saved', article: 3, sentence: undefined });
  });
});
