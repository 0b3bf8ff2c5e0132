import { isCardHost } from './card-host';
import { HIGHLIGHT_NAMES } from './highlights';

/**
 * Takes away what an earlier copy of this content script left on the page and can no longer remove.
 * Firefox, updating or reloading the extension, ends the old script where it stands (its card host
 * stays in the page, hidden, and its highlights stay registered) and runs the new one on the open
 * page. Only our own kind of element goes: a card-host tag, with a popover, a child of the root.
 */
export function removeLeftovers(): void {
  for (const element of Array.from(document.documentElement?.children ?? [])) {
    if (isCardHost(element) && element.hasAttribute('popover')) element.remove();
  }
  // By name: in Firefox the old script's Highlight objects are out of reach (reading one throws
  // "Permission denied"), and a content script gets no iterator over the registry.
  for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}
