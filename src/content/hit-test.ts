import { rangeOf, type PageMatches, type PageMatch } from './page-matches';

interface Caret {
  node: Node;
  offset: number;
}

/** The text position under a point: caretPositionFromPoint where it exists, caretRangeFromPoint before it. */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): Caret | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    // The shadowRoots option lets the caret land inside the open shadow roots we painted.
    const position = shadowRoots.length ? document.caretPositionFromPoint(x, y, { shadowRoots }) : document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The painted match under the point (x, y), if any. The caret gives one text node, whose few matches
 * are checked; the point must then lie inside one of the match's rectangles, because the caret snaps
 * to the nearest character even when the pointer is in a margin.
 */
export function matchAtPoint(matches: PageMatches, x: number, y: number, shadowRoots: ShadowRoot[] = []): PageMatch | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const match of matches.inNode(caret.node)) {
    if (caret.offset < match.start || caret.offset > match.end) continue;
    for (const rect of rangeOf(match).getClientRects()) if (contains(rect, x, y)) return match;
  }
  return undefined;
}
