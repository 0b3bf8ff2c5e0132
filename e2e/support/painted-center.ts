/**
 * Runs in the page (pass it to page.evaluate, in Playwright or Puppeteer): the centre of the first
 * painted, visible mention that reads `text`, scrolled into view; undefined when there is none.
 */
export function paintedCenter(text: string): { x: number; y: number } | undefined {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const range of highlight as Highlight) {
      const r = range as AbstractRange;
      if ((r.startContainer as Text).data.slice(r.startOffset, r.endOffset) !== text) continue;
      const live = new Range();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.getClientRects().length === 0) continue;
      (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return undefined;
}
