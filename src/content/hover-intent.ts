import { matchAtPoint } from './hit-test';
import type { PageMatch, PageMatches } from './page-matches';

export interface HoverTiming {
  /** How long the pointer rests on a match before its card opens. */
  dwellMs: number;
  /** How long the card stays after the pointer leaves both the match and the card. */
  closeDelayMs: number;
}

export const DEFAULT_HOVER_TIMING: HoverTiming = { dwellMs: 200, closeDelayMs: 300 };

export interface HoverCallbacks {
  open(match: PageMatch, point: { x: number; y: number }): void;
  close(): void;
  isOpenFor(match: PageMatch): boolean;
  isOpen(): boolean;
  isInsideCard(event: Event): boolean;
  /** Open shadow roots whose text is painted, for the hit-test to look into. */
  shadowRoots(): ShadowRoot[];
  /** Runs before each hit-test. */
  beforeHitTest(): void;
}

type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/**
 * Turns pointer movement into open and close decisions, after Wikipedia's page previews: a card opens
 * only after the pointer rests on a match, and stays while the pointer is on the match or the card.
 * Pointer moves are read at most once per animation frame.
 */
export class HoverIntent {
  private candidate?: PageMatch;
  private dwellTimer?: ReturnType<typeof setTimeout>;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private pending?: PointerEvent;
  private frame?: number;

  constructor(
    private readonly matches: PageMatches,
    private readonly callbacks: HoverCallbacks,
    private readonly timing: HoverTiming,
    signal: AbortSignal,
    private readonly guard: Guard,
  ) {
    const options = { capture: true, passive: true, signal };
    document.addEventListener('pointermove', guard((e: PointerEvent) => this.schedule(e)), options);
    // Leaving the window: a pointerout with nowhere to go (pointerleave does not reach the document).
    document.addEventListener('pointerout', guard((e: PointerEvent) => (e.relatedTarget ? undefined : this.leave())), options);
    window.addEventListener('blur', guard(() => this.leave()), options);
    signal.addEventListener('abort', () => this.reset());
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
    this.pending = event;
    this.frame ??= requestAnimationFrame(
      this.guard(() => {
        this.frame = undefined;
        const latest = this.pending;
        this.pending = undefined;
        if (latest) this.onPointer(latest);
      }),
    );
  }

  private onPointer(event: PointerEvent): void {
    if (this.callbacks.isInsideCard(event)) {
      clearTimeout(this.closeTimer);
      return;
    }
    const point = { x: event.clientX, y: event.clientY };
    this.callbacks.beforeHitTest();
    const match = matchAtPoint(this.matches, point.x, point.y, this.callbacks.shadowRoots());
    if (!match) return this.leave();
    if (this.callbacks.isOpenFor(match)) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (match === this.candidate) return; // keep dwelling: moving within a match does not restart it
    this.candidate = match;
    clearTimeout(this.dwellTimer);
    this.dwellTimer = setTimeout(
      this.guard(() => {
        clearTimeout(this.closeTimer);
        if (match.node.isConnected) this.callbacks.open(match, point);
      }),
      this.timing.dwellMs,
    );
  }

  private leave(): void {
    this.candidate = undefined;
    clearTimeout(this.dwellTimer);
    if (!this.callbacks.isOpen()) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(this.guard(() => this.callbacks.close()), this.timing.closeDelayMs);
  }
}
