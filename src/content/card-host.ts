import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { Card, type CardProps } from '../ui/Card';
import { MessageCard, type MessageCardProps } from '../ui/MessageCard';
import cardCss from '../ui/card.css';
import paletteCss from '../ui/palette.css';

/**
 * The one element Backstory adds to a page. Backstory never defines it as a custom element (it needs
 * no behaviour); if the page defines the name itself, a random suffix gives a name the page cannot know.
 */
export const CARD_HOST_TAG = 'backstory-card';

/** Whether `element` is (or may be) our card host: its tag starts with CARD_HOST_TAG. */
export function isCardHost(element: Element): boolean {
  return element.localName.startsWith(CARD_HOST_TAG);
}

/** A host element with a closed shadow root, even on a page that defined `backstory-card` to break it. */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [CARD_HOST_TAG, `${CARD_HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    try {
      const host = document.createElement(tag);
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // The page's own definition of the name refused a shadow root: try a name it cannot know.
    }
  }
  throw new Error('Backstory: no card host could be made');
}

/** The least height the card is given, however little room the window leaves: its heading and a line. */
const MIN_CARD_ROOM_PX = 140;
/** The space left between the name and the card below (or above) it. */
const CARD_GAP_PX = 6;
/** The room the card keeps from the window's edges when it flips, shifts or shrinks to fit. */
const WINDOW_MARGIN_PX = 8;

/**
 * Inline, !important styles: page rules cannot win against them (not even !important ones), the UA's
 * [popover] box is undone, and `all: initial` comes first so nothing the page sets is inherited.
 */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: 'auto',
  top: '0',
  left: '0',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'max-content',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  'z-index': '2147483647',
  display: 'none',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
  'color-scheme': 'light dark',
};

export interface CardAnchor {
  range: Range;
  /** The pointer, so a match that wraps anchors the card to the line under it. */
  point?: { x: number; y: number };
}

/** Everything the Card view takes except onClose, which the host supplies. */
export type CardView = Omit<CardProps, 'onClose'> | ({ message: true } & Omit<MessageCardProps, 'onClose'>);

/**
 * Owns the card's host element: a closed shadow root with its own <style>, shown in the top layer as
 * a manual popover and placed by Floating UI against the match's range. `destroy()` removes all of it.
 */
export class CardHost {
  private host?: HTMLElement;
  private shadow?: ShadowRoot;
  private mount?: HTMLElement;
  private stopAutoUpdate?: () => void;

  constructor(private readonly onClose: () => void) {}

  get isOpen(): boolean {
    return this.host?.isConnected === true && this.host.matches(':popover-open');
  }

  /** Whether focus is inside the card (the page sees only the host as its active element). */
  get hasFocus(): boolean {
    return this.shadow?.activeElement != null;
  }

  /** True when `event` happened inside the card. */
  containsEvent(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  show(view: CardView, anchor: CardAnchor, focus = false): void {
    const { host, mount } = this.ensureHost();
    this.render(view, mount);
    host.style.setProperty('display', 'block', 'important');
    if (!host.matches(':popover-open')) host.showPopover();
    this.place(host, anchor);
    // The bench reads when the card reached the screen: the frame after this one has been painted.
    if (__TEST_BUILD__) requestAnimationFrame(() => setTimeout(() => performance.mark('backstory-card-painted')));
    // Opened from the keyboard, the card takes focus; opened by hovering, it never steals it.
    if (focus) mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  /** Re-renders the open card with new content, keeping its place and keeping focus inside it. */
  update(view: CardView): void {
    if (!this.mount) return;
    const hadFocus = this.hasFocus;
    this.render(view, this.mount);
    if (hadFocus) this.mount.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  /** Stops placing the card against its anchor (Floating UI's listeners and observers). */
  stopFollowing(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  hide(): void {
    this.stopFollowing();
    if (!this.host) return;
    // Display is ours, inline and important, so no page rule can keep a closed card on screen.
    this.host.style.setProperty('display', 'none', 'important');
    if (this.host.matches(':popover-open')) this.host.hidePopover();
  }

  destroy(): void {
    this.hide();
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
    this.mount = undefined;
  }

  private render(view: CardView, mount: HTMLElement): void {
    if ('message' in view) render(h(MessageCard, { ...view, onClose: this.onClose }), mount);
    else render(h(Card, { ...view, onClose: this.onClose }), mount);
  }

  private ensureHost(): { host: HTMLElement; mount: HTMLElement } {
    if (this.host?.isConnected && this.mount) return { host: this.host, mount: this.mount };
    const { host, shadow } = createHost();
    for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
    host.setAttribute('popover', 'manual');
    const style = document.createElement('style');
    // The colours the card shares with the extension's windows, then its own rules.
    style.textContent = `${paletteCss}\n${cardCss}`;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    return { host, mount };
  }

  private place(host: HTMLElement, anchor: CardAnchor): void {
    this.stopAutoUpdate?.();
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.range.getBoundingClientRect(),
      getClientRects: () => anchor.range.getClientRects(),
      contextElement: anchor.range.startContainer.parentElement ?? undefined,
    };
    const update = () => {
      // Measured at full height each time: a card squeezed below the name once would otherwise
      // "fit" there ever after, rather than flip to the roomier side (nothing paints before it is set again).
      host.style.removeProperty('--backstory-room');
      computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(anchor.point),
          offset(CARD_GAP_PX),
          flip({ padding: WINDOW_MARGIN_PX }),
          shift({ padding: WINDOW_MARGIN_PX }),
          // A name mid-way down a short window leaves less room above and below than the card's
          // height: the card takes what there is (its quotes scroll), so its buttons stay on screen.
          size({
            padding: WINDOW_MARGIN_PX,
            apply: ({ availableHeight }) => host.style.setProperty('--backstory-room', `${Math.max(MIN_CARD_ROOM_PX, Math.floor(availableHeight))}px`, 'important'),
          }),
        ],
      })
        .then(({ x, y }) => {
          host.style.setProperty('left', `${Math.round(x)}px`, 'important');
          host.style.setProperty('top', `${Math.round(y)}px`, 'important');
        })
        .catch(() => {
          // The range left the page while we measured: the next update or close deals with it.
        });
    };
    this.stopAutoUpdate = autoUpdate(reference, host, update);
  }
}
