import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { accessibleDialogs, EXTENSION_ORIGIN } from '../../src/tools/firefox.mjs';
import { paintedCenter } from './painted-center';

// What the Firefox tests share. Firefox refuses test navigation to moz-extension://, so an extension
// page is asked for through the test build's content-script hook, and found among the new tabs.

/**
 * Asks `from`'s content script (test build) for the extension page `detail` names ("options",
 * "save-article", "add-name:Gustavo Bolívar"), and returns its tab once its address starts with `path`.
 */
export async function openExtensionPage(browser: Browser, from: Page, detail: string, path: string): Promise<Page> {
  const before = new Set(await browser.pages());
  await from.evaluate((d) => document.dispatchEvent(new CustomEvent('backstory:test-open', { detail: d })), detail);
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/${path}`)) return candidate;
    }
    if (Date.now() > deadline) throw new Error(`${path} did not open`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Rests the pointer on the first painted, visible `name` and returns the card's text. */
export async function cardText(page: Page, name: string): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const point = await page.evaluate(paintedCenter, name);
  expect(point, `a painted ${name} is visible`).toBeDefined();
  const { x, y } = point!;
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

/** The card's text for `name` once `done` holds for it (a change reaches the page a moment later). */
export async function cardTextUntil(page: Page, name: string, done: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 10_000;
  let text = '';
  do text = await cardText(page, name);
  while (!done(text) && Date.now() < deadline);
  return text;
}
