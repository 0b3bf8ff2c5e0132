import type { Translate } from '../shared/i18n';
import type { ContentMessage, TabMessage } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { SettingsStore } from '../shared/settings-store';
import { isEnabled } from '../shared/site-rules';
import { Annotation, type AnnotatorPreferences, type DisplayOptions } from './annotation';
import { removeLeftovers } from './leftovers';
import type { PageIndex, PageIndexSource } from './page-index';
import { PageListeners, Scope } from './scope';
import { handleTabMessage, type TabTarget } from './tab-handlers';
import { installTestHooks } from './test-hooks';

/** How often to check that the extension this script belongs to is still there (see isConnected). */
const ORPHAN_CHECK_MS = 2000;

/** The look-up-only annotation opens no card by pointer; these only fill the slots. */
const LOOK_UP_PREFERENCES: AnnotatorPreferences = { dwellMs: () => 200, trigger: () => 'click', theme: () => 'auto' };

/** What the session needs from the extension (the content script's APIs; fakes in tests). */
export interface SessionEnv {
  store: SettingsStore;
  /** Hands each tab message from the extension to `handle` until `signal` aborts (tab-messages.ts). */
  listenToTabMessages(handle: (message: TabMessage) => unknown, signal: AbortSignal): void;
  /** Where the index comes from, and tells of a new one. */
  indexSource: PageIndexSource;
  send(message: ContentMessage): void;
  /** False once the extension was reloaded, updated or removed under this script. */
  isConnected(): boolean;
  t: Translate;
  language(): string;
  onError(error: unknown): void;
}

/**
 * Backstory on one page, for the page's life: follows the reader's settings (the site on: an
 * annotation reads and paints the page; off: none, or one that only answers look-ups), answers the
 * tab messages (TAB_HANDLERS), notices when the extension is gone, and puts its listeners back when
 * the page calls `document.open()`. `reload()` starts the annotation again on a new index, keeping
 * the rest; `destroy()` takes everything away.
 */
export class PageSession implements TabTarget {
  private readonly listeners = new PageListeners();
  /** Errors the test build reports to the browser tests. */
  private readonly errors: string[] = [];
  private readonly scope: Scope;
  /** The settings, once read (or changed while being read). */
  private settings?: Settings;
  private loaded = false;
  private annotation?: Annotation;
  /** The display options the active annotation paints with. */
  private displayed = '';

  constructor(
    private page: PageIndex,
    private readonly env: SessionEnv,
  ) {
    const scope = (this.scope = new Scope(this.listeners, (error) => this.report(error)));
    scope.onEnd(() => this.replace(undefined));
    // What an earlier copy of this script could not take away (Firefox, after an update).
    scope.guard(removeLeftovers)();
    // Listening first: a popup opened while the page loads gets "still reading" rather than silence,
    // which it would take for a page with no content script.
    env.listenToTabMessages((message) => handleTabMessage(this, message), scope.signal);
    // Subscribed before the first read: a change that lands while it is pending (the site turned
    // off as the page loads) wins over what the read returns.
    scope.onEnd(env.store.subscribe(scope.guard((next: Settings) => this.settingsChanged(next))));
    env.indexSource.subscribe(
      scope.guard((next: PageIndex) => this.reload(next)),
      scope.signal,
    );
    // Reloaded, updated or removed, the extension leaves this script running in Chrome, cut off:
    // nothing reaches it, and every call to the extension throws. Everything goes, as when the site
    // is turned off; the new version annotates pages loaded from then on. Still connected, the
    // listeners are put back in case a document.open() went unseen (Chromium, now and then).
    scope.every(ORPHAN_CHECK_MS, () => (env.isConnected() ? this.listeners.reattach() : this.destroy()));
    this.followDocumentOpen();
    // Back or forward to a page the browser kept (the back/forward cache): the browser cleared the
    // badge, and Firefox delivered no settings change while the page was away.
    scope.listen<PageTransitionEvent>(window, 'pageshow', (event) => {
      if (event.persisted && env.isConnected()) this.restored();
    });
    if (__TEST_BUILD__) installTestHooks(scope, this, this.errors);
  }

