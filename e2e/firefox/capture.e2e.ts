import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleDialogs, EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';

// Saving in Firefox (issue #15): the save window the context menu opens, asked for through the
// test build's hook (Firefox refuses test navigation to moz-extension://), aimed at the page's tab.
// The test build may read 127.0.0.1: automation cannot click to grant activeTab (build.mjs).

const EL_COLOMBIANO_TITLE = '¿Buses de la Alcaldía al servicio de Petro?';

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithExtension({ dist: join(ROOT, 'dist-test/firefox') });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  return page;
}

/** Asks for the save window aimed at `page`'s tab, as the menu's "Save this article" opens it, and returns its outcome. */
async function saveArticle(page: Page): Promise<string> {
  const before = new Set(await firefox.browser.pages());
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('backstory:test-open', { detail: 'save-article' })));
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const candidate of await firefox.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (!href.startsWith(`${EXTENSION_ORIGIN}/save.html`)) continue;
      await candidate.waitForFunction(() => !/^$|Saving…/.test(document.querySelector('#save-status')?.textContent ?? ''), { timeout: 15_000 });
      const text = await candidate.$eval('#save-status', (e) => e.textContent ?? '');
      await candidate.close();
      return text;
    }
    if (Date.now() > deadline) throw new Error('the save window did not open');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Rests the pointer on the first painted, visible `name` and returns the card's text. */
async function cardText(page: Page, name: string): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const { x, y } = await page.evaluate((text) => {
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith('backstory-')) continue;
      for (const r of highlight as Highlight) {
        if ((r.startContainer as Text).data.slice(r.startOffset, r.endOffset) !== text) continue;
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.getClientRects().length === 0) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no painted ${text} on the page`);
  }, name);
  await page.mouse.move(x, y);
  const deadline = Date.now() + 8_000;
  for (;;) {
    const [dialog] = await accessibleDialogs(page);
    if (dialog || Date.now() > deadline) {
      expect(dialog, `a card opens for ${name}`).toBeDefined();
      return dialog!.text;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('Firefox: Save this article', () => {
  it("saves El Colombiano's Petro page without changing it, and another page's Petro card quotes it", async () => {
    const page = await open('/corpus/elcolombiano-petro-buses.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await saveArticle(page)).toMatch(/^Saved · \d+ names? found/);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    const other = await open('/corpus/eltiempo-candidatos-petro.html');
    const deadline = Date.now() + 10_000;
    let text = '';
    do text = await cardText(other, 'Petro');
    while (!text.includes(EL_COLOMBIANO_TITLE) && Date.now() < deadline);
    expect(text).toContain(EL_COLOMBIANO_TITLE);
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
