import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';
import { collapse } from '../../article/article-body';
import { isBoilerplate } from '../../article/boilerplate';
import { readArticle, type ArticleProblem } from '../../article/read-article';
import { splitSentences } from '../../index/sentences';
import { ImportError } from './import-error';

/** An article read from a saved page: everything an article file holds, before it is written. */
export interface ArticleDraft {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  source: string;
  /** "en", "es"… */
  language: string;
  summary: string;
  url?: string;
  /** One string per paragraph, in order. */
  paragraphs: string[];
}

/** What the person importing knows better than the page, or what the page does not say. */
export interface ExtractOptions {
  date?: string;
  url?: string;
  language?: string;
}

/** A summary longer than this is a lede, not a summary: the first sentence stands in for it. */
const MAX_SUMMARY = 400;

/**
 * Reads the article out of a saved page's HTML. The page is parsed by linkedom, which runs none of
 * its scripts, and Readability picks the article; the metadata is read first, from the page as
 * saved (Readability rewrites the document). Fails with an ImportError naming `file` when the page
 * has no article, no date or no language to give it.
 */
export function extractArticle(html: string, file: string, options: ExtractOptions = {}): ArticleDraft {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const read = readArticle(document, { decodeEntities });
  if (!read.ok) throw new ImportError(file, PROBLEMS[read.problem.code]);
  const { title, paragraphs, excerpt, meta } = read.article;

  const date = options.date ?? meta.date;
  if (date === undefined) throw new ImportError(file, 'the page gives no publication date (article:published_time, JSON-LD datePublished, <time datetime>…): pass --date YYYY-MM-DD');
  const language = options.language ?? read.article.language;
  if (language === undefined) throw new ImportError(file, 'the page declares no language and the text is not clearly English or Spanish: pass --language');
  const url = options.url ?? meta.url;
  // Readability's siteName comes from the same og:site_name and JSON-LD publisher, read above.
  const source = meta.siteName ?? meta.siteHost ?? hostOf(url);
  if (source === undefined) throw new ImportError(file, 'the page names no publisher (og:site_name, JSON-LD publisher) and no address: pass --url');
  return {
    title,
    date,
    source,
    language,
    summary: summaryOf(excerpt, paragraphs, language),
    ...(url ? { url } : {}),
    paragraphs,
  };
}

/** The reader's problems, worded for the person importing. */
const PROBLEMS: Record<ArticleProblem['code'], string> = {
  'no-article': 'Readability found no article in the page',
  'no-title': 'the page has no title',
  'no-paragraphs': 'the article has no paragraphs of text',
};

/**
 * Readability's excerpt (the page's description, or its first paragraph), tidied; the article's
 * first sentence when that will not do. A description cut short with "..." after a full stop ("la
 * Casa Petro....") keeps the full stop.
 */
function summaryOf(excerpt: string, paragraphs: string[], language: string): string {
  const summary = collapse(excerpt).replace(/([.!?])\s*(\.{3}|…)$/, '$1');
  // Cut mid-sentence ("a gauge of stoc..."), a caption (NPR's "… hide caption") or a whole lede: the
  // article's own first sentence says it better.
  const usable = summary !== '' && summary.length <= MAX_SUMMARY && !/(\.{3}|…)$/.test(summary) && !isBoilerplate(summary);
  if (usable) return summary;
  return splitSentences(paragraphs[0]!, language)[0] ?? paragraphs[0]!;
}

/**
 * Pages escape their descriptions twice ("seis ejes temáticos.&amp;nbsp;"), and Readability undoes
 * one of them: the other is undone here, by the HTML entity decoder the parser itself uses.
 */
function decodeEntities(text: string): string {
  return decodeHTML(text);
}

function hostOf(url: string | undefined): string | undefined {
  return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
}
