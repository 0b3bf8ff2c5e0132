/** Elements whose text is not prose a reader reads, or belongs to a form the reader is typing in. */
const SKIPPED_TAGS = ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd', 'samp', 'template', 'iframe', 'object', 'canvas', 'svg', 'math', 'head', 'title'];

/**
 * The skipped elements as one selector, for closest(): the browser walks a node's ancestors and tests
 * them natively. Editors are skipped unless contenteditable says "false" (in any case: HTML
 * enumerated values are case-insensitive). Our card host is named too, though its closed shadow root
 * already keeps its text out of every walk (so the fallback name with a random suffix, made only
 * where a page took "backstory-card", needs no prefix test). One :is() selector rather than a list of
 * twenty-one: the browser tests a list's selectors one by one at every ancestor, which cost more.
 */
const SKIPPED_SELECTOR = `:is(${[...SKIPPED_TAGS, 'backstory-card', '[contenteditable]:not([contenteditable="false" i])'].join(',')})`;

/**
 * When a walk notes its root's skipped text once rather than ask closest() per node (see
 * TextWalk.isReadable): after more checks than a page with few names ever makes, and only where
 * names fill at least one text node in NAMED_SHARE. The query costs in proportion to the page's
 * elements and saves in proportion to the nodes with names: on the bench's sparse 1 MB page (one
 * node in eleven named) it cost more than it saved; on the dense one (one in three) it saves.
 */
const CHECKS_BEFORE_NOTING = 256;
const NAMED_SHARE = 5;

// DOM constants by value, so this walk also runs on a parsed document in Node (the scan tool).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/**
 * Whether `node` is or sits inside a skipped element (checked for the roots of walks: nodes a page
 * adds later, whose walk starts below the skipped ancestor, and the hosts of shadow roots). Stops at
 * the node's tree root: a shadow root's host was checked when the shadow root was found.
 */
export function isInSkippedSubtree(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(SKIPPED_SELECTOR) !== null;
}

/**
 * Elements whose content the parser keeps as raw text: scripts, styles and JSON blobs, often long,
 * that reading would cost more than finding them. One query per tag finds them (a selector list of
 * every skipped tag is matched against every element, which is far slower than a query per tag);
 * any other skipped element (code, an editor…) is checked only where a name is found (see
 * ReadableCheck), so most text nodes are never asked for their parent, which would cost a wrapper
 * object per element.
 */
const RAW_TEXT_TAGS = ['script', 'style', 'noscript', 'textarea'];

/** Answers "is this text node read by a reader?" for the text the walk gives out. */
export class ReadableCheck {
  /** The text of raw-text elements (see RAW_TEXT_TAGS), weakly held: removed scripts are not kept. */
  private readonly rawText = new WeakSet<Text>();

  /** Notes the text of the raw-text elements under `root`, for isRawText. */
  noteRawTextUnder(root: Node): void {
    const container = root as ParentNode;
    if (typeof container.querySelectorAll !== 'function') return;
    for (const tag of RAW_TEXT_TAGS) {
      for (const element of container.querySelectorAll(tag)) {
        for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) this.rawText.add(child as Text);
      }
    }
  }

  /** Whether `node` is the text of a raw-text element noted by noteRawTextUnder. */
  isRawText(node: Text): boolean {
    return this.rawText.has(node);
  }

  /**
   * Whether `node` is text a reader reads: no skipped element between it and the root of its tree.
   * One native closest() per node, asked only where a name is found, with nothing remembered that the
   * page could make stale (an attribute set, an element moved) and no wrapper made per ancestor.
   */
  isReadable(node: Text): boolean {
    return !isInSkippedSubtree(node);
  }
}

