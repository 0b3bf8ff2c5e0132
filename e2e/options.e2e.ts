import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SITE_RULES } from '../src/shared/settings';
import { readSyncItems } from '../src/shared/sync-layout';
import { writeSettings } from './support/settings';
import { CHROME_TEST_DIST, launchWithExtension } from '../src/tools/chromium.mjs';
import { ROOT } from '../src/tools/local-server.mjs';

/** The extension APIs the tests call in the service worker (no @types/chrome here). */
declare const chrome: {
  storage: Record<
    'sync' | 'local',
    { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void>; getBytesInUse(keys: null): Promise<number> }
  >;
};
declare const axe: { run(context?: unknown, options?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };

const SCREENSHOTS = join(ROOT, 'dist/screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Awaited<ReturnType<typeof launchWithExtension>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension({ dist: CHROME_TEST_DIST });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Empties both storage areas, then stores `settings` in sync when given, as a saved (or corrupted) value. */
async function storeSettings(settings?: unknown): Promise<void> {
  await writeSettings(browser.worker, settings);
}

/** What sync holds under `settings`: the options page saves there. */
/** Stored settings as the assertions read them, field by field. */
// biome-ignore lint/suspicious/noExplicitAny: the assertions below check the stored JSON field by field.
type StoredSettings = Record<string, any>;
async function stored(): Promise<StoredSettings | undefined> {
  return browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings']) as Promise<StoredSettings | undefined>;
}

async function openOptions(target = page, extensionId = browser.extensionId): Promise<void> {
  await target.goto(`chrome-extension://${extensionId}/options.html`);
  await target.waitForSelector('main.options h1');
}

/** Chooses a settings file to import and answers the page's question with "Replace my settings". */
async function importConfirmed(target: Page, name: string, settings: unknown): Promise<void> {
  await target.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(settings)) });
  await target.locator('.confirm button').first().click();
}

