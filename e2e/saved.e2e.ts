import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedArticleInput } from '../src/saved/saved-types';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { startServer } from '../src/tools/local-server.mjs';
import { accessibleDialogs, dialogButtons, waitForPaint } from './support/probes';
import { paintedCenter } from './support/painted-center';
import { BUILT_IN_TITLE, PAGE, savedPetroArticle } from './support/saved-petro';

// A corpus article naming Petro is saved through the background's save path (the save-article
// message, from the options page as the capture side sends it); another corpus page naming Petro,
// open in a second tab, then quotes it in Petro's card. Removed on the options page ("Your articles
// and names"), its sentences leave the card in the open tab with no reload.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let options: Page;
let cdp: CDPSession;
let article: SavedArticleInput;

beforeAll(async () => {
  article = savedPetroArticle();
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  options = await browser.context.newPage();
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('#saved-empty');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Rests the pointer on the first painted "Petro" and returns the text of the whole card (every article shown). */
async function petroCardText(): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  const point = await page.evaluate(paintedCenter, 'Petro');
  expect(point, 'a painted "Petro" is visible').toBeDefined();
  await page.mouse.move(point!.x, point!.y);
  const more = /more articles?/;
  const deadline = Date.now() + 8_000;
  for (;;) {
    const [dialog] = await accessibleDialogs(cdp);
    if (dialog) {
      const button = (await dialogButtons(cdp)).find((b) => more.test(b.name));
      if (!button) return dialog.text;
      await page.mouse.click(button.x, button.y);
    }
    if (Date.now() > deadline) throw new Error('no card opened for Petro');
    await page.waitForTimeout(100);
  }
}

/** The card's text once `done` holds for it (a card may still show the page index from before). */
async function petroCardUntil(done: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = await petroCardText();
    if (done(text) || Date.now() > deadline) return text;
    await page.waitForTimeout(250);
  }
}

describe('an article saved by the reader', () => {
  it('is saved through the background and finds Petro in it', async () => {
    const reply = (await options.evaluate(
      (article) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'save-article', article }),
      article,
    )) as { ok: boolean; value?: { article: { names: { id: string }[] } } };
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    expect(reply.value!.article.names.map((n) => n.id)).toContain('gustavo-petro');
  });

  it('is quoted in Petro’s card on another page naming him', async () => {
    await page.goto(`${server.origin}${PAGE}`);
    await waitForPaint(page);
    const text = await petroCardUntil((t) => t.includes(article.title));
    expect(text).toContain(article.title);
    expect(text).toContain(BUILT_IN_TITLE);
  });

  it('is listed in Your articles and names, with the names found, and opens in the article page', async () => {
    await options.reload();
    const row = options.locator('li[data-article]');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('.saved-title a').textContent()).toBe(article.title);
    expect(await row.locator('.chip').allTextContents()).toContain('Gustavo Petro');
    // In the packs list, "Saved by you" is switched and moved, not removed: its row points here.
    const pack = options.locator('li.pack[data-pack="saved"]');
    await pack.waitFor();
    expect(await pack.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await pack.locator('#pack-saved-manage').getAttribute('href')).toBe('#saved-heading');
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), row.locator('.saved-title a').click()]);
    await tab.waitForSelector('h1');
    expect(await tab.locator('h1').textContent()).toBe(article.title);
    await tab.close();
  });

  it('leaves Petro’s card in the open tab, without a reload, once removed on the options page', async () => {
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await options.bringToFront();
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: `Remove “${article.title}”` }).click();
    await options.waitForSelector('#saved-empty');
    expect(await options.locator('#saved-status').textContent()).toBe(`Removed “${article.title}”.`);
    // The card has loaded (the built-in article is there) and the saved one is gone.
    const text = await petroCardUntil((t) => t.includes(BUILT_IN_TITLE) && !t.includes(article.title));
    expect(text).toContain(BUILT_IN_TITLE);
    expect(text).not.toContain(article.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  });
});
