import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIST, launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { startServer } from '../../src/tools/local-server.mjs';

// An update under an open page, in its own Firefox: installing the add-on again over itself is what
// an update does to the page (the old content script is ended where it stands, the new one is run on
// the open page), and the other Firefox tests should not run on a reinstalled extension.

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The card hosts on the page, and whether each is showing. */
const hosts = () => page.evaluate(() => [...document.querySelectorAll('backstory-card')].map((host) => host.matches(':popover-open')));

/** Rests the pointer on "Marco Rubio" until its card shows. */
async function openRubioCard(): Promise<void> {
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf('Marco Rubio');
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + 11);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  });
  expect(point, '"Marco Rubio" is on the page').toBeDefined();
  await page.mouse.move(1, 1);
  await page.mouse.move(point!.x, point!.y);
  await page.waitForFunction(() => document.querySelector('backstory-card')?.matches(':popover-open'), { timeout: 5_000 });
}

describe('Firefox: the extension updated under an open page', () => {
  it('leaves no dead card host: the new content script takes the old one away, and its own card works', async () => {
    await page.bringToFront();
    await page.goto(`${server.origin}/demo/`);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    await openRubioCard();
    await page.keyboard.press('Escape');
    expect(await hosts()).toEqual([false]);

    await firefox.browser.installExtension(FIREFOX_DIST);
    await page.bringToFront();
    // The old script cannot remove its host any more; the new one, run on this page, does.
    await page.waitForFunction(() => document.querySelectorAll('backstory-card').length === 0, { timeout: 5_000 });
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    await openRubioCard();
    expect(await hosts()).toEqual([true]);
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
