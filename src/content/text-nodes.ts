/** Elements whose text is not prose a reader reads, or belongs to a form the reader is typing in. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD', 'SAMP',
  'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'BACKSTORY-CARD',
]);

const HAS_LETTER = /\p{L}/u;

// DOM constants by value, so this walk also runs on a parsed document in Node (the scan tool).
const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * The text nodes of `root` a reader reads, in document order. Skipped elements are rejected with
 * their whole subtree, so the walk never visits a script's text or an editor's content.
 */
export function readableTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === ELEMENT_NODE) return isSkipped(node as Element) ? FILTER_REJECT : FILTER_SKIP;
      return HAS_LETTER.test((node as Text).data) ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
