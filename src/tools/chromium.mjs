// Launches Debian's Chromium with Backstory loaded, for `npm start`, the browser tests and the bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './local-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const CHROME_DIST = join(ROOT, 'dist/chrome');
/** The test build (node build.mjs --test): the same code plus the test-only hooks. */
export const CHROME_TEST_DIST = join(ROOT, 'dist-test/chrome');

/** Keeps Chromium off the network (unreachable here, and none of our business) and quiet. */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Chromium with the unpacked extension from `dist`, in a fresh profile removed on close.
 * @param {{ dist?: string, headless?: boolean, args?: string[], colorScheme?: 'light' | 'dark', ignoreDefaultArgs?: string[] }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker, extensionId: string, close(): Promise<void> }>}
 */
export async function launchWithExtension({ dist = CHROME_DIST, headless = true, args = [], colorScheme = 'light', ignoreDefaultArgs = [] } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    colorScheme,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET_FLAGS, ...args],
    // Playwright's own defaults to leave out: '--disable-back-forward-cache' for a test of the cache.
    ignoreDefaultArgs,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await closeOnboarding(context);
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Installing opens the first-run page in a tab in front; tests and demos want their own page in front
 * (a background tab gets about one frame a second), so it is closed once it has opened.
 * @param {import('playwright-core').BrowserContext} context
 */
async function closeOnboarding(context) {
  const isOnboarding = (/** @type {import('playwright-core').Page} */ page) => page.url().endsWith('/onboarding.html');
  const page = context.pages().find(isOnboarding) ?? (await context.waitForEvent('page', { predicate: isOnboarding, timeout: 5000 }).catch(() => undefined));
  await page?.close();
}

/**
 * Chromium without the extension, launched the same way (persistent profile, same flags), so that
 * whatever differs between the two is the extension's doing: the reference a page is compared against.
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchPlain() {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: QUIET_FLAGS,
  });
  // Remove the profile once Chromium has exited, not on the 'close' event (it may still be writing).
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return context;
}
