/** Elements whose text is not prose a reader reads, or belongs to a form the reader is typing in. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD', 'SAMP',
  'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'BACKSTORY-CARD',
]);

const HAS_LETTER = /\p{L}/u;

// DOM constants by value, so this walk also runs on a parsed document in Node (the scan tool).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Whether the element's own text is skipped: scripts, styles, form fields, code, editors, our card. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Whether `node` sits inside a skipped element (checked for nodes a page adds later, whose walk starts
 * below the skipped ancestor). Stops at the node's tree root: a shadow root's host was checked when
 * the shadow root was found.
 */
export function isInSkippedSubtree(node: Node): boolean {
  for (let el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Walks the text a reader reads under `root`, in document order, one node per `next()` call, so a
 * long page can be walked in slices. Skipped elements are rejected with their whole subtree.
 * Open shadow roots met on the way are handed to `onShadowRoot` (a TreeWalker does not enter them).
 */
export class TextWalk {
  private readonly walker: TreeWalker;

  constructor(
    readonly root: Node,
    onShadowRoot: (shadow: ShadowRoot) => void = () => {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === ELEMENT_NODE) {
          const element = node as Element;
          if (isSkipped(element)) return FILTER_REJECT;
          if (element.shadowRoot) onShadowRoot(element.shadowRoot);
          return FILTER_SKIP;
        }
        return HAS_LETTER.test((node as Text).data) ? FILTER_ACCEPT : FILTER_SKIP;
      },
    });
  }

  /** The next readable text node, or null at the end. */
  next(): Text | null {
    return this.walker.nextNode() as Text | null;
  }

  /** False when the page removed the node the walk stands on: the rest of the walk would be lost. */
  get isIntact(): boolean {
    const current = this.walker.currentNode;
    return current === this.root || current.isConnected === this.root.isConnected;
  }
}

/** Every readable text node under `root` (the root itself when it is a text node). */
export function readableTextNodes(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE) return HAS_LETTER.test((root as Text).data) ? [root as Text] : [];
  const walk = new TextWalk(root);
  const nodes: Text[] = [];
  for (let node = walk.next(); node; node = walk.next()) nodes.push(node);
  return nodes;
}
