/**
 * Firefox does not carry the document's `::highlight()` styles into shadow trees (Mozilla bug
 * 1868009; Chromium inherits them, w3c/csswg-drafts#12497), so there a match in a web component is
 * registered and hoverable but invisible. This gives such a shadow root our highlight rules as a
 * constructed stylesheet in its adoptedStyleSheets: no element, no attribute, rules that style only
 * our own `backstory-*` highlights. Only a shadow root where something is painted gets it, and
 * clear() takes it out again (teardown).
 */
export class ShadowHighlightStyles {
  private sheet: CSSStyleSheet | undefined;
  private readonly adopted = new Set<ShadowRoot>();

  /** `css`: the highlight rules (highlights.css, the sheet the manifest gives the document). */
  constructor(private readonly css: string) {}

  /** Gives the shadow root that holds `node`, if any, our highlight rules. */
  coverNode(node: Node): void {
    const root = node.getRootNode();
    // A document fragment with a host: a shadow root (instanceof is unreliable across Firefox's Xrays).
    if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE || !('host' in root) || this.adopted.has(root as ShadowRoot)) return;
    const shadow = root as ShadowRoot;
    this.adopted.add(shadow);
    this.adoptInto(shadow);
  }

  /**
   * Adopts the rules again where the page replaced a shadow root's list since (a framework
   * re-render), and takes them out of shadow roots whose host left the page (a virtualised feed),
   * which are let go; one that comes back is covered again when something in it is painted.
   */
  ensureAdopted(): void {
    for (const shadow of this.adopted) {
      if (shadow.host.isConnected) this.adoptInto(shadow);
      else {
        this.removeFrom(shadow);
        this.adopted.delete(shadow);
      }
    }
  }

  /** Takes our rules out of every shadow root they went into, leaving the page's own as they are. */
  clear(): void {
    for (const shadow of this.adopted) this.removeFrom(shadow);
    this.adopted.clear();
  }

  /** Adds the rules to `shadow` unless they are there already. */
  private adoptInto(shadow: ShadowRoot): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(this.css);
    }
    if (!shadow.adoptedStyleSheets.includes(this.sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
  }

  private removeFrom(shadow: ShadowRoot): void {
    const sheet = this.sheet;
    if (sheet && shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
