/** Wraps an entry point: does nothing once its owner is gone, and sends a failure to the owner. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

interface Registration {
  target: EventTarget;
  type: string;
  listener: EventListener;
  options: AddEventListenerOptions;
}

/**
 * Every listener the content script puts on the page's document and window, kept so they can be put
 * back: `document.open()` erases all the listeners of the document, its nodes and its window, the
 * extension's too (HTML's "document open steps"). Adding a listener that is still there is a no-op
 * (same type, callback and capture), so `reattach()` is safe to call whenever in doubt.
 */
export class PageListeners {
  private readonly registrations = new Set<Registration>();

  /** Listens until `signal` aborts, and again after each `reattach()` until then. */
  add(target: EventTarget, type: string, listener: EventListener, signal: AbortSignal, options: Omit<AddEventListenerOptions, 'signal' | 'once'> = {}): void {
    if (signal.aborted) return;
    const registration: Registration = { target, type, listener, options: { ...options, signal } };
    this.registrations.add(registration);
    signal.addEventListener('abort', () => this.registrations.delete(registration), { once: true });
    target.addEventListener(type, listener, registration.options);
  }

  /** Puts back the listeners the page erased. */
  reattach(): void {
    for (const { target, type, listener, options } of this.registrations) target.addEventListener(type, listener, options);
  }

  /** How many listeners are registered (for tests). */
  get size(): number {
    return this.registrations.size;
  }
}

/**
 * The lifetime of one owner on the page (an annotation, a session): its AbortSignal, the guard for
 * its entry points, and listeners that go when it goes. refined-github's `init(signal)`, with the
 * guard and the page's listeners carried alongside.
 */
export class Scope {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  constructor(
    private readonly listeners: PageListeners,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** `fn` as an entry point: skipped once the scope has ended; its errors go to `onError`, never to the page. */
  readonly guard: Guard =
    (fn) =>
    (...args) => {
      if (this.signal.aborted) return;
      try {
        fn(...args);
      } catch (error) {
        this.onError(error);
      }
    };

  /** Sends an error caught elsewhere (a rejected promise) where this scope's errors go. */
  report(error: unknown): void {
    if (!this.signal.aborted) this.onError(error);
  }

  /** A guarded listener on the page, removed when the scope ends and put back after `document.open()`. */
  listen<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, options: { capture?: boolean; passive?: boolean } = {}): void {
    this.listeners.add(target, type, this.guard(listener) as EventListener, this.signal, options);
  }

  /** A guarded interval, cleared when the scope ends. */
  every(ms: number, fn: () => void): void {
    const timer = setInterval(this.guard(fn), ms);
    this.onEnd(() => clearInterval(timer));
  }

  /** Runs `fn` when the scope ends (in the order given); a failure goes to `onError`, and the rest still run. */
  onEnd(fn: () => void): void {
    const run = () => {
      try {
        fn();
      } catch (error) {
        this.onError(error);
      }
    };
    if (this.signal.aborted) run();
    else this.signal.addEventListener('abort', run, { once: true });
  }

  end(): void {
    this.controller.abort();
  }

  get ended(): boolean {
    return this.signal.aborted;
  }
}