describe('every control saves at once', () => {
  it('writes density, kinds, pause, trigger, delay and theme to storage, and shows them again after a reload', async () => {
    await storeSettings();
    await openOptions();
    await page.getByLabel('Only the first mention of each name or term').check();
    await page.getByLabel('Place', { exact: true }).uncheck();
    await page.getByLabel('Pause Backstory on every site').check();
    await page.getByLabel('Dark', { exact: true }).check();
    await page.getByLabel('Delay before a card opens').focus();
    await page.keyboard.press('End');
    expect(await page.locator('#dwell-value').textContent()).toBe('1000 ms');
    await expect.poll(stored).toMatchObject({ density: 'first', paused: true, dwellMs: 1000, theme: 'dark', kinds: { person: true, organization: true, place: false, term: true, event: true } });
    // The page itself follows the theme setting.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    await page.getByLabel('Delay before a card opens').press('ArrowLeft');
    await expect.poll(async () => (await stored())?.['dwellMs']).toBe(990);
    // Cards that open on click have no delay: the slider goes off, and says why.
    await page.getByLabel('When you click a name').check();
    await expect.poll(async () => (await stored())?.['trigger']).toBe('click');
    expect(await page.getByLabel('Delay before a card opens').isDisabled()).toBe(true);
    expect(await page.locator('#dwell-hint').textContent()).toBe('Cards open on click, so there is no delay to set.');
    await page.reload();
    await page.waitForSelector('main.options h1');
    expect(await page.getByLabel('Only the first mention of each name or term').isChecked()).toBe(true);
    expect(await page.getByLabel('Place', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('When you click a name').isChecked()).toBe(true);
    expect(await page.getByLabel('Delay before a card opens').inputValue()).toBe('990');
    expect(await page.getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
  });
});

describe('corrupt stored settings', () => {
  it('shows the defaults for the bad fields, keeps the valid site rule and says what was repaired', async () => {
    await storeSettings({ schemaVersion: 1, dwellMs: 'fast', kinds: 7, theme: 'dark', siteRules: [{ pattern: 'example.com', enabled: false }, { pattern: 42 }] });
    await openOptions();
    expect(await page.getByLabel('Delay before a card opens').inputValue()).toBe('200');
    for (const kind of ['Person', 'Organization', 'Place', 'Term', 'Event']) expect(await page.getByLabel(kind, { exact: true }).isChecked(), kind).toBe(true);
    expect(await page.getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
    const rows = page.locator('table.sites tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('th code').textContent()).toBe('example.com');
    expect(await page.getByLabel('Mark names on example.com').isChecked()).toBe(false);
    const notice = page.getByRole('region', { name: 'Some saved settings were not valid and have been repaired' });
    const text = await notice.textContent();
    expect(text).toContain('Values that were not valid were replaced: Kinds of names and terms to mark and Delay before a card opens.');
    expect(text).toContain('1 site rule was skipped because it is not valid or repeats another: “{"pattern":42}”.');
    // Once a change is saved, the stored settings are whole again: the notice goes.
    await page.getByLabel('Light', { exact: true }).check();
    await notice.waitFor({ state: 'detached' });
  });

  it('shows no notice when the stored settings are valid', async () => {
    await storeSettings({ schemaVersion: 1, theme: 'light' });
    await openOptions();
    expect(await page.locator('.message').count()).toBe(0);
  });
});

describe('site rules', () => {
  it('adds a rule typed as a host, normalised, and refuses what is not a host', async () => {
    await storeSettings({ schemaVersion: 1, siteRules: [{ pattern: 'news.example.org', enabled: true }] });
    await openOptions();
    const field = page.getByLabel('Add a site or a domain');
    await field.fill('https://WWW.ElTiempo.com/mundo');
    await field.press('Enter');
    await expect
      .poll(async () => (await stored())?.['siteRules'])
      .toEqual([
        { pattern: 'news.example.org', enabled: true },
        { pattern: 'www.eltiempo.com', enabled: false },
      ]);
    expect(await field.inputValue()).toBe('');
    expect(await page.locator('table.sites tbody th code').allTextContents()).toEqual(['news.example.org', 'www.eltiempo.com']);
    await field.fill('el tiempo');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await page.locator('#add-site-error').textContent()).toBe('“el tiempo” is not a site: write a host such as www.example.com, or *.example.com.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(200);
    expect((await stored())?.['siteRules']).toHaveLength(2);
  });

  it('runs only on listed sites when asked, and a rule added then turns its site on', async () => {
    await storeSettings();
    await openOptions();
    await page.getByLabel('Run Backstory only on the sites a rule turns on').check();
    await expect.poll(async () => (await stored())?.['onlyListedSites']).toBe(true);
    expect(await page.getByText('No site rules yet: with only listed sites, Backstory marks names nowhere.').count()).toBe(1);
    await page.getByLabel('Add a site or a domain').fill('*.elpais.com');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await stored())?.['siteRules']).toEqual([{ pattern: '*.elpais.com', enabled: true }]);
    await page.reload();
    await page.waitForSelector('main.options h1');
    expect(await page.getByLabel('Run Backstory only on the sites a rule turns on').isChecked()).toBe(true);
  });

  it('turns a rule off and removes another, in storage and in the table', async () => {
    await storeSettings({
      schemaVersion: 1,
      siteRules: [
        { pattern: '*.example.com', enabled: false },
        { pattern: 'news.example.org', enabled: true },
      ],
    });
    await openOptions();
    expect(await page.locator('table.sites tbody tr').count()).toBe(2);
    expect(await page.locator('table.sites').textContent()).toContain('example.com and all its subdomains');
    await page.getByLabel('Mark names on news.example.org').uncheck();
    await expect
      .poll(async () => (await stored())?.['siteRules'])
      .toEqual([
        { pattern: '*.example.com', enabled: false },
        { pattern: 'news.example.org', enabled: false },
      ]);
    await page.getByRole('button', { name: 'Remove the rule for *.example.com' }).click();
    await expect.poll(async () => (await stored())?.['siteRules']).toEqual([{ pattern: 'news.example.org', enabled: false }]);
    expect(await page.locator('table.sites tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove the rule for news.example.org' }).click();
    await expect.poll(async () => (await stored())?.['siteRules']).toEqual([]);
    expect(await page.locator('table.sites').count()).toBe(0);
    expect(await page.getByText('No site rules yet').count()).toBe(1);
  });
});

describe('import', () => {
  it('refuses a file that is not JSON with an alert, and changes nothing', async () => {
    await storeSettings({ schemaVersion: 1, theme: 'dark', siteRules: [{ pattern: 'example.com', enabled: false }] });
    await openOptions();
    const before = await stored();
    await page.setInputFiles('#import-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('theme = light\n') });
    const alert = page.locator('section[aria-labelledby=backup-heading]').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Nothing was imported: “notes.txt” is not a JSON file. Choose a file made with Export settings.');
    await page.waitForTimeout(200);
    expect(await stored()).toEqual(before);
    expect(await page.getByLabel('Dark', { exact: true }).isChecked()).toBe(true);
  });

  it('asks before replacing the settings: Cancel keeps them, Replace imports', async () => {
    await storeSettings({ schemaVersion: 1, theme: 'dark', siteRules: [{ pattern: 'mine.example', enabled: false }] });
    await openOptions();
    const before = await stored();
    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, theme: 'light', siteRules: [] })) });
    const question = page.locator('#import-question');
    await question.waitFor();
    expect(await question.textContent()).toBe('Replace your settings with those in “other.json”?This changes: Theme and Site rules (0).');
    // Nothing is saved while the page asks.
    await page.waitForTimeout(200);
    expect(await stored()).toEqual(before);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    await page.waitForTimeout(200);
    expect(await stored()).toEqual(before);
    expect(await page.locator('table.sites tbody th code').allTextContents()).toEqual(['mine.example']);

    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, theme: 'light', siteRules: [] })) });
    await page.getByRole('button', { name: 'Replace my settings' }).click();
    await expect.poll(stored).toMatchObject({ theme: 'light', siteRules: [] });
    expect(await page.locator('.message[role="status"]').textContent()).toContain('Imported “other.json”.');
  });

  it('imports a file with one bad rule: applies the rest and names the skipped rule', async () => {
    await storeSettings({ schemaVersion: 1, theme: 'dark', siteRules: [{ pattern: 'old.example', enabled: false }] });
    await openOptions();
    const file = {
      schemaVersion: 1,
      theme: 'light',
      density: 'first',
      siteRules: [
        { pattern: 'Example.COM', enabled: false },
        { pattern: 'not a host!', enabled: true },
        { pattern: '*.news.example', enabled: true },
      ],
    };
    await importConfirmed(page, 'backup.json', file);
    const status = page.locator('.message[role="status"]');
    await status.waitFor();
    const text = await status.textContent();
    expect(text).toContain('Imported “backup.json”.');
    expect(text).toContain('Changed: Which mentions to mark, Theme, and Site rules (2).');
    expect(text).toContain('1 site rule was skipped because it is not valid or repeats another: “not a host!”.');
    expect(await page.locator('section[aria-labelledby=backup-heading]').getByRole('alert').textContent()).toBe('');
    await expect.poll(stored).toMatchObject({
      theme: 'light',
      density: 'first',
      siteRules: [
        { pattern: 'example.com', enabled: false },
        { pattern: '*.news.example', enabled: true },
      ],
    });
    expect(await page.getByLabel('Light', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('table.sites tbody th code').allTextContents()).toEqual(['example.com', '*.news.example']);
  });
});

