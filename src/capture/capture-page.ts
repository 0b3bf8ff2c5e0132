/**
 * Reads the article, or the selection, of a page into plain data without changing the page: the
 * article is read from a clone of the document (Readability removes what is not the article from
 * what it reads), the metadata and the selection only queried.
 */
import { collapse } from '../article/article-body';
import { chooseLanguage } from '../article/detect-language';
import { readPageMetadata, type PageMetadata } from '../article/page-metadata';
import { readArticle, type ReadOptions } from '../article/read-article';
import type { CaptureResult, CaptureWhat, CapturedPage } from './capture-types';

/**
 * Fewer characters of article text than this, and the page has no article to save (Readability
 * returns its best attempt even on a form or a list of links): two or three sentences.
 */
export const MIN_ARTICLE_CHARS = 200;

/** Documents with HTML to read; a PDF in Chrome's viewer is "application/pdf", an image "image/png". */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The article of `document` (`what` "article") or the selected text (`selection`, as the page's
 * Selection gives it, line breaks included), with the page's title, address and date.
 */
export function capturePage(document: Document, what: CaptureWhat, selection: string, options: ReadOptions): CaptureResult {
  if (!HTML_TYPES.has(document.contentType)) return { ok: false, problem: { code: 'not-html', type: document.contentType } };
  const location = new URL(document.URL);
  const host = location.hostname.replace(/^www\./, '');
  if (what === 'selection') {
    const paragraphs = selection
      .split(/\n/)
      .map(collapse)
      .filter((line) => line !== '');
    if (paragraphs.length === 0) return { ok: false, problem: { code: 'no-selection' } };
    const meta = readPageMetadata(document);
    const language = chooseLanguage(meta.language, paragraphs.join('\n'));
    return { ok: true, page: pageOf('selection', collapse(document.title) || host, paragraphs, meta, location, host, language) };
  }
  const read = readArticle(document.cloneNode(true) as Document, options);
  if (!read.ok) return { ok: false, problem: { code: 'no-article' } };
  const { title, paragraphs, meta, language } = read.article;
  if (paragraphs.join('').length < MIN_ARTICLE_CHARS) return { ok: false, problem: { code: 'no-article' } };
  return { ok: true, page: pageOf('article', title, paragraphs, meta, location, host, language) };
}

function pageOf(kind: CaptureWhat, title: string, paragraphs: string[], meta: PageMetadata, location: URL, host: string, language: string | undefined): CapturedPage {
  const own = location.protocol === 'http:' || location.protocol === 'https:' ? location.href : undefined;
  const url = meta.url ?? own;
  const source = meta.siteName ?? meta.siteHost;
  return {
    kind,
    title,
    paragraphs,
    host,
    ...(url ? { url } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    ...(language ? { language } : {}),
    ...(source ? { source } : {}),
  };
}
