import { Window } from 'happy-dom';
import { readableTextNodes } from '../content/text-nodes';
import type { ContextIndex } from '../index/types';
import { keepSupported } from '../match/guards';
import { matcherFromData, type Matcher } from '../match/matcher';

/** A mention found in a document, with its text node's text for context. */
export interface DocumentMention {
  entity: number;
  surface: string;
  /** The text around the mention, on one line. */
  context: string;
}

/** The matcher exactly as the content script builds it from the index. */
export function indexMatcher(index: ContextIndex): Matcher {
  return matcherFromData(index.matcher, index.fuzzy);
}

/**
 * Scans an HTML document the way the content script does: the same text-node walk (scripts, styles,
 * form fields and editors skipped), the same matcher, the same page-level guard. Page scripts do not run.
 */
export function scanHtml(html: string, matcher: Matcher, contextChars = 60): DocumentMention[] {
  const window = new Window({ url: 'https://scan.invalid/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    // DOMParser gives an inert document: nothing it references is loaded.
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const body = doc.body as unknown as Node | null;
    if (!body) return [];
    const found = readableTextNodes(body).flatMap((node) => matcher.scan(node.data).map((m) => ({ ...m, text: node.data })));
    return keepSupported(found).map((m) => ({ entity: m.entity, surface: m.text.slice(m.start, m.end), context: around(m.text, m.start, m.end, contextChars) }));
  } finally {
    void window.happyDOM.close();
  }
}

/** Scans plain text as one document. */
export function scanText(text: string, matcher: Matcher, contextChars = 60): DocumentMention[] {
  return keepSupported(matcher.scan(text)).map((m) => ({ entity: m.entity, surface: text.slice(m.start, m.end), context: around(text, m.start, m.end, contextChars) }));
}

function around(text: string, start: number, end: number, chars: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - chars), start)).trimStart();
  const after = flat(text.slice(end, end + chars)).trimEnd();
  return `${before}[${text.slice(start, end)}]${after}`;
}