describe('sync within the quota', () => {
  it('imports more site rules than sync holds: syncs what fits, keeps all of them here, and says how many stay in this browser', async () => {
    await storeSettings();
    await openOptions();
    // 2,000 rules of long hosts (about 60 characters): some 120 KB, more than sync's 100 KB.
    const siteRules = Array.from({ length: MAX_SITE_RULES }, (_, i) => ({ pattern: `section-${i}.a-rather-long-regional-news-site-name.example.com`, enabled: i % 3 === 0 }));
    await importConfirmed(page, 'blocklist.json', { schemaVersion: 1, siteRules });
    const notice = page.locator('#sync-notice');
    await notice.waitFor();
    const [, count] = /^Sync is off for your (\d+) newest site rules: .*100 KB/.exec((await notice.textContent()) ?? '') ?? [];
    const localOnly = Number(count);
    expect(localOnly).toBeGreaterThan(0);

    // What Chromium's own storage.sync accepted: every item within its quota, the oldest rules in order.
    const { items, bytes } = await browser.worker.evaluate(async () => ({ items: await chrome.storage.sync.get(null), bytes: await chrome.storage.sync.getBytesInUse(null) }));
    expect(bytes).toBeLessThanOrEqual(102_400);
    expect(Object.keys(items).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items)) expect(key.length + JSON.stringify(value).length, key).toBeLessThanOrEqual(8_192);
    expect(readSyncItems(items)?.value).toMatchObject({ siteRules: siteRules.slice(0, MAX_SITE_RULES - localOnly) });
    // This browser keeps every rule.
    const local = await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings'))['settings']);
    expect((local as { siteRules: unknown[] }).siteRules).toHaveLength(MAX_SITE_RULES);

    await page.reload();
    await notice.waitFor();
    expect(await page.locator('table.sites tbody tr').count()).toBe(MAX_SITE_RULES);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-sync-over-quota.png') });
    await storeSettings();
  });
});

