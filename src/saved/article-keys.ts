/**
 * What makes two saves the same article: the same address (once tracking parameters and the
 * fragment are gone) or the same text (whatever its spacing). Saving it again updates it.
 */
import { hashText } from '../index/stable-hash';
import type { SavedArticleInput } from './saved-types';

/** Query parameters that say where a click came from, not what the page is. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|ocid|cmpid|smid|ref|ref_src|__twitter_impression)$/i;

/** The address without fragment, tracking parameters or a trailing slash; undefined when not http(s). */
export function normalizeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  parsed.searchParams.sort();
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.toString();
}

export interface ArticleKeys {
  /** A whole article's normalized address; a selection has none (two passages of one page are two saves). */
  urlKey?: string;
  /** A hash of the text with its spacing folded. */
  textKey: string;
}

export function articleKeys(article: Pick<SavedArticleInput, 'url' | 'paragraphs' | 'kind'>): ArticleKeys {
  const textKey = hashText(article.paragraphs.join(' ').replace(/\s+/g, ' ').trim());
  const urlKey = article.kind === 'article' && article.url ? normalizeUrl(article.url) : undefined;
  return urlKey ? { urlKey, textKey } : { textKey };
}

/** A new article's id, from the key that identifies it. */
export function articleIdOf(keys: ArticleKeys): string {
  return keys.urlKey ? `u-${hashText(keys.urlKey)}` : `t-${keys.textKey}`;
}
