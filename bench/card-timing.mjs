// Time from the end of the dwell to the painted card, over many hovers, in the test build (which
// marks both moments with performance.mark: the marks are on the page's timeline).
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { centerOfText } from '../src/tools/page-text.mjs';
import { median } from './stats.mjs';

const NAMES = ['Gustavo Petro', 'Donald Trump', 'Marco Rubio', 'Delcy Rodríguez', 'Colombia', 'glyphosate', 'decertification', 'White House', 'Venezuela', 'narcotrafficking'];

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
    const page = await browser.context.newPage();
    await page.goto(demoUrl);
    await page.bringToFront();
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const times = [];
    for (let i = 0; i < hovers; i++) {
      const name = NAMES[i % NAMES.length];
      const point = await page.evaluate(centerOfText, { needle: name });
      await page.evaluate(() => performance.clearMarks());
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      await page.waitForTimeout(400);
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(() => performance.getEntriesByName('backstory-card-painted').length > 0, undefined, { timeout: 5000 });
      times.push(
        await page.evaluate(() => performance.getEntriesByName('backstory-card-painted')[0].startTime - performance.getEntriesByName('backstory-dwell-end')[0].startTime),
      );
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** The bench's lines for the card timing. */
export async function cardTimingReport(demoUrl, hovers = 20) {
  const times = await cardTimings(demoUrl, hovers);
  const sorted = [...times].sort((a, b) => a - b);
  return [
    `dwell end -> card painted, ${times.length} hovers on the demo page (test build; performance marks on the page timeline):`,
    `  median ${median(times).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  ];
}
