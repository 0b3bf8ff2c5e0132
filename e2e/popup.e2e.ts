import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireCommand } from './support/background';
import { writeSettings } from './support/settings';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { ROOT, startServer } from '../src/tools/local-server.mjs';
import { accessibleDialogs, paintedHighlights, waitForIdle, waitForPaint } from './support/probes';

const SCREENSHOTS = join(ROOT, 'dist/screenshots');

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;
let worker: Worker;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  worker = browser.worker;
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Chrome = {
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
  action: { getBadgeText(d: object): Promise<string> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> }; local: { clear(): Promise<void> } };
};

/** The id of the tab showing `url`, from the extension's side. */
async function tabIdOf(url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)!.id;
  }, url);
}

/** The popup, opened as a tab aimed at the page's tab (test build: popup.html?tab=ID). */
async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(page.url())}`);
  await popup.waitForSelector('h1');
  return popup;
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings as Record<string, unknown>);
}

async function resetSettings(value?: unknown): Promise<void> {
  await writeSettings(worker, value);
}

async function highlightCount(): Promise<number> {
  return (await paintedHighlights(page)).reduce((n, h) => n + h.texts.length, 0);
}

async function until(check: () => Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}

async function openDemo(): Promise<void> {
  await page.goto(`${server.origin}/demo/`);
  await page.bringToFront();
  await waitForPaint(page);
  await waitForIdle(page);
}

describe('the popup', () => {
  it('lists the entities on the page by kind, with counts equal to the badge', async () => {
    await resetSettings();
    await openDemo();
    const popup = await openPopup();
    const items = await popup.$$eval('.group', (groups) =>
      groups.map((g) => ({ kind: g.querySelector('h3')!.textContent, names: [...g.querySelectorAll('.entity')].map((b) => b.firstElementChild!.textContent) })),
    );
    expect(items.map((g) => g.kind)).toEqual(['Person', 'Organization', 'Place', 'Term']);
    expect(items[0]!.names).toEqual(expect.arrayContaining(['Gustavo Petro', 'Donald Trump', 'Marco Rubio']));
    const listed = items.flatMap((g) => g.names).length;
    const tabId = await tabIdOf(page.url());
    const badge = await worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBe(listed);
    // Chromium's own accessibility tree: each entity's button says how often the page mentions it.
    const cdp = await browser.context.newCDPSession(popup);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const buttonNames = nodes.filter((n) => n.role?.value === 'button').map((n) => n.name?.value ?? '');
    expect(buttonNames).toContainEqual(expect.stringMatching(/^Gustavo Petro ?, \d+ mentions$/));
    expect(buttonNames).toContainEqual(expect.stringMatching(/^Venezuela ?, 1 mention$/));
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });
    await popup.close();
  });

  it('counts packs and articles in words in its footer, with no index hash', async () => {
    const popup = await openPopup();
    expect(await popup.locator('#index-summary').textContent()).toBe('1 pack · 1 article');
    expect(await popup.locator('footer').textContent()).not.toMatch(/[0-9a-f]{12}|article\(s\)|\d{4}-\d{2}-\d{2}/);
    await popup.close();
  });

  it('turns the site off and on without reloading the page', async () => {
    const popup = await openPopup();
    const before = await highlightCount();
    expect(before).toBeGreaterThan(20);
    await popup.click('.site input[type=checkbox]');
    await until(async () => (await highlightCount()) === 0, 'highlights to go');
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(0);
    expect(((await storedSettings()).siteRules as unknown[]).length).toBe(1);
    const tabId = await tabIdOf(page.url());
    await until(async () => (await worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId)) === '', 'the badge to clear');
    await popup.waitForSelector('text=Annotation is off on this site.');
    await popup.click('.site input[type=checkbox]');
    await until(async () => (await highlightCount()) === before, 'highlights to come back');
    // The popup, still open, asked before the page was read again: it asks until the list is whole.
    await until(async () => (await popup.$$('.group .entity')).length > 0 && (await popup.$$('text=No name or term')).length === 0, 'the list to come back');
    await popup.close();
  });

  it('pauses everywhere and resumes', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Pause Backstory everywhere').check();
    await until(async () => (await highlightCount()) === 0, 'highlights to go');
    expect((await storedSettings()).paused).toBe(true);
    await popup.getByLabel('Pause Backstory everywhere').uncheck();
    await until(async () => (await highlightCount()) > 0, 'highlights to come back');
    await popup.close();
  });

  it('opens an entity of the list on the page: scrolled to, flashed, its card open', async () => {
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const popup = await openPopup();
    await popup.click('button.entity:has-text("Piedad Córdoba")');
    await page.bringToFront();
    const cdp = await browser.context.newCDPSession(page);
    await until(async () => (await accessibleDialogs(cdp))[0]?.name === 'Piedad Córdoba', 'the card');
    const inView = await page.evaluate(() => {
      const r = ([...CSS.highlights.get('backstory-flash')!][0] as Range).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
    if (!popup.isClosed()) await popup.close();
  });

  it('stays open and says so when the page does not take the name', async () => {
    await openDemo();
    const popup = await openPopup();
    await popup.waitForSelector('button.entity');
    // The page goes away under the popup: its content script with it.
    await page.goto('about:blank');
    await popup.click('button.entity:has-text("Gustavo Petro")');
    await popup.getByRole('alert').waitFor();
    expect(await popup.getByRole('alert').textContent()).toBe('Backstory could not reach this page. Reload it and try again.');
    expect(popup.isClosed()).toBe(false);
    await popup.close();
    await openDemo();
  });

  it('counts what the page shows: one each with "first mention only"', async () => {
    await resetSettings({ schemaVersion: 1, density: 'first' });
    await openDemo();
    const popup = await openPopup();
    await popup.waitForSelector('button.entity');
    const counts = await popup.$$eval('.entity .count', (spans) => spans.map((s) => s.textContent));
    expect(counts.length).toBe(await highlightCount());
    expect(new Set(counts)).toEqual(new Set(['1']));
    await popup.close();
    await resetSettings();
  });

  it('runs only on listed sites when asked: says why the site is off, and ticking it adds an "on" rule', async () => {
    await resetSettings({ schemaVersion: 1, onlyListedSites: true });
    await page.goto(`${server.origin}/demo/`);
    await page.bringToFront();
    // The content script is there (it answers), and annotates nothing.
    expect(await waitForIdle(page)).toMatchObject({ entities: 0, ranges: 0 });
    expect(await highlightCount()).toBe(0);
    const popup = await openPopup();
    const checkbox = popup.locator('.site input[type=checkbox]');
    expect(await checkbox.isChecked()).toBe(false);
    expect(await popup.locator('#site-why').textContent()).toBe('Backstory runs only on the sites you turn on (see Options).');
    await checkbox.check();
    await until(async () => (await highlightCount()) > 0, 'the listed site to be annotated');
    expect((await storedSettings()).siteRules).toEqual([{ pattern: '127.0.0.1', enabled: true }]);
    await popup.close();
    await resetSettings();
  });

  it('searches the whole index, typos and Spanish included, and shows the card', async () => {
    const popup = await openPopup();
    const search = popup.getByRole('searchbox');
    for (const [query, expected] of [
      ['glifosato', 'glyphosate'],
      ['Rubioo', 'Marco Rubio'],
    ] as const) {
      await search.fill(query);
      await popup.waitForSelector('.results button');
      expect(await popup.$eval('.results button', (b) => b.textContent)).toBe(expected);
    }
    await popup.click('.results button');
    await popup.waitForSelector('[role=dialog]');
    expect(await popup.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await popup.getByRole('heading', { name: 'Marco Rubio' }).count()).toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-search.png'), fullPage: true });
    await popup.close();
  });

  it('says plainly when a page cannot be annotated', async () => {
    const other = await browser.context.newPage();
    await other.goto('about:blank');
    const popup = await browser.context.newPage();
    const id = await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url === 'about:blank')!.id;
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${id}`);
    await popup.waitForSelector('text=Browser pages, local files and PDFs are closed to extensions.', { timeout: 5000 });
    expect(await popup.$('.site')).toBeNull();
    await Promise.all([popup.close(), other.close()]);
  });

  it('works on defaults when stored settings are corrupt, keeping the valid site rules', async () => {
    await resetSettings({ schemaVersion: 1, paused: 'yes', dwellMs: 'fast', kinds: 7, siteRules: [{ pattern: 'example.com', enabled: false }, { pattern: 42 }] });
    await openDemo();
    const popup = await openPopup();
    expect(await popup.getByLabel('Pause Backstory everywhere').isChecked()).toBe(false);
    expect(await popup.$$eval('.group', (g) => g.length)).toBeGreaterThan(0);
    await popup.click('.site input[type=checkbox]');
    // The stored list has two entries before the save too (the corrupt one among them): wait for the new rule itself.
    await until(async () => ((await storedSettings()).siteRules as { pattern: string }[]).some((rule) => rule.pattern === '127.0.0.1'), 'the new rule to be saved');
    const rules = (await storedSettings()).siteRules as { pattern: string; enabled: boolean }[];
    expect(rules).toEqual([
      { pattern: 'example.com', enabled: false },
      { pattern: '127.0.0.1', enabled: false },
    ]);
    await popup.close();
    await resetSettings();
  });
});

