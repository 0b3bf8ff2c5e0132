import type { ContextIndex } from '../index/types';
import type { Translate } from '../shared/i18n';
import type { Theme } from '../ui/Card';
import { cardModel } from '../ui/card-model';
import { CardHost, type CardAnchor, type CardView } from './card-host';
import { rangeOf, type MatchChange, type PageMatch } from './page-matches';

type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export interface CardOptions {
  index: ContextIndex;
  t: Translate;
  language: () => string;
  theme: () => Theme;
  openArticle(article: number, sentence: number, entity: string): void;
}

/**
 * What the card shows and in which order: the entity of the hovered match, then related entities
 * the reader opens from it, with a way back. Escape closes the card; focus, if it was in the card,
 * returns where it was before.
 */
export class CardController {
  // The close button runs in Preact's event handler: guarded like every other entry point.
  private readonly host = new CardHost(() => this.guard(() => this.close())());
  private readonly byId: Map<string, number>;
  private history: number[] = [];
  private openMatch?: PageMatch;
  private focusBefore?: Element | null;
  /** Counts the cards opened, by any route: tells one opening from the next, even for one match. */
  private opened = 0;

  constructor(
    private readonly options: CardOptions,
    signal: AbortSignal,
    private readonly guard: Guard,
  ) {
    this.byId = new Map(options.index.entities.map((e, i) => [e.id, i]));
    document.addEventListener('keydown', guard((e: KeyboardEvent) => this.onKey(e)), { capture: true, signal });
    signal.addEventListener('abort', () => this.host.destroy());
  }

  get isOpen(): boolean {
    return this.host.isOpen;
  }

  /** The match whose card is open. */
  get current(): PageMatch | undefined {
    return this.isOpen ? this.openMatch : undefined;
  }

  isOpenFor(match: PageMatch): boolean {
    return this.isOpen && this.openMatch === match;
  }

  /** Which opening the card now showing is (see `opened`); undefined when it is closed. */
  get openingNumber(): number | undefined {
    return this.isOpen ? this.opened : undefined;
  }

  containsEvent(event: Event): boolean {
    return this.host.containsEvent(event);
  }

  /** Opens the card of `match`; `focus` when the reader came by keyboard (focus returns on close). */
  open(match: PageMatch, options: { point?: CardAnchor['point']; focus?: boolean } = {}): void {
    this.openMatch = match;
    this.history = [match.entity];
    this.beginOpening();
    this.host.show(this.view(), { range: rangeOf(match), ...(options.point ? { point: options.point } : {}) }, options.focus);
  }

  /** Opens the card of an entity at a place that is not a painted match (a selection). */
  openEntityAt(entity: number, range: Range): void {
    this.openMatch = undefined;
    this.history = [entity];
    this.beginOpening();
    this.host.show(this.view(), { range }, true);
  }

  /** A card that only says `text` (the context menu found nothing), at `range`. */
  openMessage(text: string, range: Range): void {
    this.openMatch = undefined;
    this.history = [];
    this.beginOpening();
    const { t } = this.options;
    this.host.show({ message: true, text, t, language: this.options.language(), theme: this.options.theme() }, { range }, true);
  }

  /**
   * Matches left the page or were read again (a live blog, an SPA swapping its article): a card open
   * on one of them closes, rather than follow a range that collapsed to wherever its text was. Text
   * read again with the same name in the same place keeps the card, on the new match.
   */
  matchesChanged(change: MatchChange): void {
    const open = this.openMatch;
    if (open === undefined || !this.isOpen || !change.removed.includes(open)) return;
    const same = open.node.isConnected ? change.added.find((m) => m.node === open.node && m.start === open.start && m.end === open.end && m.entity === open.entity) : undefined;
    if (same) this.openMatch = same;
    else this.close();
  }

  close(): void {
    if (!this.isOpen) {
      // The page may have taken the host away with the card open (a replaced <html>): the card is
      // gone, but it would still be following its match.
      this.host.stopFollowing();
      this.openMatch = undefined;
      return;
    }
    // Focus goes back only from inside the card: a reader who has since clicked or tabbed elsewhere
    // (a hover card never takes focus) keeps the focus where they put it.
    const focusWasInside = this.host.hasFocus;
    this.host.hide();
    this.openMatch = undefined;
    this.history = [];
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (focusWasInside && before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }

  /** Counts an opening, and notes where focus was if no card was showing (it goes back there). */
  private beginOpening(): void {
    this.opened++;
    if (!this.isOpen) this.focusBefore = document.activeElement;
  }

  private view(): CardView {
    const { index, t } = this.options;
    const language = this.options.language();
    const current = this.history[this.history.length - 1]!;
    const entity = index.entities[current]!;
    return {
      model: cardModel(index, entity, language),
      t,
      language,
      theme: this.options.theme(),
      // The card's buttons run in Preact's event handlers: guarded like every other entry point.
      onSelectRelated: this.guard((id: string) => this.navigate(id)),
      onReadArticle: this.guard((article: number, sentence: number) => this.options.openArticle(article, sentence, entity.id)),
      ...(this.history.length > 1 ? { onBack: this.guard(() => this.back()) } : {}),
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
    // The Escape is the card's only when the reader is in it; otherwise the page's own (a lightbox,
    // a video) still hears it, and the card closes as well.
    if (this.host.hasFocus) event.stopPropagation();
    this.close();
  }
}
