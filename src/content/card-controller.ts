import type { ContextIndex } from '../index/types';
import { cardModel } from '../ui/card-model';
import { CardHost, type CardAnchor } from './card-host';
import type { PageMatch } from './page-matches';

/**
 * What the card shows and in which order: the entity of the hovered match, then related entities
 * the reader opens from it, with a way back. Escape closes the card and focus returns where it was.
 */
export class CardController {
  private readonly host = new CardHost(() => this.close());
  private readonly byId: Map<string, number>;
  private history: number[] = [];
  private openMatch?: PageMatch;
  private focusBefore?: Element | null;

  constructor(
    private readonly index: ContextIndex,
    private readonly language: string,
    signal: AbortSignal,
    guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void,
  ) {
    this.byId = new Map(index.entities.map((e, i) => [e.id, i]));
    document.addEventListener('keydown', guard((e: KeyboardEvent) => this.onKey(e)), { capture: true, signal });
    signal.addEventListener('abort', () => this.host.destroy());
  }

  get isOpen(): boolean {
    return this.host.isOpen;
  }

  isOpenFor(match: PageMatch): boolean {
    return this.isOpen && this.openMatch === match;
  }

  containsEvent(event: Event): boolean {
    return this.host.containsEvent(event);
  }

  open(match: PageMatch, point?: CardAnchor['point']): void {
    this.openMatch = match;
    this.history = [match.entity];
    if (!this.isOpen) this.focusBefore = document.activeElement;
    this.host.show(this.view(), { range: match.range, ...(point ? { point } : {}) });
  }

  close(): void {
    if (!this.isOpen) return;
    this.host.hide();
    this.openMatch = undefined;
    this.history = [];
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }

  private view() {
    const current = this.history[this.history.length - 1]!;
    return {
      model: cardModel(this.index, this.index.entities[current]!, this.language),
      onSelectRelated: (id: string) => this.navigate(id),
      ...(this.history.length > 1 ? { onBack: () => this.back() } : {}),
    };
  }

  private navigate(id: string): void {
    const next = this.byId.get(id);
    if (next === undefined) return;
    this.history.push(next);
    this.host.update(this.view());
  }

  private back(): void {
    if (this.history.length < 2) return;
    this.history.pop();
    this.host.update(this.view());
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.isOpen) return;
    event.stopPropagation();
    this.close();
  }
}
