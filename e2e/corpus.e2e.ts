import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEST_DIST, launchPlain, launchWithExtension } from '../src/tools/chromium.mjs';
import { indexMatcher, scanHtml } from '../src/tools/document-scan';
import { builtIndex, CORPUS_DIR, startServer } from '../src/tools/local-server.mjs';
import { domWithoutCardHost, paintedRangeCount, waitForIdle } from './support/probes';

const PAGES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
/** The saved pages the README and the bench speak of. */
const CORPUS_SIZE = 44;
/** The pages a test below read through to the end, with what the content script found there. */
const read = new Map<string, number>();
/**
 * Pages where the browser tracks more than `npm run scan` reports, and how many more: a link in
 * cnnmoney's edition switcher ("U.S.") and one in elpais's hidden "América" list ("EE UU"), which
 * the offline scan (happy-dom) does not report. Known, not yet explained; a change here is news.
 */
const SCAN_GAPS: Record<string, number> = { 'cnnmoney-birth-lottery.html': 1, 'elpais-antartida.html': 1 };
let matcher: ReturnType<typeof indexMatcher> | undefined;

let server: Awaited<ReturnType<typeof startServer>>;
let withExtension: Awaited<ReturnType<typeof launchWithExtension>>;
let plainContext: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  withExtension = await launchWithExtension({ dist: CHROME_TEST_DIST });
  plainContext = await launchPlain();
  // The saved pages reference hosts this machine cannot reach: refuse them at once, in both browsers.
  for (const context of [plainContext, withExtension.context]) {
    await context.route(
      (url) => url.host !== new URL(server.origin).host,
      (route) => route.abort('blockedbyclient'),
    );
  }
});

afterAll(async () => {
  await withExtension?.close();
  await plainContext?.close();
  await server?.close();
});

/**
 * Requests the extension makes or causes in a page: any whose initiator (a script's stack or URL)
 * is the extension, or that asks for an extension resource. Compared this way, the page's own lazy
 * images (which load on their own schedule) cannot make the test flaky.
 */
async function recordExtensionRequests(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: unknown }) => {
    if (e.request.url.startsWith('chrome-extension://') || JSON.stringify(e.initiator).includes('chrome-extension://')) seen.push(e.request.url);
  });
  return seen;
}

describe.each(PAGES)('corpus page %s, scripts blocked', (name) => {
  it('finds what `npm run scan` finds, paints it, and keeps its DOM, its requests and its console clean', async () => {
    const url = `${server.origin}/corpus/${name}`;
    const reference = await plainContext.newPage();
    await reference.goto(url, { waitUntil: 'load' });

    const page = await withExtension.context.newPage();
    const requests = await recordExtensionRequests(page);
    const extensionLogs: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('Backstory') || m.location().url.startsWith('chrome-extension://')) extensionLogs.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (String(e.stack).includes('chrome-extension://')) extensionLogs.push(String(e));
    });
    await page.goto(url, { waitUntil: 'load' });
    const state = await waitForIdle(page);

    expect(state.errors).toEqual([]);
    // What it found is what `npm run scan` finds in the same file (same walk, matcher and guards),
    // and every match it tracks is painted.
    const offline = scanHtml(readFileSync(join(CORPUS_DIR, name), 'utf8'), (matcher ??= indexMatcher(builtIndex()))).length;
    expect(state.ranges, 'mentions the content script tracks').toBe(offline + (SCAN_GAPS[name] ?? 0));
    expect(await paintedRangeCount(page), 'painted ranges').toBe(state.ranges);
    expect(extensionLogs).toEqual([]);
    expect(await domWithoutCardHost(page)).toBe(await domWithoutCardHost(reference));
    expect(requests).toEqual([]);
    read.set(name, state.ranges);
    await Promise.all([page.close(), reference.close()]);
  });
});

describe('the whole corpus', () => {
  it(`has read all ${CORPUS_SIZE} saved pages above, and found names in them`, () => {
    expect(PAGES).toHaveLength(CORPUS_SIZE);
    expect([...read.keys()].sort()).toEqual(PAGES);
    expect([...read.values()].filter((n) => n > 0).length).toBeGreaterThan(CORPUS_SIZE / 2);
  });
});
