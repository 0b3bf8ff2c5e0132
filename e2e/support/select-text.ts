/**
 * Runs in the page (pass it to page.evaluate, in Playwright or Puppeteer): selects the first
 * occurrence of `needle` in one text node and returns what is selected.
 */
export function selectFirst(needle: string): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    getSelection()!.setBaseAndExtent(node, at, node, at + needle.length);
    break;
  }
  return getSelection()!.toString();
}
