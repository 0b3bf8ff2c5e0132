import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { ROOT, startServer } from '../src/tools/local-server.mjs';
import { entriesOf, readPackFile, timelineOrder } from './support/pack-expectations';
import { accessibleDialogs, dialogButtons, waitForPaint, type AccessibleDialog } from './support/probes';
import { buildTestPack } from './support/test-pack.mjs';
import { paintedCenter } from './support/painted-center';

// The test pack (twelve corpus pages, imported and compiled at test time) is installed from the
// options page like a reader would, in the Spanish UI; Petro's card then quotes its Spanish sources
// first, newest first, and loses them again when the pack is switched off, without a reload.

const PACK_FILE = join(ROOT, 'dist-test/packs-e2e.backstory.json');
const PAGE = '/corpus/eltiempo-candidatos-petro.html';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let options: Page;
let cdp: CDPSession;

beforeAll(async () => {
  mkdirSync(join(ROOT, 'dist-test'), { recursive: true });
  [server] = await Promise.all([startServer(), buildTestPack(PACK_FILE)]);
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST, args: ['--lang=es'] });
  options = await browser.context.newPage();
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openOptions(): Promise<void> {
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('#packs-heading');
}

/** Rests the pointer on the first "Petro" of the page and returns the card that opens. */
async function petroCard(): Promise<AccessibleDialog> {
  await page.bringToFront();
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  const { x, y } = await paintedPoint('Petro');
  await page.mouse.move(x, y);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const [dialog] = await accessibleDialogs(cdp);
    if (dialog || Date.now() > deadline) {
      expect(dialog, 'a card opens for Petro').toBeDefined();
      return dialog!;
    }
    await page.waitForTimeout(50);
  }
}

/** The centre of the first painted, visible mention that reads `text`, scrolled into view. */
async function paintedPoint(text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(paintedCenter, text);
  expect(point, `a painted "${text}" is visible`).toBeDefined();
  return point!;
}

/** Opens the whole timeline ("n more articles") and returns the card's text. */
async function wholeTimeline(): Promise<string> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[] };
  const more = nodes.find((n) => n.role?.value === 'button' && /artículos? más/.test(n.name?.value ?? ''));
  if (more?.backendDOMNodeId !== undefined) {
    // The button may be below the fold of the card's scrolling body: brought into view, then clicked.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: more.backendDOMNodeId });
    const { x, y } = (await dialogButtons(cdp)).find((b) => /artículos? más/.test(b.name))!;
    await page.mouse.click(x, y);
  }
  const deadline = Date.now() + 5_000;
  for (;;) {
    const [dialog] = await accessibleDialogs(cdp);
    if ((dialog && !/artículos? más/.test(dialog.buttons.join(' '))) || Date.now() > deadline) {
      expect(dialog, 'the card stays open').toBeDefined();
      return dialog!.text;
    }
    await page.waitForTimeout(50);
  }
}

/** Positions of `needles` in `text`; -1 for those missing. */
const positions = (text: string, needles: string[]) => needles.map((n) => text.indexOf(n));

describe('a context pack installed from the options page', () => {
  it('is installed with a message naming it, and listed', async () => {
    await openOptions();
    await options.setInputFiles('#pack-file', PACK_FILE);
    await options.waitForSelector('#pack-status:not(:empty)', { timeout: 30_000 });
    const pack = readPackFile(PACK_FILE);
    expect(await options.locator('#pack-status').textContent()).toContain(pack.meta.name);
    expect(await options.locator('li.pack .pack-name').allTextContents()).toEqual(['Incorporado', pack.meta.name]);
  });

  it('refuses a truncated file and another format version, saying why, and keeps the installed packs', async () => {
    const before = await options.locator('li.pack .pack-name').allTextContents();
    const text = JSON.stringify(readPackFile(PACK_FILE));
    await options.setInputFiles('#pack-file', { name: 'cortado.backstory.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
    await options.waitForSelector('#pack-error:not(:empty)', { timeout: 30_000 });
    expect(await options.locator('#pack-error').textContent()).toContain('«cortado.backstory.json» está incompleto');
    const newer = text.replace('"formatVersion":1', '"formatVersion":2');
    await options.setInputFiles('#pack-file', { name: 'nuevo.backstory.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await options.waitForFunction(() => document.querySelector('#pack-error')?.textContent?.includes('nuevo.backstory.json'), undefined, { timeout: 30_000 });
    expect(await options.locator('#pack-error').textContent()).toContain('formato 2');
    expect(await options.locator('li.pack .pack-name').allTextContents()).toEqual(before);
  });

  it("quotes Petro from at least two of the pack's sources, Spanish first and newest first", async () => {
    await page.goto(`${server.origin}${PAGE}`);
    await waitForPaint(page);
    await petroCard();
    const text = await wholeTimeline();
    const pack = readPackFile(PACK_FILE);
    // The built-in pack's articles, as the test build compiled them.
    const builtIn = readPackFile(join(ROOT, 'dist-test/context-index.json'));
    const fromPack = entriesOf(pack, 'gustavo-petro');
    expect(new Set(fromPack.map((e) => e.source)).size).toBeGreaterThanOrEqual(2);
    const expected = timelineOrder([...fromPack, ...entriesOf(builtIn, 'gustavo-petro')], 'es');
    const at = positions(
      text,
      expected.map((e) => e.title),
    );
    expect(
      at.every((p) => p >= 0),
      `every article title is in the card: ${JSON.stringify(expected.map((e) => e.title))}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(expected[0]!.language).toBe('es');
    // A quote in another language says which.
    expect(text).toContain('en inglés');
  });

  it('loses the pack’s sentences when it is switched off, without a reload', async () => {
    const pack = readPackFile(PACK_FILE);
    await openOptions();
    await options.getByLabel(`Usar «${pack.meta.name}»`).uncheck();
    await options.waitForFunction(() => !document.querySelector('.pack-list')?.getAttribute('aria-busy')?.includes('true'));
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    const deadline = Date.now() + 10_000;
    let text = '';
    for (;;) {
      text = (await petroCard()).text;
      if (!pack.articles.some((a) => text.includes(a.title)) || Date.now() > deadline) break;
      await page.waitForTimeout(200);
    }
    for (const a of pack.articles) expect(text).not.toContain(a.title);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  });
});
