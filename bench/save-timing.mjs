#!/usr/bin/env node
// Part 7 (issue #15): the time from the click on "Save this article" to "Saved" on the screen, on the
// largest article page of the corpus, each save in a fresh profile (the first save of an address
// creates "Saved by you"); then saving it again ("Updated"). The popup is opened as a tab aimed at
// the page (test build: popup.html?tab=ID, which may read 127.0.0.1), and the click is the
// button's. Also alone: `node bench/save-timing.mjs [runs]`.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { CORPUS_DIR, startServer } from '../src/tools/local-server.mjs';
import { fmt, median } from './stats.mjs';

/** The largest article page of the corpus (CNN's fraud trial story, 2.6 MB), by its file. */
export const LARGEST_ARTICLE = 'cnn-trump-fraud-trial-2023.html';

/**
 * Clicks the popup's save button and waits for its outcome.
 * @param {import('playwright-core').Page} popup
 * @returns {Promise<{ text: string, ms: number }>}
 */
function clickSave(popup) {
  return popup.evaluate(
    () =>
      new Promise((done) => {
        const status = /** @type {Element} */ (document.querySelector('#save-status'));
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text === '' || text.includes('Saving…')) return;
          observer.disconnect();
          // The outcome is in the DOM: the next frame shows it.
          requestAnimationFrame(() => done({ text, ms: performance.now() - started }));
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        /** @type {HTMLButtonElement} */ (document.querySelector('.save-button')).click();
      }),
  );
}

/**
 * @param {number} runs fresh profiles
 * @returns {Promise<string[]>} the lines to print
 */
export async function saveTimingReport(runs = 5) {
  const server = await startServer();
  /** @type {number[]} */
  const saved = [];
  /** @type {number[]} */
  const updated = [];
  let outcome = '';
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
      try {
        const page = await browser.context.newPage();
        const url = `${server.origin}/corpus/${LARGEST_ARTICLE}`;
        await page.goto(url);
        const tab = await browser.worker.evaluate(async (u) => {
          const { chrome } = /** @type {{ chrome: { tabs: { query(q: object): Promise<{ id: number, url?: string }[]> } } }} */ (/** @type {unknown} */ (globalThis));
          return (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
        }, url);
        const popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
        await popup.waitForSelector('.save-button');
        const first = await clickSave(popup);
        const again = await clickSave(popup);
        if (!first.text.startsWith('Saved') || !again.text.startsWith('Updated')) throw new Error(`unexpected outcome: ${first.text} / ${again.text}`);
        outcome = first.text;
        saved.push(first.ms);
        updated.push(again.ms);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const kib = (statSync(join(CORPUS_DIR, LARGEST_ARTICLE)).size / 1024).toFixed(0);
  return [
    `page: corpus/${LARGEST_ARTICLE} (${kib} KiB), ${runs} fresh profiles; "${outcome}"`,
    `click to "Saved" (first save: capture injected, article read from a clone, saved, "Saved by you" compiled and installed): median ${fmt(median(saved))} ms (${saved.map((ms) => fmt(ms)).join(', ')})`,
    `click to "Updated" (the same page again):                                                     median ${fmt(median(updated))} ms (${updated.map((ms) => fmt(ms)).join(', ')})`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await saveTimingReport(Number(process.argv[2]) || 5)).join('\n'));
}
