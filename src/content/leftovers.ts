import { isCardHost } from './card-host';
import { HIGHLIGHT_NAME_PREFIX } from './highlights';

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
  // forEach, not keys(): Firefox gives a content script no iterator over a page object (Xray).
  const names: string[] = [];
  CSS.highlights.forEach((_, name) => names.push(name));
  for (const name of names) if (name.startsWith(`${HIGHLIGHT_NAME_PREFIX}-`)) CSS.highlights.delete(name);
}
