import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleDialogs, EXTENSION_ORIGIN, launchFirefoxWithExtension } from '../../src/tools/firefox.mjs';
import { ROOT, startServer } from '../../src/tools/local-server.mjs';
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
        await candidate.waitForSelector('#packs-heading', { timeout: 10_000 });
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

describe('Firefox: a context pack installed from the options page', () => {
  it('is installed, and Petro’s card quotes two sources, newest first, in the reader’s language first', async () => {
    const input = (await options.$('#pack-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(PACK_FILE);
    await options.waitForSelector('#pack-status:not(:empty)', { timeout: 30_000 });
    const pack = readPackFile(PACK_FILE);
    expect(await options.$eval('#pack-status', (e) => e.textContent)).toContain(pack.meta.name);

    const builtIn = readPackFile(join(ROOT, 'dist-test/context-index.json'));
    const expected = timelineOrder([...entriesOf(builtIn, 'gustavo-petro'), ...entriesOf(pack, 'gustavo-petro')], 'en');
    const deadline = Date.now() + 10_000;
    let text = '';
    // The page follows the new page index without a reload; the card asks the background.
    do text = await petroCardText();
    while (!text.includes(expected[1]!.title) && Date.now() < deadline);
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
    const deadline = Date.now() + 10_000;
    let text = '';
    do text = await petroCardText();
    while (pack.articles.some((a) => text.includes(a.title)) && Date.now() < deadline);
    for (const a of pack.articles) expect(text).not.toContain(a.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(origin);
  });
});
