// Time from the end of the dwell to the painted card, over many hovers, in the test build (which
// marks both moments with performance.mark: the marks are on the page's timeline).
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { centerOfText } from '../src/tools/page-text.mjs';
import { fmt, median } from './stats.mjs';

const NAMES = ['Gustavo Petro', 'Donald Trump', 'Marco Rubio', 'Delcy Rodríguez', 'Colombia', 'glyphosate', 'decertification', 'White House', 'Venezuela', 'narcotrafficking'];

export const DEMO_NAMES = NAMES;

/**
 * Rests the pointer on `name` in `page` (a loaded, painted page of the test build) and returns the
 * milliseconds between the dwell's end and the first frame painted with the card.
 * @param {import('playwright-core').Page} page
 * @param {string | { needle: string, nth?: number }} name text on the page (its first occurrence, or the nth)
 */
export async function hoverTiming(page, name) {
  const text = typeof name === 'string' ? { needle: name } : name;
  const point = await page.evaluate(centerOfText, text);
  if (!point) throw new Error(`"${text.needle}" is not on the page`);
  await page.evaluate(() => performance.clearMarks());
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => performance.getEntriesByName('backstory-card-painted').length > 0, undefined, { timeout: 5000 });
  return page.evaluate(() => {
    const [painted] = performance.getEntriesByName('backstory-card-painted');
    const [dwellEnd] = performance.getEntriesByName('backstory-dwell-end');
    if (!painted || !dwellEnd) throw new Error('the test build did not mark the dwell end');
    return painted.startTime - dwellEnd.startTime;
  });
}

/**
 * Opens `url` in a new tab of `browser` (the test build) and waits until it is painted.
 * @param {{ context: import('playwright-core').BrowserContext }} browser
 * @param {string} url
 */
export async function openPaintedPage(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  await page.waitForFunction(() => CSS.highlights.size > 0);
  return page;
}

/**
 * Hovers `hovers` names of the demo page one after another and returns the milliseconds between the
 * dwell's end and the first frame painted with the card, for each hover.
 * @param {string} demoUrl
 * @param {number} hovers
 * @returns {Promise<number[]>}
 */
export async function cardTimings(demoUrl, hovers = 20) {
  const browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  try {
    const page = await openPaintedPage(browser, demoUrl);
    const times = [];
    for (let i = 0; i < hovers; i++) times.push(await hoverTiming(page, /** @type {string} */ (NAMES[i % NAMES.length])));
    return times;
  } finally {
    await browser.close();
  }
}

/**
 * The bench's lines for the card timing.
 * @param {string} demoUrl
 */
export async function cardTimingReport(demoUrl, hovers = 20) {
  const times = await cardTimings(demoUrl, hovers);
  const sorted = [...times].sort((a, b) => a - b);
  return [
    `dwell end -> card painted, ${times.length} hovers on the demo page (test build; performance marks on the page timeline):`,
    `  median ${median(times).toFixed(1)} ms, min ${fmt(sorted[0])} ms, max ${fmt(sorted.at(-1))} ms`,
  ];
}
