import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/tools/local-server.mjs';

const TARGETS = ['chrome', 'firefox'] as const;
const manifestOf = (target: string) => JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));

/** Every file a manifest names, so none can be missing from the build. */
// biome-ignore lint/suspicious/noExplicitAny: a manifest is JSON of many shapes; the test reads a few known paths.
function pathsIn(manifest: Record<string, any>): string[] {
  return [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    ...(manifest.background?.scripts ?? []),
    ...(manifest.action?.default_popup ? [manifest.action.default_popup] : []),
    ...(manifest.options_ui?.page ? [manifest.options_ui.page] : []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]),
  ] as string[];
}

describe.each(TARGETS)('dist/%s', (target) => {
  const manifest = manifestOf(target);

  it('contains every file its manifest names', () => {
    const paths = pathsIn(manifest);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(existsSync(join(ROOT, 'dist', target, path)), path).toBe(true);
  });

  it('asks for no permission it does not use', () => {
    // storage: settings; unlimitedStorage: installed packs (IndexedDB); activeTab: the popup and
    // commands read the active tab's address only when the reader acts, and saving reads its page
    // then; contextMenus: Look up and the saving items; scripting: the capture script, injected
    // into that tab when the reader saves (issue #15).
    expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('keeps the capture script out of every page: built, but not a content script', () => {
    expect(existsSync(join(ROOT, 'dist', target, 'capture.js'))).toBe(true);
    const scripts = (manifest.content_scripts as { js?: string[] }[]).flatMap((c) => c.js ?? []);
    expect(scripts).toEqual(['page-index.js', 'content.js']);
  });

  it('names the oldest browser it works in', () => {
    // Chrome: the card's colours use light-dark() (123); Firefox: the highlight API (140) and more.
    if (target === 'chrome') expect(manifest.minimum_chrome_version).toBe('123');
    else {
      expect(manifest.minimum_chrome_version).toBeUndefined();
      expect(manifest.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.0$/);
    }
  });

  it('has every message key in every locale', () => {
    const dir = join(ROOT, 'dist', target, '_locales');
    const keys = (locale: string) => Object.keys(JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8'))).sort();
    const locales = readdirSync(dir);
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']));
    for (const locale of locales) expect(keys(locale), locale).toEqual(keys('en'));
  });
});

describe('the per-browser manifests', () => {
  it('give Chrome a service worker and Firefox background scripts, gecko settings only to Firefox', () => {
    const chrome = manifestOf('chrome');
    const firefox = manifestOf('firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['built-in-pack.js', 'background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });
});

describe('web-ext lint on dist/firefox', () => {
  it('reports no errors and no warnings', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', join(ROOT, 'dist/firefox'), '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

describe('the shipped bundles', () => {
  const bundles = (target: string) => readdirSync(join(ROOT, 'dist', target)).filter((f) => f.endsWith('.js'));

  it.each(TARGETS)('%s: no network API, no raw HTML, no eval, no test hooks', (target) => {
    for (const file of bundles(target)) {
      const code = readFileSync(join(ROOT, 'dist', target, file), 'utf8');
      for (const forbidden of [/\bfetch\(/, /XMLHttpRequest/, /\bWebSocket\b/, /sendBeacon/, /\.innerHTML\s*=/, /\beval\(/, /new Function\(/, /backstory:test-/, /backstoryTest/]) {
        expect(code, `${target}/${file} contains ${forbidden}`).not.toMatch(forbidden);
      }
    }
  });
});
