import { describe, expect, it } from 'vitest';
import { articleIdOf, articleKeys, normalizeUrl } from './article-keys';

describe('normalizeUrl', () => {
  it('drops the fragment, tracking parameters and a trailing slash, and keeps what names the page', () => {
    expect(normalizeUrl('https://WWW.Elcolombiano.com/colombia/petro-buses/?utm_source=x&id=4#comments')).toBe('https://www.elcolombiano.com/colombia/petro-buses?id=4');
    expect(normalizeUrl('https://example.com/a/b/')).toBe('https://example.com/a/b');
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com/');
    expect(normalizeUrl('https://example.com/a?b=2&a=1')).toBe('https://example.com/a?a=1&b=2');
  });

  it('refuses what is not a web address', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeUrl('file:///etc/passwd')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
  });
});

describe('articleKeys', () => {
  const article = { url: 'https://example.com/a?utm_medium=social', paragraphs: ['Petro  met', 'Rubio.'], kind: 'article' as const };

  it('keys an article by its address and its text, whatever the spacing', () => {
    const keys = articleKeys(article);
    expect(keys.urlKey).toBe('https://example.com/a');
    expect(articleKeys({ ...article, url: 'https://example.com/a#x', paragraphs: ['Petro met Rubio.'] })).toEqual(keys);
    expect(articleKeys({ ...article, paragraphs: ['Petro met Maduro.'] }).textKey).not.toBe(keys.textKey);
  });

  it('keys a selection by its text alone, so two passages of a page are two saves', () => {
    const a = articleKeys({ ...article, kind: 'selection' });
    const b = articleKeys({ ...article, kind: 'selection', paragraphs: ['Another passage.'] });
    expect(a.urlKey).toBeUndefined();
    expect(articleIdOf(a)).not.toBe(articleIdOf(b));
    expect(articleIdOf(a)).toMatch(/^t-[0-9a-f]{12}$/);
  });
});
