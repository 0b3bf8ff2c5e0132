/**
 * The names the capture side shares (issue #15): what the capture script hands back from a page,
 * and why a page could not be saved. Imports nothing: the script, the background and the pages that
 * word the problems all read it.
 */

/** The whole article Readability reads, or the passage the reader selected. */
export type CaptureWhat = 'article' | 'selection';

/** Why nothing was saved from a tab, as data: the page that shows it words it. */
export type CaptureProblem =
  /** chrome://, about:, an extension's page, a local file: the browser lets no extension read it. */
  | { code: 'browser-page' }
  /** The web store or addons.mozilla.org, which browsers keep extensions out of. */
  | { code: 'store-page' }
  | { code: 'pdf' }
  /** An image, plain text, XML: a document with no HTML to read. */
  | { code: 'not-html'; type: string }
  /** The browser refused to run the capture in the tab (a policy, a page it protects, no access). */
  | { code: 'refused' }
  /** Readability found no article text: a home page, a live blog, a form. */
  | { code: 'no-article' }
  /** "Save the selection" with nothing selected (the page cleared it, or it is inside a field). */
  | { code: 'no-selection' }
  /** The tab closed or went elsewhere meanwhile. */
  | { code: 'gone' };

/** What the capture script hands back: plain data, read from the page without changing it. */
export interface CapturedPage {
  kind: CaptureWhat;
  title: string;
  paragraphs: string[];
  /** The page's canonical address, or the tab's, when http(s). */
  url?: string;
  /** The tab's host name, for a source when the page names no publisher. */
  host: string;
  /** YYYY-MM-DD, when the page gives a publication date. */
  date?: string;
  /** Declared (and checked against the text) or detected. */
  language?: string;
  /** og:site_name or the JSON-LD publisher. */
  source?: string;
}

export type CaptureResult = { ok: true; page: CapturedPage } | { ok: false; problem: CaptureProblem };
