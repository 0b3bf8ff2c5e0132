import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain, launchWithExtension } from '../src/tools/chromium.mjs';
import { cardHostCount, domWithoutCardHost, paintedHighlights, textPoint, waitForPaint } from './support/probes';
import { startServer } from '../src/tools/local-server.mjs';

/** The entities issue #2 requires, as the article writes them, and the highlight they belong in. */
const REQUIRED: [text: string, highlight: string][] = [
  ['Gustavo Petro', 'backstory-person'],
  ['Donald Trump', 'backstory-person'],
  ['Marco Rubio', 'backstory-person'],
  ['Delcy Rodríguez', 'backstory-person'],
  ['Piedad Córdoba', 'backstory-person'],
  ['Colombia', 'backstory-place'],
  ['United States', 'backstory-place'],
  ['Venezuela', 'backstory-place'],
  ['White House', 'backstory-organization'],
  ['Colombian Foreign Ministry', 'backstory-organization'],
  ['glyphosate', 'backstory-term'],
  ['decertification', 'backstory-term'],
  ['narcotrafficking', 'backstory-term'],
  ['extraditions', 'backstory-term'],
  ['voluntary substitution of illicit crops', 'backstory-term'],
];

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('painting the demo article', () => {
  it('paints every required entity, under a backstory-<kind> highlight', async () => {
    await page.goto(`${server.origin}/demo/`);
    const painted = await waitForPaint(page);
    for (const { name } of painted) expect(name).toMatch(/^backstory-(person|organization|place|term|event)$/);
    for (const [text, highlight] of REQUIRED) {
      const texts = painted.find((h) => h.name === highlight)?.texts ?? [];
      expect(texts, `${text} is painted as ${highlight}`).toContain(text);
    }
  });

  it('groups ranges into one Highlight per kind', async () => {
    const painted = await paintedHighlights(page);
    // One Highlight for each kind the page mentions, under its kind's name, and no other.
    const kinds = [...new Set(REQUIRED.map(([, highlight]) => highlight))].sort();
    expect(painted.map((h) => h.name).sort()).toEqual(kinds);
    // Each holds the mentions of every entity of its kind: all five people share one Highlight.
    for (const highlight of kinds) {
      const texts = painted.find((h) => h.name === highlight)!.texts;
      const own = REQUIRED.filter(([, h]) => h === highlight).map(([text]) => text);
      expect(texts, highlight).toEqual(expect.arrayContaining(own));
    }
    // And a name is in its kind's Highlight only.
    for (const [text, highlight] of REQUIRED) {
      expect(
        painted.filter((h) => h.texts.includes(text)).map((h) => h.name),
        text,
      ).toEqual([highlight]);
    }
  });
});

describe('what is not painted', () => {
  it('skips textarea, contenteditable (an empty value too), input, pre, code and script; paints contenteditable="false" in any case', async () => {
    await page.goto(`${server.origin}/fixtures/editable.html`);
    const painted = await waitForPaint(page);
    const texts = painted.flatMap((h) => h.texts).sort();
    expect(texts).toEqual(['Colombia', 'Gustavo Petro', 'Marco Rubio', 'Venezuela', 'glyphosate']);
    const containers = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => (r.startContainer.parentElement as HTMLElement).closest('[id]')?.id)));
    expect(new Set(containers)).toEqual(new Set(['prose', 'not-editable', 'not-editable-upper']));
  });
});

describe('the page is left as it was', () => {
  let plain: BrowserContext;
  beforeAll(async () => {
    plain = await launchPlain();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('has the same DOM as without the extension, apart from the one card host', async () => {
    await page.goto(`${server.origin}/demo/`);
    await waitForPaint(page);
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('backstory-card') !== null);

    const reference = await plain.newPage();
    await reference.goto(`${server.origin}/demo/`);
    expect(await cardHostCount(page)).toBe(1);
    expect(await domWithoutCardHost(page)).toBe(await domWithoutCardHost(reference));
    const hostParent = await page.evaluate(() => document.querySelector('backstory-card')?.parentNode === document.documentElement);
    expect(hostParent).toBe(true);
    await reference.close();
  });
});
