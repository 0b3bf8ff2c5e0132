// Runs inside a page (pass it to page.evaluate): shared by the demo, the screenshots, the bench and
// the browser tests, which all need to point at a word the way a reader would.

/**
 * The centre of the first line box of the `nth` occurrence of `needle` in the page's text, after
 * scrolling it into view; undefined when the page does not have it.
 * @param {{ needle: string, nth?: number }} what
 * @returns {{ x: number, y: number } | undefined}
 */
export function centerOfText({ needle, nth = 0 }) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  // SHOW_TEXT: every node the walker yields is a Text node.
  for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
    for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
      if (seen++ !== nth) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getClientRects()[0];
      // Text that is not rendered (display: none) has no line box to point at.
      if (!rect) return undefined;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return undefined;
}
