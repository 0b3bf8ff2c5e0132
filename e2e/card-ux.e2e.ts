import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { ROOT, startServer } from '../src/tools/local-server.mjs';
import { fireCommand } from './support/background';
import { accessibleDialogs, dialogBox, dialogButtons, dialogColors, luminance, paintedInOrder, textPoint, waitForPaint, type AccessibleDialog } from './support/probes';

/** Where the card's pictures go for a reviewer (and for us) to look at. */
const SCREENSHOTS = join(ROOT, 'dist/screenshots');

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function dialogs(session = cdp): Promise<AccessibleDialog[]> {
  return accessibleDialogs(session);
}

/** Polls until a dialog (one `wanted` accepts) is exposed or `ms` pass; returns what is there at the end. */
async function waitForDialog(ms: number, session = cdp, p = page, wanted = (_: AccessibleDialog) => true): Promise<AccessibleDialog | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const [dialog] = await accessibleDialogs(session);
    if ((dialog && wanted(dialog)) || Date.now() > deadline) return dialog;
    await p.waitForTimeout(25);
  }
}

async function closeCard(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.waitForTimeout(350);
  expect(await dialogs()).toEqual([]);
}

async function openDemo(): Promise<void> {
  await page.goto(`${server.origin}/demo/`);
  await page.bringToFront();
  await waitForPaint(page);
}

/** The "open the next mention" keyboard command, through the background's command listener. */
function openNextMention(): Promise<void> {
  return fireCommand(browser.worker, 'open-next-mention');
}

/** Sends the page's content script the message a click in the popup's list sends. */
async function openEntityFromPopup(entity: string): Promise<void> {
  await browser.worker.evaluate(
    async (m: object) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.sendMessage(tab!.id, m);
    },
    { type: 'open-entity', entity },
  );
}

describe('hover intent', () => {
  it('opens the card after the pointer rests on a name, within a second', async () => {
    await openDemo();
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    const dialog = await waitForDialog(1000);
    expect(dialog?.name).toBe('Marco Rubio');
    await closeCard();
  });

  it('opens nothing when the pointer only passes over a name', async () => {
    const point = await textPoint(page, 'Marco Rubio');
    // Cross the name from left to right in 80 ms, well under the dwell, and stop in the margin.
    await page.mouse.move(point.x - 120, point.y);
    for (let dx = -120; dx <= 120; dx += 30) {
      await page.mouse.move(point.x + dx, point.y);
      await page.waitForTimeout(10);
    }
    await page.mouse.move(5, point.y);
    await page.waitForTimeout(600);
    expect(await dialogs()).toEqual([]);
  });

  it('opens nothing when the page scrolls the name away from the resting pointer before the dwell ends', async () => {
    await openDemo();
    await page.evaluate(() => scrollTo(0, 0));
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    // Within the dwell (200 ms), the page scrolls by itself: no pointer event follows.
    await page.evaluate(() => scrollBy(0, 400));
    await page.waitForTimeout(700);
    expect(await dialogs()).toEqual([]);
    await page.mouse.move(2, 2);
  });

  it('keeps the card while the pointer moves into it, and closes after it leaves both', async () => {
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
    const box = (await dialogBox(cdp))!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(600);
    expect((await dialogs())[0]?.name).toBe('Marco Rubio');
    await page.mouse.move(3, 3, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await dialogs()).toEqual([]);
  });
});

