import type { Trigger } from '../shared/definitions';
import { matchAtPoint } from './hit-test';
import type { PageMatch, PageMatches } from './page-matches';
import type { Guard, Scope } from './scope';

export interface HoverTiming {
  /** How long the pointer rests on a match before its card opens. */
  dwellMs: number;
  /** How long the card stays after the pointer leaves both the match and the card. */
  closeDelayMs: number;
}

export const DEFAULT_CLOSE_DELAY_MS = 300;

export interface HoverCallbacks {
  open(match: PageMatch, point: { x: number; y: number }): void;
  close(): void;
  isOpenFor(match: PageMatch): boolean;
  isOpen(): boolean;
  /** Which opening the card showing is, counting every route (undefined when closed). */
  openingNumber(): number | undefined;
  isInsideCard(event: Event): boolean;
  /** Open shadow roots whose text is painted, for the hit-test to look into. */
  shadowRoots(): ShadowRoot[];
  /** Runs before each hit-test. */
  beforeHitTest(): void;
  timing(): HoverTiming;
  trigger(): Trigger;
}

/** A tap or click moves less than this, and lasts less than TAP_MS: anything else is a scroll or a drag. */
const TAP_SLOP_PX = 10;
const TAP_MS = 600;

/**
 * Turns pointer movement into open and close decisions, after Wikipedia's page previews: a card opens
 * only after the pointer rests on a match, and stays while the pointer is on the match or the card.
 * Pointer moves are read at most once per animation frame. A tap (or, with the click trigger, a
 * click) on a match opens its card at once, except inside a link, where the tap is the link's.
 */
export class HoverIntent {
  private candidate?: PageMatch;
  private dwellTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private pending?: { event: PointerEvent; inCard: boolean };
  /** The opening the dwell made (see HoverCallbacks.openingNumber): only that card closes when the pointer leaves. */
  private hoverOpening?: number;
  private frame?: number;
  private down?: { x: number; y: number; time: number };

  private readonly guard: Guard;

  constructor(
    private readonly matches: PageMatches,
    private readonly callbacks: HoverCallbacks,
    scope: Scope,
  ) {
    this.guard = scope.guard;
    const options = { capture: true, passive: true };
    scope.listen<PointerEvent>(document, 'pointermove', (e) => this.schedule(e), options);
    // Leaving the window: a pointerout with nowhere to go (pointerleave does not reach the document).
    // A touch ends with one too, after every tap: that is no leaving.
    scope.listen<PointerEvent>(document, 'pointerout', (e) => (e.relatedTarget || e.pointerType === 'touch' ? undefined : this.leave()), options);
    scope.listen<PointerEvent>(document, 'pointerdown', (e) => (this.down = { x: e.clientX, y: e.clientY, time: e.timeStamp }), options);
    scope.listen<PointerEvent>(document, 'pointerup', (e) => this.onPointerUp(e), options);
    scope.listen(window, 'blur', () => this.leave(), options);
    scope.onEnd(() => this.reset());
  }

  /** Forgets the pending dwell and close decisions (the card was closed some other way). */
  reset(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.closeTimer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pending = undefined;
    this.candidate = undefined;
  }

  private schedule(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // composedPath() is empty once dispatch is over: decide "inside the card" now, not in the frame.
    this.pending = { event, inCard: this.callbacks.isInsideCard(event) };
    this.frame ??= requestAnimationFrame(
      this.guard(() => {
        this.frame = undefined;
        const latest = this.pending;
        this.pending = undefined;
        if (latest) this.onPointer(latest.event, latest.inCard);
      }),
    );
  }

  private hitTest(x: number, y: number): PageMatch | undefined {
    this.callbacks.beforeHitTest();
    return matchAtPoint(this.matches, x, y, this.callbacks.shadowRoots());
  }

  private onPointer(event: PointerEvent, inCard: boolean): void {
    if (inCard) {
      clearTimeout(this.closeTimer);
      return;
    }
    const point = { x: event.clientX, y: event.clientY };
    const match = this.hitTest(point.x, point.y);
    if (!match) {
      this.leave();
      return;
    }
    if (this.callbacks.isOpenFor(match)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const trigger = this.callbacks.trigger();
    // Not a match that opens on hover now: as if the pointer had left (a card it opened may close).
    if (trigger === 'click' || (trigger === 'hover-alt' && !event.altKey)) {
      this.leave();
      return;
    }
    if (match === this.candidate) return; // keep dwelling: moving within a match does not restart it
    this.candidate = match;
    clearTimeout(this.dwellTimer);
    this.dwellTimer = setTimeout(
      this.guard(() => {
        if (__TEST_BUILD__) performance.mark('backstory-dwell-end');
        // Still under the pointer: the page may have scrolled the match away meanwhile, with no pointermove.
        if (!match.node.isConnected || this.hitTest(point.x, point.y) !== match) {
          this.candidate = undefined;
          return;
        }
        clearTimeout(this.closeTimer);
        this.callbacks.open(match, point);
        this.hoverOpening = this.callbacks.openingNumber();
      }),
      this.callbacks.timing().dwellMs,
    );
  }

  /**
   * A tap or click: on a match it opens the card (a touch, or any pointer with the click trigger);
   * outside the card and off every match it closes whatever card is open, however it was opened.
   */
  private onPointerUp(event: PointerEvent): void {
    const down = this.down;
    this.down = undefined;
    const opensCards = event.pointerType === 'touch' || this.callbacks.trigger() === 'click';
    // An ordinary click with no card open costs no hit-test.
    if (!opensCards && !this.callbacks.isOpen()) return;
    if (event.button > 0 || !down || this.callbacks.isInsideCard(event)) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    if (moved > TAP_SLOP_PX || event.timeStamp - down.time > TAP_MS) return;
    const match = this.hitTest(event.clientX, event.clientY);
    if (!match) {
      if (this.callbacks.isOpen()) this.callbacks.close();
      return;
    }
    if (!opensCards || match.node.parentElement?.closest('a[href]')) return;
    this.callbacks.open(match, { x: event.clientX, y: event.clientY });
  }

  /**
   * The pointer left the match (or the window): a dwell stops, and a card the dwell opened closes
   * after the close delay. A card opened by a tap, a click, the keyboard, the popup or the context
   * menu stays until Escape, its close button or a click elsewhere: the pointer passing over the
   * page on its way says nothing about it.
   */
  private leave(): void {
    this.candidate = undefined;
    clearTimeout(this.dwellTimer);
    const opening = this.hoverOpening;
    if (opening === undefined || this.callbacks.openingNumber() !== opening) return;
    clearTimeout(this.closeTimer);
    // Still that card when the delay ends (not one the keyboard opened since, even for the same match).
    this.closeTimer = setTimeout(
      this.guard(() => (this.callbacks.openingNumber() === opening ? this.callbacks.close() : undefined)),
      this.callbacks.timing().closeDelayMs,
    );
  }
}