describe('export', () => {
  it('downloads backstory-settings.json holding the current settings', async () => {
    await storeSettings({ schemaVersion: 1, trigger: 'hover-alt', dwellMs: 450, kinds: { term: false }, siteRules: [{ pattern: '*.example.com', enabled: false }] });
    await openOptions();
    await page.getByLabel('Tinted background').check();
    await expect.poll(async () => (await stored())?.['highlightStyle']).toBe('background');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('backstory-settings.json');
    expect(download.url()).toMatch(/^blob:chrome-extension:/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual(await stored());
    expect(exported).toMatchObject({ trigger: 'hover-alt', dwellMs: 450, highlightStyle: 'background', kinds: { term: false, person: true } });
  });
});

describe('look and accessibility', () => {
  /** A page with every part showing: a repair notice, site rules, an import report. */
  async function openBusyPage(target = page, extensionId = browser.extensionId): Promise<void> {
    await openOptions(target, extensionId);
    await importConfirmed(target, 'backup.json', { schemaVersion: 1, siteRules: [{ pattern: '*.example.com', enabled: false }, { pattern: 'news.example.org', enabled: true }, { pattern: 'x y' }] });
    await target.locator('.message[role="status"]').waitFor();
  }

  async function axeViolations(target: Page): Promise<string[]> {
    // addScriptTag writes an inline <script>, which the extension page's CSP (script-src 'self') blocks;
    // evaluate runs through the DevTools protocol, which CSP does not govern.
    await target.evaluate(`${readFileSync(AXE, 'utf8')}\n;void 0`);
    const { violations } = await target.evaluate(() => axe.run(document));
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  const LIGHT_BACKGROUND = 'rgb(246, 247, 249)';
  const DARK_BACKGROUND = 'rgb(23, 25, 28)';

  async function background(target: Page): Promise<string> {
    return target.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  it('has no axe violations in light and dark, and saves screenshots', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await storeSettings({ schemaVersion: 1, dwellMs: 'fast' });
      await page.emulateMedia({ colorScheme: scheme });
      await openBusyPage();
      expect(await background(page)).toBe(scheme === 'light' ? LIGHT_BACKGROUND : DARK_BACKGROUND);
      // The import's report; the notice about the stored settings went with the import, which replaced them.
      expect(await page.locator('.message').count()).toBe(1);
      expect(await axeViolations(page), scheme).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `options-${scheme}.png`), fullPage: true });
    }
    // The theme setting wins over the system: light on a dark system, and dark on a light one.
    await page.getByLabel('Light', { exact: true }).check();
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Dark', { exact: true }).check();
    expect(await background(page)).toBe(DARK_BACKGROUND);
  });

  it('reflows at 200 % zoom without sideways scrolling', async () => {
    await storeSettings({ schemaVersion: 1, siteRules: [{ pattern: '*.a-rather-long-domain-name.example.com', enabled: false }] });
    await openOptions();
    await page.evaluate(() => (document.documentElement.style.zoom = '2'));
    // Neither the page nor the site table scrolls sideways: the Remove button stays in view.
    const overflow = await page.evaluate(() => [document.documentElement, document.querySelector('.table-wrap')!].map((e) => e.scrollWidth - e.clientWidth));
    expect(overflow).toEqual([0, 0]);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-zoom-200.png'), fullPage: true });
    await page.evaluate(() => document.documentElement.style.removeProperty('zoom'));
  });

  it('speaks Spanish where the browser does', async () => {
    const spanish = await launchWithExtension({ dist: CHROME_TEST_DIST, args: ['--lang=es'] });
    try {
      const es = await spanish.context.newPage();
      await spanish.worker.evaluate(() => chrome.storage.sync.set({ settings: { schemaVersion: 1, kinds: 7 } }));
      await openBusyPage(es, spanish.extensionId);
      expect(await es.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['es', 'Ajustes de Backstory']);
      expect(await es.locator('h1').textContent()).toBe('Ajustes de Backstory');
      expect(await es.locator('.message[role="status"]').textContent()).toContain('Se omitió 1 regla de sitio porque no es válida o repite otra: «x y».');
      expect(await es.getByLabel('Solo la primera mención de cada nombre o término').count()).toBe(1);
      expect(await axeViolations(es)).toEqual([]);
      await es.screenshot({ path: join(SCREENSHOTS, 'options-es.png'), fullPage: true });
    } finally {
      await spanish.close();
    }
  });
});

describe('about', () => {
  it('names the version and the index, and leads back to the welcome page', async () => {
    await storeSettings();
    await openOptions();
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    // The built-in pack's version, as the packs section lists it too.
    const builtIn = (await page.locator('li.pack[data-pack="built-in"] .version').textContent())!.replace('Version ', '');
    expect(builtIn).toMatch(/^[0-9a-f]{12}$/);
    expect(await page.locator('#about-version').textContent()).toBe(`Backstory ${version} · context index ${builtIn}`);
    await page.getByRole('link', { name: 'Show the welcome page again' }).click();
    await page.waitForURL(`chrome-extension://${browser.extensionId}/onboarding.html`);
    expect(await page.locator('h1').count()).toBe(1);
  });
});
