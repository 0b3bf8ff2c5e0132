/**
 * The source-article page's address, written in one place: the background, the popup and the article
 * page itself all open it. Relative to the extension's root (browser.runtime.getURL makes it whole).
 */

export const ARTICLE_PAGE = 'article.html';

/** Which article to show: article `article` of pack `pack`, scrolled to `sentence`, for `entity`. */
export interface ArticleAddress {
  pack: string;
  article: number;
  sentence: number;
  entity: string;
}

/** The page's query string, without the "?": `pack=P&article=N&sentence=S&entity=ID`. */
export function articleSearch({ pack, article, sentence, entity }: ArticleAddress): string {
  return new URLSearchParams({ pack, article: String(article), sentence: String(sentence), entity }).toString();
}

/** The page's path inside the extension: `article.html?pack=P&article=N&sentence=S&entity=ID`. */
export function articlePagePath(address: ArticleAddress): string {
  return `${ARTICLE_PAGE}?${articleSearch(address)}`;
}

/** The path of a whole article, opened at its top: `article.html?pack=P&article=N` (the options page's lists). */
export function wholeArticlePath(pack: string, article: number): string {
  return `${ARTICLE_PAGE}?${new URLSearchParams({ pack, article: String(article) }).toString()}`;
}

/**
 * The address read back from the page's query string: a missing or malformed number ("", "-1", "2a")
 * is undefined, a missing pack is `defaultPack`.
 */
export function readArticleSearch(search: string, defaultPack: string): Partial<Pick<ArticleAddress, 'article' | 'sentence'>> & Pick<ArticleAddress, 'pack'> {
  const params = new URLSearchParams(search);
  const index = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
  };
  return { pack: params.get('pack') ?? defaultPack, article: index('article'), sentence: index('sentence') };
}
