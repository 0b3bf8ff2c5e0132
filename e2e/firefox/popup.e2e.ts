import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';
import { join } from 'node:path';

// The popup in Firefox. Firefox refuses test navigation to moz-extension:// pages, so the test build
// opens it: a DOM event asks the content script, which asks the background to open popup.html?tab=ID
// in a new tab (src/content/test-hooks.ts, src/background/test-pages.ts; not in the shipped build).

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithExtension({ dist: join(ROOT, 'dist-test/firefox') });
  page = await firefox.browser.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function highlightCount(): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
}

/** Opens the popup in a new tab and returns it (puppeteer reports the tab's URL as about:blank: ask the page). */
async function openPopup(): Promise<Page> {
  const before = new Set(await firefox.browser.pages());
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('backstory:test-open', { detail: 'popup' })));
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const candidate of await firefox.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/popup.html`)) {
        await candidate.waitForSelector('.site input[type=checkbox]', { timeout: 10_000 });
        return candidate;
      }
    }
    if (Date.now() > deadline) throw new Error('the popup did not open');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('the popup in Firefox', () => {
  it('turns the site off and on, live, and lists what the page mentions', async () => {
    await page.goto(`${server.origin}/fixtures/es-article.html`);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    const before = await highlightCount();
    expect(before).toBeGreaterThan(5);

    const popup = await openPopup();
    const names = await popup.$$eval('.entity span:first-child', (spans) => spans.map((s) => s.textContent));
    expect(names).toEqual(expect.arrayContaining(['Gustavo Petro', 'Marco Rubio', 'glyphosate']));

    await popup.click('.site input[type=checkbox]');
    await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) === 0, { timeout: 10_000 });
    await popup.click('.site input[type=checkbox]');
    await page.waitForFunction((n) => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) === n, { timeout: 10_000 }, before);
    expect(await highlightCount()).toBe(before);
    await popup.close();
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
