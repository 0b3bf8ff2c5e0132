import type { PageScanner } from './page-scanner';
import { isCardHost } from './card-host';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Tells the scanner what the page adds, changes and removes, from one MutationObserver watching the
 * document and every open shadow root found. Our own card host is ignored.
 */
export class DomWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(
    private readonly scanner: PageScanner,
    private readonly guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void,
  ) {
    this.observer = new MutationObserver(guard((records: MutationRecord[]) => this.onRecords(records)));
  }

  /** Starts watching `root` (the document, or a shadow root). */
  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    if (root instanceof ShadowRoot) this.shadowRoots.push(root);
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.shadowRoots.length = 0;
  }

  private onRecords(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.scanner.addText(record.target as Text);
        continue;
      }
      if (record.removedNodes.length > 0) this.scanner.noteRemoval();
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) this.scanner.addText(node as Text);
        else if (node.nodeType === Node.ELEMENT_NODE && !isCardHost(node as Element)) this.scanner.addRoot(node);
      }
    }
  }
}
