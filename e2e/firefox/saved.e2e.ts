import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedArticleInput } from '../../src/saved/saved-types';
import { accessibleDialogs, EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { corpusPage } from '../../src/tools/import/corpus-page';
import { extractArticle } from '../../src/tools/import/extract-article';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';

// The Chromium test e2e/saved.e2e.ts in Firefox: a corpus article naming Petro saved through the
// background (save-article from the options page, opened through the test build's hook), quoted in
// Petro's card on a page already open, then removed in "Your articles and names" and gone from the
// card, all without a reload.

const SAVED_FILE = 'elcolombiano-petro-buses.html';
const PAGE = '/corpus/eltiempo-candidatos-petro.html';
const BUILT_IN_TITLE = 'Trump invites Petro to White House after phone call';

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;
let options: Page;
let article: SavedArticleInput;

beforeAll(async () => {
  const draft = extractArticle(corpusPage(SAVED_FILE), SAVED_FILE);
  article = { ...(draft.url ? { url: draft.url } : {}), title: draft.title, source: draft.source, date: draft.date, language: draft.language, paragraphs: draft.paragraphs, kind: 'article' };
  server = await startServer();
  firefox = await launchFirefoxWithExtension({ dist: join(ROOT, 'dist-test/firefox') });
  page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${PAGE}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  options = await openOptions();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openOptions(): Promise<Page> {
  const before = new Set(await firefox.browser.pages());
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('backstory:test-open', { detail: 'options' })));
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const candidate of await firefox.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/options.html`)) {
        await candidate.waitForSelector('#saved-heading', { timeout: 10_000 });
        return candidate;
      }
    }
    if (Date.now() > deadline) throw new Error('the options page did not open');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The centre of the first painted, visible "Petro" on the page, scrolled into view. */
async function petroPoint(): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of highlight as Highlight) {
        if ((r.startContainer as Text).data.slice(r.startOffset, r.endOffset) !== 'Petro') continue;
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.getClientRects().length === 0) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error('no painted Petro on the page');
  });
}

/** Rests the pointer on Petro and returns the card's text. */
async function petroCardText(): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const { x, y } = await petroPoint();
  await page.mouse.move(x, y);
  const deadline = Date.now() + 8_000;
  for (;;) {
    const [dialog] = await accessibleDialogs(page);
    if (dialog || Date.now() > deadline) {
      expect(dialog, 'a card opens for Petro').toBeDefined();
      return dialog!.text;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The card's text once `done` holds for it. */
async function petroCardUntil(done: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = '';
  do text = await petroCardText();
  while (!done(text) && Date.now() < deadline);
  return text;
}

describe('Firefox: an article saved by the reader', () => {
  it('is saved through the background and quoted in Petro’s card on a page already open', async () => {
    const origin = await page.evaluate(() => performance.timeOrigin);
    const reply = (await options.evaluate(
      (a) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'save-article', article: a }),
      article,
    )) as { ok: boolean };
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    const text = await petroCardUntil((t) => t.includes(article.title));
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
    const text = await petroCardUntil((t) => t.includes(BUILT_IN_TITLE) && !t.includes(article.title));
    expect(text).toContain(BUILT_IN_TITLE);
    expect(text).not.toContain(article.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
  });
});