describe('cards that were not opened by hovering, and the page around them', () => {
  it('keeps a card opened by a tap: the pointerout every touch ends with is no leaving', async () => {
    await openDemo();
    const point = await textPoint(page, 'Marco Rubio');
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
      await page.waitForTimeout(700);
      expect((await dialogs())[0]?.name).toBe('Marco Rubio');
    } finally {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
    await closeCard();
  });

  it('keeps a card the keyboard opened while the mouse crosses the page, and closes it on a click elsewhere', async () => {
    await openDemo();
    await openNextMention();
    expect(await waitForDialog(1000)).toBeDefined();
    await page.mouse.move(4, 200, { steps: 4 });
    await page.mouse.move(6, 260, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await dialogs()).toHaveLength(1);
    await page.mouse.click(6, 260);
    await page.waitForTimeout(100);
    expect(await dialogs()).toEqual([]);
  });

  it('closes a card whose name the page takes away (an SPA swapping its article), and keeps one whose text is only added to', async () => {
    await openDemo();
    await openNextMention();
    const opened = await waitForDialog(1000);
    expect(opened).toBeDefined();
    // A live blog appends to the paragraph of the open mention: the same name, in the same place.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) node.data += ' ';
    });
    await page.waitForTimeout(600);
    expect((await dialogs()).map((d) => d.name)).toEqual([opened!.name]);
    await page.evaluate(() => document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Another story, with no one in it.' })));
    await page.waitForTimeout(600);
    expect(await dialogs()).toEqual([]);
  });

  it('keeps a card the popup opened for the name whose hover card was showing', async () => {
    await openDemo();
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
    await openEntityFromPopup('marco-rubio');
    await page.waitForTimeout(100);
    await page.mouse.move(4, 200, { steps: 4 });
    await page.waitForTimeout(700);
    expect((await dialogs())[0]?.name).toBe('Marco Rubio');
    await closeCard();
  });

  it('leaves focus where the reader put it when a hover card closes, and lets the page hear Escape', async () => {
    await openDemo();
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      for (const id of ['first-field', 'second-field']) {
        const input = document.createElement('input');
        input.id = id;
        main.prepend(input);
      }
      (window as unknown as { escapes: number }).escapes = 0;
      document.body.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') (window as unknown as { escapes: number }).escapes++;
      });
      document.getElementById('first-field')!.focus();
    });
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
    // The page's Escape (its lightbox, its video) still reaches it; the hover card closes too.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
    expect(await dialogs()).toEqual([]);
    // A hover card opens again, and the reader clicks into another field: focus stays there.
    await page.mouse.move(2, 2);
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
    await page.click('#second-field');
    await page.waitForTimeout(500);
    expect(await dialogs()).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('second-field');
  });
});

describe('related entities and the article page', () => {
  it('switches the card to a related entity and back', async () => {
    const point = await textPoint(page, 'Delcy Rodríguez');
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog(1000))?.name).toBe('Delcy Rodríguez');
    const venezuela = (await dialogButtons(cdp)).find((b) => b.name === 'Venezuela')!;
    expect(venezuela).toBeDefined();
    await page.mouse.move(venezuela.x, venezuela.y, { steps: 6 });
    await page.mouse.click(venezuela.x, venezuela.y);
    await page.waitForTimeout(100);
    expect((await dialogs())[0]?.name).toBe('Venezuela');
    const back = (await dialogButtons(cdp)).find((b) => b.name === 'Back')!;
    await page.mouse.click(back.x, back.y);
    await page.waitForTimeout(100);
    expect((await dialogs())[0]?.name).toBe('Delcy Rodríguez');
  });

  it('opens the whole article at the sentence the card quoted', async () => {
    const read = (await dialogButtons(cdp)).find((b) => b.name.startsWith('Read the article'))!;
    const [articlePage] = await Promise.all([browser.context.waitForEvent('page'), page.mouse.click(read.x, read.y)]);
    await articlePage.waitForLoadState();
    expect(articlePage.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/article\.html\?pack=built-in&article=0&sentence=\d+&entity=delcy-rodriguez$/);
    await articlePage.waitForFunction(() => CSS.highlights.size > 0);
    const quoted = await articlePage.evaluate(() => {
      const el = document.querySelector('.quoted')!;
      const r = el.getBoundingClientRect();
      return { text: el.textContent!, inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(quoted.text).toContain('He also invited Delcy Rodríguez to Colombia');
    expect(quoted.inView).toBe(true);
    // Focus is on the quoted sentence, where a screen reader starts reading.
    expect(await articlePage.evaluate(() => document.activeElement?.classList.contains('quoted'))).toBe(true);
    await articlePage.screenshot({ path: join(SCREENSHOTS, 'article-page.png') });
    // The theme setting reaches the page, as it reaches the cards.
    const background = () => articlePage.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await articlePage.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: { schemaVersion: 1, theme: 'dark' } }),
    );
    await articlePage.waitForFunction((before) => getComputedStyle(document.body).backgroundColor !== before, light);
    await articlePage.screenshot({ path: join(SCREENSHOTS, 'article-page-dark.png') });
    await articlePage.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
    // Addresses that name no article or sentence: a plain "not found", or the article unmarked.
    const base = articlePage.url().replace(/\?.*$/, '');
    await articlePage.goto(`${base}?sentence=`);
    expect(await articlePage.evaluate(() => document.querySelector('.article'))).toBeNull();
    await articlePage.goto(`${base}?article=0&sentence=`);
    await articlePage.waitForSelector('.article');
    expect(await articlePage.evaluate(() => document.querySelectorAll('.quoted').length)).toBe(0);
    await articlePage.close();
    await page.bringToFront();
    await closeCard();
  });
});

