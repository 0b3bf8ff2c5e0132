import type { TextMatch } from '../match/matcher';

/**
 * A mention on the page: the matcher's match in one text node (offsets into its text), with a
 * StaticRange over it. Static, not live: the browser updates every live Range of a document on each
 * DOM change the page makes, and with a few hundred of ours that made a page's own inserts and
 * removals several times slower in Chromium; the text of a changed node is scanned again anyway.
 * rangeOf() gives a live Range for the moments one is needed (geometry, the card's anchor).
 */
export interface PageMatch extends TextMatch {
  range: StaticRange;
  node: Text;
}

/**
 * What became visible or invisible after a change: the painter adds and removes exactly these. Net:
 * a match shown and hidden again within the change is in neither list.
 */
export interface MatchChange {
  added: PageMatch[];
  removed: PageMatch[];
}

/** The first of `matches` in the document. */
export function earliest(matches: PageMatch[]): PageMatch {
  return matches.reduce((a, b) => (documentOrder(b, a) < 0 ? b : a));
}

/** A live Range over the match, for its geometry now (the page may have moved it since). */
export function rangeOf(match: PageMatch): Range {
  const range = document.createRange();
  range.setStart(match.node, Math.min(match.start, match.node.length));
  range.setEnd(match.node, Math.min(match.end, match.node.length));
  return range;
}

/** Negative when `a` comes before `b` in the document, positive after (a sort comparator). */
export function documentOrder(a: PageMatch, b: PageMatch): number {
  if (a.node === b.node) return a.start - b.start;
  return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
