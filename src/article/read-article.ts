/**
 * Reads a news article out of a Document: the page's own metadata first (date, publisher, address,
 * language), then Readability's pick of the article, cut into paragraphs. Shared by the pack editors'
 * importer (a saved page parsed by linkedom, in Node) and the capture script (a clone of the page the
 * reader saves, in the browser). Readability rewrites what it reads: pass a document of your own.
 */
import { Readability } from '@mozilla/readability';
import { articleParagraphs, collapse } from './article-body';
import { chooseLanguage } from './detect-language';
import { type PageMetadata, primaryLanguage, readPageMetadata } from './page-metadata';

/** What the document says of itself and the article in it; what it does not say is left out. */
export interface ArticleReading {
  title: string;
  /** One string per paragraph, in order; never empty. */
  paragraphs: string[];
  /** Readability's excerpt (the page's description or its first paragraph), entities decoded. */
  excerpt: string;
  /** The page's declared metadata (see page-metadata). */
  meta: PageMetadata;
  /** The language declared (checked against the text) or detected; undefined when neither tells. */
  language?: string;
}

/** Why a document gave no article: the caller words it. */
export type ArticleProblem = { code: 'no-article' } | { code: 'no-title' } | { code: 'no-paragraphs' };

export type ArticleResult = { ok: true; article: ArticleReading } | { ok: false; problem: ArticleProblem };

export interface ReadOptions {
  /**
   * Decodes HTML entities left in a string. Pages escape their descriptions twice ("temáticos.&amp;nbsp;")
   * and Readability undoes one of them; the caller brings a decoder for the other (Node: the parser's
   * own; the browser: its HTML parser), so this module carries no entity table.
   */
  decodeEntities(text: string): string;
}

/** Reads the article of `document`, which it changes (Readability removes what is not the article). */
export function readArticle(document: Document, options: ReadOptions): ArticleResult {
  const meta = readPageMetadata(document);
  const parsed = new Readability<Element>(document, { serializer: (node) => node as Element, keepClasses: true }).parse();
  if (!parsed?.content) return { ok: false, problem: { code: 'no-article' } };
  const title = collapse(options.decodeEntities(parsed.title ?? ''));
  if (title === '') return { ok: false, problem: { code: 'no-title' } };
  const paragraphs = articleParagraphs(parsed.content, title);
  if (paragraphs.length === 0) return { ok: false, problem: { code: 'no-paragraphs' } };
  const language = chooseLanguage(meta.language ?? primaryLanguage(parsed.lang), paragraphs.join('\n'));
  return {
    ok: true,
    article: { title, paragraphs, excerpt: options.decodeEntities(parsed.excerpt ?? ''), meta, ...(language ? { language } : {}) },
  };
}