describe('keyboard', () => {
  it('opens the next mention with focus, and Escape returns focus where it was', async () => {
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'reader-place';
      document.querySelector('main')!.prepend(input);
      input.focus();
    });
    await openNextMention();
    const dialog = await waitForDialog(1000);
    expect(dialog).toBeDefined();
    // Focus moved into the card (the host is what the page sees as active) once its content came.
    await page.waitForFunction(() => document.activeElement?.localName === 'backstory-card', undefined, { timeout: 2_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
    await page.keyboard.press('Escape');
    expect(await dialogs()).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-place');
  });

  it('goes from mention to mention', async () => {
    await openDemo();
    // At the top of the page: the first painted mention, then each next one in reading order. The
    // demo's first four are four different entities, each named by a card title that contains it.
    const mentions = (await paintedInOrder(page)).slice(0, 4);
    expect(new Set(mentions.map((m) => m.text)).size).toBe(4);
    for (const mention of mentions) {
      await openNextMention();
      const dialog = await waitForDialog(1000, cdp, page, (d) => d.name.includes(mention.text));
      expect(dialog?.name, `the card moved on to "${mention.text}"`).toContain(mention.text);
    }
    await closeCard();
  });

  it('opens an entity from the list: scrolls to it, flashes it, opens its card', async () => {
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await openEntityFromPopup('piedad-cordoba');
    expect((await waitForDialog(1000))?.name).toBe('Piedad Córdoba');
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('backstory-flash') ?? [])].map((r) => r.toString()));
    expect(flashed).toEqual(['Piedad Córdoba']);
    await closeCard();
  });
});

