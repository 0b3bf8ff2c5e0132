import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedArticleInput } from '../../src/saved/saved-types';
import { launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';
import { cardTextUntil, openExtensionPage } from '../support/firefox-pages';
import { BUILT_IN_TITLE, PAGE, savedPetroArticle } from '../support/saved-petro';

// The Chromium test e2e/saved.e2e.ts in Firefox: a corpus article naming Petro saved through the
// background (save-article from the options page, opened through the test build's hook), quoted in
// Petro's card on a page already open, then removed in "Your articles and names" and gone from the
// card, all without a reload.

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;
let options: Page;
let article: SavedArticleInput;

beforeAll(async () => {
  article = savedPetroArticle();
  server = await startServer();
  firefox = await launchFirefoxWithExtension({ dist: join(ROOT, 'dist-test/firefox') });
  page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${PAGE}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  options = await openExtensionPage(firefox.browser, page, 'options', 'options.html');
  await options.waitForSelector('#saved-heading', { timeout: 10_000 });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: an article saved by the reader', () => {
  it('is saved through the background and quoted in Petro’s card on a page already open', async () => {
    const origin = await page.evaluate(() => performance.timeOrigin);
    const reply = (await options.evaluate(
      (a) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'save-article', article: a }),
      article,
    )) as { ok: boolean };
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    const text = await cardTextUntil(page, 'Petro', (t) => t.includes(article.title));
    expect(text).toContain(article.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
  });

  it('is removed in Your articles and names, and its sentences leave the card without a reload', async () => {
    const origin = await page.evaluate(() => performance.timeOrigin);
    await options.bringToFront();
    // Firefox refuses a test's navigation of moz-extension:// pages, reload included: the page reloads itself.
    await options.evaluate(() => location.reload());
    await options.waitForSelector('li[data-article]', { timeout: 10_000 });
    options.once('dialog', (dialog) => void dialog.accept());
    await options.click('li[data-article] button.remove');
    await options.waitForSelector('#saved-empty', { timeout: 10_000 });
    const text = await cardTextUntil(page, 'Petro', (t) => t.includes(BUILT_IN_TITLE) && !t.includes(article.title));
    expect(text).toContain(BUILT_IN_TITLE);
    expect(text).not.toContain(article.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
  });
});
