import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { startServer } from '../src/tools/local-server.mjs';
import { cardWatch, untilRested, watchCard } from './support/card-watch';
import { accessibleDialogs, dialogColors, luminance, paintedHighlights, paintedInOrder, textPoint, waitForIdle, type AccessibleDialog } from './support/probes';
import { writeSettings } from './support/settings';

// What each reading setting does on a page, seen from the page: what is painted, when and how a
// card opens, what it looks like. Each test stores its settings, then loads the demo article afresh.

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

beforeEach(async () => {
  await writeSettings(browser.worker);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Stores `settings` over the defaults, then opens the demo article and waits until it is read. */
async function openDemoWith(settings: Record<string, unknown>): Promise<void> {
  await writeSettings(browser.worker, { schemaVersion: DEFAULT_SETTINGS.schemaVersion, ...settings });
  await page.goto(`${server.origin}/demo/`);
  await page.bringToFront();
  await waitForIdle(page);
}

async function waitForDialog(timeout = 5000): Promise<AccessibleDialog | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [dialog] = await accessibleDialogs(cdp);
    if (dialog || Date.now() > deadline) return dialog;
    await page.waitForTimeout(25);
  }
}

/** The number on the tab's badge, as the background set it. */
async function badge(): Promise<string> {
  return browser.worker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return tab ? chrome.action.getBadgeText({ tabId: tab.id }) : 'no tab';
  }, page.url());
}

describe('"first mention only"', () => {
  it('paints each entity once, at its first mention, and counts the same entities as every mention does', async () => {
    await openDemoWith({});
    const every = await paintedInOrder(page);
    const everyState = await waitForIdle(page);
    expect(every.length).toBeGreaterThan(everyState.entities);

    await openDemoWith({ density: 'first' });
    const first = await paintedInOrder(page);
    const state = await waitForIdle(page);
    expect(state.entities).toBe(everyState.entities);
    expect(first).toHaveLength(state.entities);
    expect(state.ranges).toBe(first.length);
    // Each one painted is where that text is first painted with every mention on.
    for (const mention of first)
      expect(
        every.find((m) => m.text === mention.text),
        mention.text,
      ).toEqual(mention);
    await expect.poll(badge).toBe(String(state.entities));
  });
});

describe('"click to open"', () => {
  it('opens no card when the pointer rests on a name, and opens it on a click', async () => {
    await openDemoWith({ trigger: 'click' });
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y - 200);
    await watchCard(page);
    await page.mouse.move(point.x, point.y);
    await untilRested(page, 3 * DEFAULT_SETTINGS.dwellMs);
    expect((await cardWatch(page)).opened, 'cards opened by resting the pointer').toEqual([]);
    await page.mouse.click(point.x, point.y);
    expect((await waitForDialog())?.name).toBe('Marco Rubio');
    const watch = await cardWatch(page);
    expect(watch.opened).toHaveLength(1);
    expect(watch.opened[0]).toBeGreaterThanOrEqual(watch.lastDown);
    await page.keyboard.press('Escape');
  });
});

describe('the dwell delay', () => {
  it('opens the card once the pointer has rested the chosen delay, not before', async () => {
    const dwellMs = 800;
    expect(dwellMs).not.toBe(DEFAULT_SETTINGS.dwellMs);
    await openDemoWith({ dwellMs });
    const point = await textPoint(page, 'Marco Rubio');
    await page.mouse.move(point.x, point.y - 200);
    await watchCard(page);
    await page.mouse.move(point.x, point.y);
    expect((await waitForDialog())?.name).toBe('Marco Rubio');
    // On the page's clock: from the pointer's last move to the card's opening.
    const watch = await cardWatch(page);
    expect(watch.opened).toHaveLength(1);
    expect(watch.opened[0]! - watch.lastMove, 'ms from the last pointer move to the opening').toBeGreaterThanOrEqual(dwellMs);
    await page.keyboard.press('Escape');
  });
});

describe('the theme', () => {
  it.each([
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const)('%s theme on a %s system: the card takes the theme', async (theme, system) => {
    await page.emulateMedia({ colorScheme: system });
    try {
      await openDemoWith({ theme });
      const point = await textPoint(page, 'Gustavo Petro');
      await page.mouse.move(point.x, point.y);
      expect((await waitForDialog())?.name).toBe('Gustavo Petro');
      const { background, color } = (await dialogColors(cdp))!;
      const dark = theme === 'dark';
      expect(luminance(background) < 0.1, `${theme} card background ${background}`).toBe(dark);
      expect(luminance(color) > 0.6, `${theme} card text ${color}`).toBe(dark);
      await page.keyboard.press('Escape');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('"only listed sites"', () => {
  it('leaves a site with no rule alone, and annotates a site a rule turns on', async () => {
    await openDemoWith({ onlyListedSites: true });
    expect(await waitForIdle(page)).toMatchObject({ entities: 0, ranges: 0 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await openDemoWith({ onlyListedSites: true, siteRules: [{ pattern: '127.0.0.1', enabled: true }] });
    expect((await waitForIdle(page)).entities).toBeGreaterThan(5);
  });
});

describe('the article page', () => {
  /** The article page's highlights once they stop changing (it has no test hooks: it is not a content script). */
  async function articleHighlights(settings: Record<string, unknown>) {
    await writeSettings(browser.worker, { schemaVersion: DEFAULT_SETTINGS.schemaVersion, ...settings });
    await page.goto(`chrome-extension://${browser.extensionId}/article.html?article=0&sentence=0&entity=gustavo-petro`);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    let last = '';
    for (;;) {
      const now = JSON.stringify(await paintedHighlights(page));
      if (now === last) return JSON.parse(now) as Awaited<ReturnType<typeof paintedHighlights>>;
      last = now;
      await page.waitForTimeout(300);
    }
  }

  it('paints the kinds, the density and the style the reader chose', async () => {
    const every = (await articleHighlights({})).flatMap((h) => h.texts.map((text) => ({ name: h.name, text })));
    expect(every.some((m) => m.name === 'backstory-person')).toBe(true);
    // The article names some entities more than once: "first mention only" has something to drop.
    expect(new Set(every.map((m) => m.text)).size).toBeLessThan(every.length);

    const chosen = await articleHighlights({ density: 'first', highlightStyle: 'background', kinds: { ...DEFAULT_SETTINGS.kinds, person: false } });
    const names = chosen.map((h) => h.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.startsWith('backstory-bg-'))).toBe(true);
    expect(names).not.toContain('backstory-bg-person');
    const texts = chosen.flatMap((h) => h.texts);
    expect(texts.length).toBeLessThan(every.filter((m) => m.name !== 'backstory-person').length);
  });
});

describe('highlights on a dark site', () => {
  /** WCAG contrast of two rgb() colours. */
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it("keeps every kind's underline at 3:1 or more on a dark page and on a light one", async () => {
    for (const fixture of ['dark-site', 'es-article']) {
      await page.goto(`${server.origin}/fixtures/${fixture}.html`);
      await waitForIdle(page);
      const colors = await page.evaluate(() =>
        ['person', 'organization', 'place', 'term'].map((kind) => ({
          kind,
          underline: getComputedStyle(document.querySelector('p')!, `::highlight(backstory-${kind})`).textDecorationColor,
          // A page that sets no background shows the browser's white.
          page: getComputedStyle(document.body).backgroundColor.replace('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'),
        })),
      );
      for (const { kind, underline, page: background } of colors) expect(contrast(underline, background), `${kind} on ${fixture} (${underline} on ${background})`).toBeGreaterThanOrEqual(3);
    }
  });
});