/**
 * Walks the text nodes under `root` that are not blank, in document order, one node per
 * `next()` call, so a long page can be walked in slices. The walker shows text nodes only, with no
 * filter callback (a call from the browser into JavaScript per node costs more than the walk itself);
 * blank ones (indentation) are passed over with one native trim each, and the text of scripts and
 * styles by a set lookup (noted as the walk starts). Text in other skipped elements comes out, and
 * whoever finds a name in it checks it with `readable` before using it.
 * Open shadow roots are found separately (`shadowRoots()`), since a walker does not enter them.
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  /** Set when a subtree holding the walk's node left its place (see noteRemoval). */
  private displaced = false;
  /** The text of the skipped elements under the root, once noted (see isReadable). */
  private skippedText?: WeakSet<Text>;
  /** Readable checks asked of this walk, and text nodes it gave out. */
  private checks = 0;
  private given = 0;

  constructor(
    readonly root: Node,
    private readonly readable: ReadableCheck,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    readable.noteRawTextUnder(root);
  }

  /**
   * Whether `node`, which this walk gave out, is text a reader reads. A page with few names asks
   * closest() for each node a name is found in (ReadableCheck); one with thousands (a live blog)
   * would ask for a large share of its paragraphs, so past CHECKS_BEFORE_NOTING, where names are
   * dense, the walk notes the text of its root's skipped elements with one query and looks nodes up there. The root's ancestors were
   * checked when the walk was queued; text the page puts in a skipped element later is rescanned when
   * its change is observed, which checks it again.
   */
  readonly isReadable = (node: Text): boolean => {
    if (!this.skippedText) {
      if (++this.checks <= CHECKS_BEFORE_NOTING || this.checks * NAMED_SHARE < this.given) return this.readable.isReadable(node);
      this.skippedText = skippedTextUnder(this.root);
    }
    return !this.skippedText.has(node);
  };

  /** The next text node that is not blank, or null at the end. */
  next(): Text | null {
    const batch: Text[] = [];
    this.fill(batch, 1);
    return batch[0] ?? null;
  }

  /**
   * Adds the next `count` text nodes that are not blank to `batch`; false when the walk has ended.
   * One call per batch, with the tests written out: the walk runs once per page, mostly before V8
   * has compiled it, where every call costs.
   */
  fill(batch: Text[], count: number): boolean {
    const { walker, readable } = this;
    let added = 0;
    while (added < count) {
      const node = walker.nextNode() as Text | null;
      if (node === null) {
        this.given += added;
        return false;
      }
      // Most text nodes of a page are the indentation between its elements: trim() passes over them
      // natively, cheaper than a regular expression test, rather than reading them character by character.
      // A node that starts with a printable ASCII character is not blank, with no trimmed copy made.
      const first = node.data.charCodeAt(0);
      if ((first > 32 && first < 127 ? true : node.data.trim() !== '') && !readable.isRawText(node)) {
        batch.push(node);
        added++;
      }
    }
    this.given += added;
    return true;
  }

  /**
   * Tells the walk that `removed` left its parent. If the walk's node was inside, the walker would
   * carry on from wherever that node is now (nowhere, or elsewhere on the page), losing the rest.
   */
  noteRemoval(removed: Iterable<Node>): void {
    const current = this.walker.currentNode;
    if (current === this.root || this.displaced) return;
    for (const node of removed) {
      if (node.contains(current)) {
        this.displaced = true;
        return;
      }
    }
  }

  /** False when the page removed or moved the node the walk stands on: the rest of the walk would be lost. */
  get isIntact(): boolean {
    const current = this.walker.currentNode;
    return current === this.root || (!this.displaced && current.isConnected === this.root.isConnected);
  }

  /**
   * The open shadow roots of custom elements under the root (where web components keep theirs), and
   * the custom elements with none yet: a component defined later (a lazy-loaded widget) attaches its
   * shadow root when it upgrades, which no mutation record reports.
   */
  shadowRoots(): { roots: ShadowRoot[]; without: Element[] } {
    const roots: ShadowRoot[] = [];
    const without: Element[] = [];
    // The root itself, too: a feed that appends a web component queues the component.
    if (this.root.nodeType === ELEMENT_NODE) {
      const root = this.root as Element;
      if (root.shadowRoot) roots.push(root.shadowRoot);
      else if (root.localName.includes('-')) without.push(root);
    }
    // Only a host with a shadow root is asked whether it is skipped (one closest() each); those
    // without are asked if one turns up (PageScanner.checkLateShadowRoots).
    for (const element of customElementsUnder(this.root)) {
      const shadow = element.shadowRoot;
      if (!shadow) without.push(element);
      else if (!isInSkippedSubtree(element)) roots.push(shadow);
    }
    return { roots, without };
  }
}

/** The text nodes inside skipped elements under `root` (see SKIPPED_SELECTOR), found with one query. */
function skippedTextUnder(root: Node): WeakSet<Text> {
  const text = new WeakSet<Text>();
  const container = root as ParentNode;
  if (typeof container.querySelectorAll !== 'function') return text;
  const doc = root.ownerDocument ?? (root as Document);
  for (const element of container.querySelectorAll(SKIPPED_SELECTOR)) {
    const walker = doc.createTreeWalker(element, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text.add(node as Text);
  }
  return text;
}

/**
 * Elements whose name has a hyphen (custom elements) under `root`. One XPath query lets the browser
 * test the names and hand over only the matches, rather than a wrapper object for every element of
 * the page; where XPath cannot run (a shadow root in some engines, a DOM without it), every element
 * is looked at.
 */
function customElementsUnder(root: Node): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === ELEMENT_NODE && typeof doc.evaluate === 'function') {
    try {
      const found = doc.evaluate(".//*[contains(local-name(), '-')]", root, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
      const elements: Element[] = [];
      for (let i = 0; i < found.snapshotLength; i++) elements.push(found.snapshotItem(i) as Element);
      return elements;
    } catch {
      // Fall through to the slow way.
    }
  }
  const container = root as ParentNode;
  if (typeof container.querySelectorAll !== 'function') return [];
  return [...container.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
}

/** Every readable text node under `root` (the root itself when it is a text node). */
export function readableTextNodes(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE) return [root as Text];
  const readable = new ReadableCheck();
  const walk = new TextWalk(root, readable);
  const nodes: Text[] = [];
  for (let node = walk.next(); node; node = walk.next()) if (readable.isReadable(node)) nodes.push(node);
  return nodes;
}
