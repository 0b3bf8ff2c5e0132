import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { join } from 'node:path';
import { ROOT, startServer } from '../src/tools/local-server.mjs';
import { clickLookUp } from './support/background';
import { accessibleDialogs, waitForPaint, type AccessibleDialog } from './support/probes';
import { selectFirst } from './support/select-text';

// "Look up … in Backstory" on a selection: the menu's click goes through the background's
// contextMenus.onClicked listener (the test build exposes it), with the text the page has selected.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function lookUp(text: string): Promise<AccessibleDialog | undefined> {
  const selected = await page.evaluate(selectFirst, text);
  expect(selected, `"${text}" is selected on the page`).toBe(text);
  await clickLookUp(browser.worker, selected);
  const deadline = Date.now() + 3000;
  for (;;) {
    const [dialog] = await accessibleDialogs(cdp);
    if (dialog || Date.now() > deadline) return dialog;
    await page.waitForTimeout(50);
  }
}

describe('Look up in Backstory', () => {
  it('opens the card of the best match for the selection, with the typos the page forgives', async () => {
    await page.goto(`${server.origin}/fixtures/editable.html`);
    await page.bringToFront();
    await waitForPaint(page);
    expect((await lookUp('Marco Rubio'))?.name).toBe('Marco Rubio');
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'They spoke of glyphosat and Marko Rubio.' })));
    expect((await lookUp('Marko Rubio'))?.name).toBe('Marco Rubio');
    await page.keyboard.press('Escape');
  });

  it('refuses what the page would not underline: confusables and other people', async () => {
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Mario sold petroleum, Colombian coffee and shirts signed by James Rodríguez.' })));
    for (const text of ['petroleum', 'James Rodríguez', 'Mario', 'Colombian coffee']) {
      const dialog = await lookUp(text);
      expect(dialog?.name, text).toBe('Backstory');
      expect(dialog?.text, text).toContain(`Backstory has no background for “${text}”.`);
      await page.keyboard.press('Escape');
    }
  });

  it('quotes a long selection cut with an ellipsis', async () => {
    const long = 'The growers federation said on Monday that exports rose for the third month in a row, helped by rain.';
    await page.evaluate((text) => document.body.append(Object.assign(document.createElement('p'), { textContent: text })), long);
    const dialog = await lookUp(long);
    expect(dialog?.text).toContain('Backstory has no background for “The growers federation said on Monday that exports rose for the third month in…”.');
    await page.keyboard.press('Escape');
  });

  it('says so when nothing in the index matches', async () => {
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nicolás Maduro left.' })));
    const dialog = await lookUp('Nicolás Maduro');
    expect(dialog?.name).toBe('Backstory');
    expect(dialog?.text).toContain('Backstory has no background for “Nicolás Maduro”.');
    await page.screenshot({ path: join(ROOT, 'dist/screenshots/card-message.png') });
    await page.keyboard.press('Escape');
    expect(await accessibleDialogs(cdp)).toEqual([]);
  });
});