describe('settings reach open tabs live', () => {
  it('repaints with the background style when the option changes', async () => {
    await openDemo();
    expect((await paintedHighlights(page)).map((h) => h.name)).toContain('backstory-person');
    await worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), highlightStyle: 'background', kinds: { person: false, organization: true, place: true, term: true, event: true } } });
    });
    await until(async () => (await paintedHighlights(page)).some((h) => h.name.startsWith('backstory-bg-')), 'the new style');
    const names = (await paintedHighlights(page)).map((h) => h.name);
    expect(names.every((n) => n.startsWith('backstory-bg-'))).toBe(true);
    expect(names).not.toContain('backstory-bg-person');
    await resetSettings();
    await until(async () => (await paintedHighlights(page)).some((h) => h.name === 'backstory-person'), 'the defaults');
  });

  it("toggles the site with the keyboard command, and stores the rule for the tab's host", async () => {
    await resetSettings();
    await openDemo();
    expect(await highlightCount()).toBeGreaterThan(0);
    await fireCommand(worker, 'toggle-site');
    await until(async () => (await highlightCount()) === 0, 'the site to turn off');
    expect((await storedSettings()).siteRules).toEqual([{ pattern: '127.0.0.1', enabled: false }]);
    await fireCommand(worker, 'toggle-site');
    await until(async () => (await highlightCount()) > 0, 'the site to turn on');
    expect((await storedSettings()).siteRules).toEqual([{ pattern: '127.0.0.1', enabled: true }]);
    await resetSettings();
  });
});
