/** Elements whose text is not prose a reader reads, or belongs to a form the reader is typing in. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd', 'samp',
  'template', 'iframe', 'object', 'canvas', 'svg', 'math', 'head', 'title',
]);


// DOM constants by value, so this walk also runs on a parsed document in Node (the scan tool).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

/** Whether the element's own text is skipped: scripts, styles, form fields, code, editors, our card. */
export function isSkipped(element: Element): boolean {
  // localName is lower-case already (tagName would need a new upper-cased string per element).
  const tag = element.localName;
  // Our own card host ("backstory-card", or its fallback with a suffix).
  if (SKIPPED_TAGS.has(tag) || tag.startsWith('backstory-card')) return true;
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
 * long page can be walked in slices. The walker shows text nodes only, with no filter callback (a
 * call from the browser into JavaScript per node costs more than the walk itself); whether a node's
 * element is skipped is decided once per element and remembered.
 * Open shadow roots are found separately (`shadowRoots()`), since a walker does not enter them.
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  private readonly skipped = new Map<Element, boolean>();

  constructor(readonly root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
  }

  /** The next readable text node, or null at the end. */
  next(): Text | null {
    for (let node = this.walker.nextNode() as Text | null; node; node = this.walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !this.isSkippedElement(parent)) return node;
    }
    return null;
  }

  /** False when the page removed the node the walk stands on: the rest of the walk would be lost. */
  get isIntact(): boolean {
    const current = this.walker.currentNode;
    return current === this.root || current.isConnected === this.root.isConnected;
  }

  /** The open shadow roots of custom elements under the root (where web components keep theirs). */
  shadowRoots(): ShadowRoot[] {
    const container = this.root as ParentNode;
    if (typeof container.querySelectorAll !== 'function') return [];
    const roots: ShadowRoot[] = [];
    for (const element of container.querySelectorAll('*')) {
      // The name test first: reading shadowRoot is a call into the browser, the name is not.
      if (element.localName.includes('-') && element.shadowRoot && !this.isSkippedElement(element)) roots.push(element.shadowRoot);
    }
    return roots;
  }

  /** Whether `element` or an ancestor up to the walk's root is skipped, remembered per element. */
  private isSkippedElement(element: Element): boolean {
    const known = this.skipped.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    const skipped = isSkipped(element) || (parent !== null && element !== this.root && this.isSkippedElement(parent));
    this.skipped.set(element, skipped);
    return skipped;
  }
}

/** Every readable text node under `root` (the root itself when it is a text node). */
export function readableTextNodes(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE) return [root as Text];
  const walk = new TextWalk(root);
  const nodes: Text[] = [];
  for (let node = walk.next(); node; node = walk.next()) nodes.push(node);
  return nodes;
}
