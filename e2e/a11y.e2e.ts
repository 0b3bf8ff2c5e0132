import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { startServer } from '../src/tools/local-server.mjs';
import { axeViolations } from './support/axe';
import { waitForPaint } from './support/probes';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * axe cannot enter the card's closed shadow root on a web page, so the card is checked where the
 * extension renders the same component with the same stylesheet in the open: the popup's search.
 */
async function popupWithCard(scheme: 'light' | 'dark'): Promise<Page> {
  const demo = await browser.context.newPage();
  await demo.goto(`${server.origin}/demo/`);
  await waitForPaint(demo);
  const tabId = await browser.worker.evaluate(async (url: string) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url === url)!.id;
  }, demo.url());
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('searchbox').fill('Delcy');
  await popup.click('.results button');
  await popup.waitForSelector('[role=dialog]');
  return popup;
}

describe.each(['light', 'dark'] as const)('accessibility, %s', (scheme) => {
  it('the card has no axe violation', async () => {
    const popup = await popupWithCard(scheme);
    expect(await axeViolations(popup, '[role=dialog]')).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the article page has no axe violation', async () => {
    const article = await browser.context.newPage();
    await article.emulateMedia({ colorScheme: scheme });
    await article.goto(`chrome-extension://${browser.extensionId}/article.html?article=0&sentence=6&entity=delcy-rodriguez`);
    await article.waitForFunction(() => CSS.highlights.size > 0);
    expect(await axeViolations(article)).toEqual([]);
    await article.close();
  });
});

describe('the check itself', () => {
  it('reports a violation where there is one (an unlabelled field, low contrast)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fixtures/editable.html`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Faint text';
      p.style.color = '#ddd';
      document.body.append(p);
    });
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    await page.close();
  });
});