  /** Reads the settings and annotates the page if they say so. */
  async start(): Promise<void> {
    const { settings } = await this.env.store.load();
    if (this.scope.ended) return;
    this.settings ??= settings;
    this.loaded = true;
    this.apply();
  }

  /** The annotation reading the page, when Backstory is on here. */
  get active(): Annotation | undefined {
    return this.annotation?.passive ? undefined : this.annotation;
  }

  /** The active annotation, or one that only answers look-ups (made when first asked, until the site is on). */
  forLookUp(): Annotation {
    if (this.annotation) return this.annotation;
    const annotation = this.annotate({ passive: true });
    this.annotation = annotation;
    return annotation;
  }

  /** A new index: the annotation starts again with it; listeners, settings and messages stay. */
  reload(page: PageIndex): void {
    this.page = page;
    this.replace(undefined);
    if (this.loaded) this.apply();
  }

  /** Takes away everything Backstory added to the page: annotation, card, listeners, timers. */
  destroy(): void {
    this.scope.end();
  }

  get destroyed(): boolean {
    return this.scope.ended;
  }

  private settingsChanged(next: Settings): void {
    this.settings = next;
    if (this.loaded) this.apply();
  }

  /** Makes the annotation match the settings: none, or one painting with their display options. */
  private apply(): void {
    const settings = this.settings;
    if (!settings || this.scope.ended) return;
    if (!isEnabled(location.href, settings)) {
      if (this.active) this.replace(undefined);
      return;
    }
    const display: DisplayOptions = { density: settings.density, kinds: settings.kinds, highlightStyle: settings.highlightStyle };
    const key = JSON.stringify(display);
    if (this.active && key === this.displayed) return;
    this.replace(undefined);
    this.displayed = key;
    this.annotation = this.annotate({ display });
  }

  private replace(next: Annotation | undefined): void {
    const before = this.annotation;
    this.annotation = undefined;
    before?.destroy();
    this.annotation = next;
  }

  private annotate(mode: { display: DisplayOptions } | { passive: true }): Annotation {
    const { env } = this;
    const passive = 'passive' in mode;
    const live = (): Settings => this.settings!;
    return new Annotation({
      page: this.page,
      listeners: this.listeners,
      t: env.t,
      language: env.language,
      ...(passive
        ? { passive: true, preferences: LOOK_UP_PREFERENCES }
        : { display: mode.display, preferences: { dwellMs: () => live().dwellMs, trigger: () => live().trigger, theme: () => live().theme } }),
      onEntityCount: passive ? () => {} : (entities) => env.send({ type: 'page-entities', entities }),
      openArticle: (pack, article, sentence, entity) => env.send({ type: 'open-article', pack, article, sentence, entity }),
      onError: (error) => this.report(error),
    });
  }

  /** Back from the back/forward cache: the settings read again, the count sent again. */
  private restored(): void {
    this.env.store
      .load()
      .then(
        this.scope.guard(({ settings }: { settings: Settings }) => {
          this.settingsChanged(settings);
          this.active?.resendCount();
        }),
      )
      .catch((error: unknown) => this.report(error));
  }

  /**
   * `document.open()` erases every listener of the document and its window, ours too, and empties
   * the document: the one change to the document's own children a page makes this way. Seeing it,
   * the listeners go back (the orphan check puts them back too, should this be missed).
   */
  private followDocumentOpen(): void {
    const observer = new MutationObserver(this.scope.guard(() => this.listeners.reattach()));
    observer.observe(document, { childList: true });
    this.scope.onEnd(() => observer.disconnect());
  }

  private report(error: unknown): void {
    if (__TEST_BUILD__) this.errors.push(String((error as Error)?.stack ?? error));
    this.env.onError(error);
  }
}
