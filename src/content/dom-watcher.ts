import type { PageScanner } from './page-scanner';
import { isCardHost } from './card-host';
import type { Guard } from './scope';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Tells the scanner what the page adds, changes and removes, from one MutationObserver watching the
 * document and every open shadow root found. Our own card host is ignored.
 */
export class DomWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();
  private readonly shadows = new Set<ShadowRoot>();

  constructor(
    private readonly scanner: PageScanner,
    guard: Guard,
  ) {
    this.observer = new MutationObserver(guard((records: MutationRecord[]) => this.onRecords(records)));
  }

  /** Starts watching `root` (the document, or a shadow root). */
  watch(root: Document | ShadowRoot): void {
    // Listed again if its host was removed and has come back.
    if (root instanceof ShadowRoot) this.shadows.add(root);
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /**
   * The open shadow roots on the page, for hit-testing inside them. Those whose host was removed are
   * let go: a virtualised feed of web components removes hundreds.
   */
  get shadowRoots(): ShadowRoot[] {
    this.forgetRemovedShadowRoots();
    return [...this.shadows];
  }

  /**
   * Lets go of the shadow roots whose host left the page (called now and then too: a page read
   * with the keyboard, or left in a background tab, never hit-tests, and would keep them all).
   */
  forgetRemovedShadowRoots(): void {
    for (const shadow of this.shadows) if (!shadow.host.isConnected) this.shadows.delete(shadow);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.shadows.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.scanner.addText(record.target as Text);
        continue;
      }
      if (record.removedNodes.length > 0) this.scanner.noteRemoval(record.removedNodes);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) this.scanner.addText(node as Text);
        else if (node.nodeType === Node.ELEMENT_NODE && !isCardHost(node as Element)) this.scanner.addRoot(node);
      }
    }
  }
}
