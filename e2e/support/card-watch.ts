import type { Page } from 'playwright-core';

/**
 * What the page itself can see of the pointer and the card, on the page's clock (performance.now):
 * when the pointer last moved or was pressed, and each time the card host opened (its popover's
 * `beforetoggle`, seen by a capturing listener: the host is a child of the document element).
 */
export interface CardWatch {
  lastMove: number;
  lastDown: number;
  opened: number[];
}

/** Starts recording a CardWatch in the page (again from empty on each call, until the page navigates). */
export function watchCard(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { cardWatch?: CardWatch; cardWatchInstalled?: boolean };
    w.cardWatch = { lastMove: 0, lastDown: 0, opened: [] };
    if (w.cardWatchInstalled) return;
    w.cardWatchInstalled = true;
    addEventListener('pointermove', (e) => (w.cardWatch!.lastMove = e.timeStamp), true);
    addEventListener('pointerdown', (e) => (w.cardWatch!.lastDown = e.timeStamp), true);
    document.addEventListener('beforetoggle', (e) => (e as ToggleEvent).newState === 'open' && w.cardWatch!.opened.push(e.timeStamp), true);
  });
}

export function cardWatch(page: Page): Promise<CardWatch> {
  return page.evaluate(() => (window as unknown as { cardWatch: CardWatch }).cardWatch);
}

/**
 * Waits until the page's clock says the pointer has rested `ms` since its last move: long enough,
 * by the page's own account, for a dwell of less than `ms` to have run out.
 */
export async function untilRested(page: Page, ms: number): Promise<void> {
  await page.waitForFunction((wait) => {
    const w = (window as unknown as { cardWatch: CardWatch }).cardWatch;
    return w.lastMove > 0 && performance.now() >= w.lastMove + wait;
  }, ms);
}
