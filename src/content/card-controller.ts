import type { Translate } from '../shared/i18n';
import type { Theme } from '../shared/definitions';
import type { CardModel } from '../ui/card-model';
import { EMPTY_TRAIL, back, canGoBack, canGoForward, current, forward, openEntry, type CardTrail } from '../ui/card-trail';
import type { CardContent } from './card-content';
import { CardHost, type CardAnchor, type CardView } from './card-host';
import { rangeOf, type MatchChange, type PageMatch } from './page-matches';
import type { Scope } from './scope';

/** What the controller needs of the card's element (CardHost; a fake in unit tests). */
export type CardSurface = Pick<CardHost, 'isOpen' | 'hasFocus' | 'containsEvent' | 'show' | 'update' | 'hide' | 'stopFollowing' | 'destroy'>;

export interface CardOptions {
  /** Where every card's content comes from (see card-content.ts). */
  cardContent: CardContent;
  /** The entity id of a match's entity number. */
  entityId(entity: number): string;
  t: Translate;
  language: () => string;
  theme: () => Theme;
  openArticle(pack: string, article: number, sentence: number, entity: string): void;
  /** The card's element, given the close button's handler (a CardHost unless a test gives a fake). */
  surface?: (onClose: () => void) => CardSurface;
}

/**
 * What the card shows and in which order: the entity of the hovered match, then related entities
 * the reader opens from it, with a way back. Escape closes the card; focus, if it was in the card,
 * returns where it was before.
 *
 * The content arrives asynchronously (CardContent): a card counts as open from the moment it is
 * asked for, shows when its content arrives, and an answer to anything but the latest request (a
 * card closed, or another opened, meanwhile) is dropped.
 */
export class CardController {
  private readonly host: CardSurface;
  /** The entities shown, the current one last: only entities whose content arrived. */
  /** The cards followed through related names, with Back and Forward (see card-trail). */
  private trail: CardTrail<string> = EMPTY_TRAIL;
  private openMatch?: PageMatch;
  private focusBefore?: Element | null;
  /** Counts the cards opened, by any route: tells one opening from the next, even for one match. */
  private opened = 0;
  /** Counts content requests: only the latest one's answer is shown. */
  private requested = 0;
  /** A card was asked for and its content has not arrived yet. */
  private awaiting = false;

  constructor(
    private readonly options: CardOptions,
    private readonly scope: Scope,
  ) {
    // The close button runs in Preact's event handler: guarded like every other entry point.
    const onClose = scope.guard(() => this.close());
    this.host = options.surface ? options.surface(onClose) : new CardHost(onClose);
    scope.listen<KeyboardEvent>(document, 'keydown', (e) => this.onKey(e), { capture: true });
    scope.onEnd(() => {
      this.requested++;
      this.host.destroy();
    });
  }

  /** A card is showing, or has been asked for and is on its way. */
  get isOpen(): boolean {
    return this.awaiting || this.host.isOpen;
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
    const { point, focus = false } = options;
    this.beginOpening(match);
    this.request(
      this.options.entityId(match.entity),
      (view) => this.host.show(view, { range: rangeOf(match), ...(point ? { point } : {}) }, focus),
      () => this.close(),
    );
  }

  /**
   * Opens the card of an entity at a place that is not a painted match (a selection); when there is
   * no content for it, a card saying `missing` instead.
   */
  openEntityAt(entityId: string, range: Range, missing: string): void {
    this.beginOpening(undefined);
    this.request(
      entityId,
      (view) => this.host.show(view, { range }, true),
      () => this.openMessage(missing, range),
    );
  }

  /** A card that only says `text` (the context menu found nothing), at `range`. */
  openMessage(text: string, range: Range): void {
    this.beginOpening(undefined);
    this.requested++;
    this.awaiting = false;
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
    // Whatever is on its way is no longer wanted.
    this.requested++;
    this.awaiting = false;
    if (!this.host.isOpen) {
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
    this.trail = EMPTY_TRAIL;
    const before = this.focusBefore;
    this.focusBefore = undefined;
    if (focusWasInside && before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
  }

  /** Counts an opening, and notes where focus was if no card was showing (it goes back there). */
  private beginOpening(match: PageMatch | undefined): void {
    this.opened++;
    if (!this.isOpen) this.focusBefore = document.activeElement;
    this.openMatch = match;
    this.awaiting = true;
  }

  /**
   * Asks for the content of `entityId`; when it arrives, and nothing was asked or closed since,
   * `show` gets the view with `entityId` as the current entity, or `missing` runs.
   */
  private request(entityId: string, show: (view: CardView) => void, missing: () => void, trail: CardTrail<string> = openEntry(EMPTY_TRAIL, entityId)): void {
    const ticket = ++this.requested;
    const language = this.options.language();
    const answered = this.scope.guard((model: CardModel | undefined) => {
      if (ticket !== this.requested) return;
      this.awaiting = false;
      if (!model) return missing();
      this.trail = trail;
      show(this.view(model, language));
    });
    Promise.resolve()
      .then(() => this.options.cardContent(entityId, language))
      .catch((error: unknown) => {
        this.scope.report(error);
        return undefined;
      })
      .then(answered);
  }

  private view(model: CardModel, language: string): CardView {
    const { t } = this.options;
    return {
      model,
      t,
      language,
      theme: this.options.theme(),
      // The card's buttons run in Preact's event handlers: guarded like every other entry point.
      onSelectRelated: this.scope.guard((id: string) => this.navigate(id)),
      onReadArticle: this.scope.guard((pack: string, article: number, sentence: number) => this.options.openArticle(pack, article, sentence, model.id)),
      ...(canGoBack(this.trail) ? { onBack: this.scope.guard(() => this.step(back(this.trail))) } : {}),
      ...(canGoForward(this.trail) ? { onForward: this.scope.guard(() => this.step(forward(this.trail))) } : {}),
    };
  }

  private navigate(id: string): void {
    this.request(
      id,
      (view) => this.host.update(view),
      () => {},
      openEntry(this.trail, id),
    );
  }

  /** Shows the card at another place of the trail (Back, Forward). */
  private step(trail: CardTrail<string>): void {
    const id = current(trail);
    if (id !== undefined)
      this.request(
        id,
        (view) => this.host.update(view),
        () => {},
        trail,
      );
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.isOpen) return;
    // The Escape is the card's only when the reader is in it; otherwise the page's own (a lightbox,
    // a video) still hears it, and the card closes as well.
    if (this.host.hasFocus) event.stopPropagation();
    this.close();
  }
}