describe('look', () => {
  async function hoverAndShoot(target: Page, session: CDPSession, name: string, file: string): Promise<AccessibleDialog> {
    const point = await textPoint(target, name);
    await target.mouse.move(point.x, point.y);
    const dialog = await waitForDialog(1500, session, target);
    await target.waitForTimeout(150);
    await target.screenshot({ path: join(SCREENSHOTS, file) });
    return dialog!;
  }

  it('keeps its own look on a page whose stylesheet restyles *, div, button and the host', async () => {
    await page.goto(`${server.origin}/fixtures/hostile.html`);
    await waitForPaint(page);
    const dialog = await hoverAndShoot(page, cdp, 'Marco Rubio', 'card-hostile.png');
    expect(dialog.name).toBe('Marco Rubio');
    const box = (await dialogBox(cdp))!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.width).toBeLessThan(400);
    const style = await cdp.send('Runtime.evaluate', { expression: 'getComputedStyle(document.querySelector("backstory-card")).visibility' });
    expect((style.result as { value: string }).value).toBe('visible');
    await closeCard();
  });

  it("has a light and a dark look, following the system's colour scheme", async () => {
    await openDemo();
    await hoverAndShoot(page, cdp, 'Gustavo Petro', 'card-light.png');
    const light = (await dialogColors(cdp))!;
    expect(luminance(light.background), `light card background ${light.background}`).toBeGreaterThan(0.8);
    expect(luminance(light.color), `light card text ${light.color}`).toBeLessThan(0.1);
    await closeCard();
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await hoverAndShoot(page, cdp, 'glyphosate', 'card-dark.png');
      const dark = (await dialogColors(cdp))!;
      expect(luminance(dark.background), `dark card background ${dark.background}`).toBeLessThan(0.1);
      expect(luminance(dark.color), `dark card text ${dark.color}`).toBeGreaterThan(0.6);
      await closeCard();
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('fits a short window: the card takes the room there is beside the name, its buttons on screen', async () => {
    await page.setViewportSize({ width: 1200, height: 560 });
    try {
      await openDemo();
      // The name's paragraph as near the middle as the page scrolls: less room above it and below than the card's 440 px.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent!.includes('Gustavo Petro')) return node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        }
      });
      const dialog = await hoverAndShoot(page, cdp, 'Gustavo Petro', 'card-short-window.png');
      expect(dialog.name).toBe('Gustavo Petro');
      const box = (await dialogBox(cdp))!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(560);
      const buttons = await dialogButtons(cdp);
      expect(buttons.some((b) => /article/i.test(b.name))).toBe(true);
      await closeCard();
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it('is readable at 50 % and 200 % page zoom', async () => {
    for (const zoom of [0.5, 2]) {
      await page.evaluate((z) => (document.documentElement.style.zoom = String(z)), zoom);
      const dialog = await hoverAndShoot(page, cdp, 'Marco Rubio', `card-zoom-${zoom * 100}.png`);
      expect(dialog.name).toBe('Marco Rubio');
      const box = (await dialogBox(cdp))!;
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await closeCard();
    }
    await page.evaluate(() => document.documentElement.style.removeProperty('zoom'));
  });
});

describe('Spanish UI', () => {
  it('speaks Spanish where the browser does', async () => {
    const spanish = await launchWithExtension({ dist: CHROME_TEST_DIST, args: ['--lang=es'] });
    try {
      const es = await spanish.context.newPage();
      const session = await spanish.context.newCDPSession(es);
      await es.goto(`${server.origin}/fixtures/es-article.html`);
      await es.bringToFront();
      await waitForPaint(es);
      const point = await textPoint(es, 'glifosato');
      await es.mouse.move(point.x, point.y);
      const dialog = await waitForDialog(1500, session, es);
      expect(dialog?.name).toBe('glifosato');
      expect(dialog?.text).toContain('Término');
      expect(dialog?.text).toContain('Herbicida');
      expect(dialog?.text).toContain('7 de enero de 2026');
      expect(dialog?.text).toContain('Nota de «Incorporado»');
      expect((await dialogButtons(session)).map((b) => b.name)).toContain('Cerrar');
      await es.waitForTimeout(150);
      await es.screenshot({ path: join(SCREENSHOTS, 'card-spanish.png') });
    } finally {
      await spanish.close();
    }
  });
});

// Last in the file: it changes the stored settings, which the open page takes in a moment later.
describe('the "hover with Alt" trigger', () => {
  /** Empties both storage areas, then stores `settings` in sync when given. */
  async function storeSettings(settings?: unknown): Promise<void> {
    await browser.worker.evaluate(async (value) => {
      const api = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { clear(): Promise<void>; set(items: object): Promise<void> }> } }).chrome;
      await api.storage.sync.clear();
      await api.storage.local.clear();
      if (value !== undefined) await api.storage.sync.set({ settings: value });
    }, settings);
  }

  it('closes the card when the pointer goes straight on to another name without Alt', async () => {
    await storeSettings({ schemaVersion: 1, trigger: 'hover-alt' });
    try {
      await openDemo();
      const rubio = await textPoint(page, 'Marco Rubio');
      const petro = await textPoint(page, 'Gustavo Petro');
      await page.keyboard.down('Alt');
      await page.mouse.move(rubio.x, rubio.y);
      expect((await waitForDialog(1000))?.name).toBe('Marco Rubio');
      await page.keyboard.up('Alt');
      // One move, from name to name, over no plain text on the way.
      await page.mouse.move(petro.x, petro.y);
      await page.waitForTimeout(700);
      expect(await dialogs()).toEqual([]);
    } finally {
      await storeSettings();
    }
  });
});
