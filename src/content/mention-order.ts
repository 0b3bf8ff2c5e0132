import { documentOrder, rangeOf, type PageMatch } from './page-match';

/** Matches in reading (document) order. */
function inDocumentOrder(matches: PageMatch[]): PageMatch[] {
  return [...matches].sort(documentOrder);
}

/**
 * The mention keyboard access moves to: the one after `current` when a card is open, otherwise the
 * first one whose line is in view (or below it), wrapping to the first of the page.
 */
export function nextMention(matches: PageMatch[], current: PageMatch | undefined): PageMatch | undefined {
  const ordered = inDocumentOrder(matches);
  if (current) {
    const at = ordered.indexOf(current);
    if (at >= 0) return ordered[(at + 1) % ordered.length];
    // Its text was rescanned since the card opened (a live page): the first mention after its place.
    return ordered.find((m) => documentOrder(current, m) < 0) ?? ordered[0];
  }
  return ordered.find((m) => rangeOf(m).getBoundingClientRect().bottom >= 0) ?? ordered[0];
}

/** The entity's first mention on the page. */
export function firstMentionOf(matches: PageMatch[], entity: number): PageMatch | undefined {
  return inDocumentOrder(matches.filter((m) => m.entity === entity))[0];
}
