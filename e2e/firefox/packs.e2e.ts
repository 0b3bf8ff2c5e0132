import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';
import { cardTextUntil, openExtensionPage } from '../support/firefox-pages';
import { entriesOf, readPackFile, timelineOrder } from '../support/pack-expectations';
import { buildTestPack } from '../support/test-pack.mjs';

// The test pack installed from the options page in Firefox (opened through the test build's hook:
// Firefox refuses test navigation to moz-extension://), then Petro's card on a corpus page.

const PACK_FILE = join(ROOT, 'dist-test/packs-firefox-e2e.backstory.json');
const PAGE = '/corpus/eltiempo-candidatos-petro.html';

let server: Awaited<ReturnType<typeof startServer>>;
let firefox: Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
let page: Page;
let options: Page;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), buildTestPack(PACK_FILE)]);
  firefox = await launchFirefoxWithExtension({ dist: join(ROOT, 'dist-test/firefox') });
  page = await firefox.browser.newPage();
  await page.goto(`${server.origin}${PAGE}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
  options = await openExtensionPage(firefox.browser, page, 'options', 'options.html');
  await options.waitForSelector('#packs-heading', { timeout: 10_000 });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: a context pack installed from the options page', () => {
  it('is installed, and Petro’s card quotes two sources, newest first, in the reader’s language first', async () => {
    const input = (await options.$('#pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(PACK_FILE);
    await options.waitForSelector('#pack-status:not(:empty)', { timeout: 30_000 });
    const pack = readPackFile(PACK_FILE);
    expect(await options.$eval('#pack-status', (e) => e.textContent)).toContain(pack.meta.name);

    const builtIn = readPackFile(join(ROOT, 'dist-test/context-index.json'));
    const expected = timelineOrder([...entriesOf(builtIn, 'gustavo-petro'), ...entriesOf(pack, 'gustavo-petro')], 'en');
    // The page follows the new page index without a reload; the card asks the background.
    const text = await cardTextUntil(page, 'Petro', (t) => t.includes(expected[1]!.title));
    const shown = expected.slice(0, 2);
    const at = shown.map((e) => text.indexOf(e.title));
    expect(
      at.every((p) => p >= 0),
      `the two newest articles are quoted: ${JSON.stringify(shown.map((e) => e.title))}`,
    ).toBe(true);
    expect(at[0]!).toBeLessThan(at[1]!);
    expect(new Set(shown.map((e) => e.source)).size).toBe(2);
  });

  it('loses the pack’s sentences when it is switched off, without a reload', async () => {
    const pack = readPackFile(PACK_FILE);
    const origin = await page.evaluate(() => performance.timeOrigin);
    await options.bringToFront();
    await options.click(`li.pack[data-pack="${pack.meta.id}"] input[type=checkbox]`);
    await options.waitForFunction((id) => document.querySelector(`li.pack[data-pack="${id}"]`)?.classList.contains('off'), {}, pack.meta.id);
    const text = await cardTextUntil(page, 'Petro', (t) => !pack.articles.some((a) => t.includes(a.title)));
    for (const a of pack.articles) expect(text).not.toContain(a.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
  });
});
