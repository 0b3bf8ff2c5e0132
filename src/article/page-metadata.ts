import { isArticle, jsonLdObjects, textOf } from './json-ld';
import { normalizeDate } from './publication-date';

/** What a saved page says about itself, read before Readability rewrites the document. */
export interface PageMetadata {
  /** YYYY-MM-DD, when the page gives a publication date. */
  date?: string;
  /** The publisher's name, when the page gives one that is not just a host name. */
  siteName?: string;
  /** A host-like name ("ElColombiano.com") when that is all the page gives. */
  siteHost?: string;
  /** The page's own absolute http(s) address. */
  url?: string;
  /** The primary language subtag the page declares ("es" for lang="es-UY"). */
  language?: string;
}

/** Meta tags that hold the publication date, by property, name or itemprop, most specific first. */
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datePublished',
  'pubdate',
  'og:pubdate',
  'publishdate',
  'publish-date',
  'article.published',
  'article:publicationdate',
  'parsely-pub-date',
  'sailthru.date',
  'DC.date.issued',
  'dc.date',
  'date',
  'pdate',
  'DCSext.articleFirstPublished',
].map((k) => k.toLowerCase());

/** Reads the publication date, publisher, address and language a page declares. */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const articles = jsonLdObjects(document).filter(isArticle);
  const site = siteNames(meta.get('og:site_name')?.[0], articles.map((a) => textOf(a, 'publisher')).find(Boolean));
  const url = pageUrl([document.querySelector('link[rel="canonical"]')?.getAttribute('href'), meta.get('og:url')?.[0]]);
  const language = primaryLanguage(document.documentElement?.getAttribute('lang') ?? meta.get('og:locale')?.[0]);
  const date = publicationDate(meta, articles, document);
  return {
    ...(date ? { date } : {}),
    ...site,
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}

/** Meta values by lower-cased property, name or itemprop, in document order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const tag of document.querySelectorAll('meta[content]')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (!key || !content) continue;
    values.set(key, [...(values.get(key) ?? []), content]);
  }
  return values;
}

/**
 * The first date the meta tags or the article's JSON-LD give, then a <time datetime>. One written
 * with the publisher's own offset wins over one in UTC: El Espectador says 2022-05-06T02:00Z in its
 * meta tag and 2022-05-05T21:00-05:00 in JSON-LD, and its readers saw May 5.
 */
function publicationDate(meta: Map<string, string[]>, articles: Record<string, unknown>[], document: Document): string | undefined {
  const declared = [...DATE_KEYS.flatMap((key) => meta.get(key) ?? []), ...articles.map((a) => textOf(a, 'datePublished')).filter((d): d is string => d !== undefined)].filter(
    (raw) => normalizeDate(raw) !== undefined,
  );
  const local = declared.find((raw) => /T\d{2}:\d{2}.*[+-]\d{2}:?\d{2}$/.test(raw) && !/[+-]00:?00$/.test(raw));
  const chosen = local ?? declared[0];
  if (chosen) return normalizeDate(chosen);
  const times = [...document.querySelectorAll('time[datetime]')];
  const time = times.find((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished') ?? times[0];
  return time ? normalizeDate(time.getAttribute('datetime') ?? '') : undefined;
}

const HOST_LIKE = /^(www\.)?[\p{L}\d-]+(\.[a-z]{2,})+$/iu;

/**
 * og:site_name, or the JSON-LD publisher when the two do not name the same thing (Reuters's
 * og:site_name is its section, "U.S."). A name that is only a host ("www.elcolombiano.com") is kept
 * apart, for when nothing better turns up.
 */
function siteNames(og: string | undefined, publisher: string | undefined): Pick<PageMetadata, 'siteName' | 'siteHost'> {
  const names = [og, publisher].filter((n): n is string => n !== undefined && !HOST_LIKE.test(n));
  const hosts = [publisher, og].filter((n): n is string => n !== undefined && HOST_LIKE.test(n));
  const [first, second] = names;
  const same = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
  const siteName = first !== undefined && second !== undefined && !same(first, second) ? second : first;
  return { ...(siteName ? { siteName } : {}), ...(hosts[0] ? { siteHost: hosts[0].replace(/^www\./i, '') } : {}) };
}

/** The first candidate that is, or resolves against another candidate to, an http(s) address. */
function pageUrl(candidates: (string | null | undefined)[]): string | undefined {
  const given = candidates.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
  const absolute = given.map((c) => webAddress(c.startsWith('//') ? `https:${c}` : c)).find(Boolean);
  return given.map((c) => webAddress(c, absolute)).find(Boolean);
}

function webAddress(text: string, base?: string): string | undefined {
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "es" for "es-UY", "es_ES" or "ES"; undefined for anything that is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '')?.[1];
  return primary?.toLowerCase();
}
