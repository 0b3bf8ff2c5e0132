// Chromium without the extension, launched like launchWithExtension (persistent profile, same flags,
// same viewport) so that what differs between the two browsers is the extension. Not
// src/tools/chromium.mjs's launchPlain: its profile is removed from a 'close' listener that can run
// while Chromium is still writing the profile, and the ENOTEMPTY it throws there ends the process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS } from '../src/tools/chromium.mjs';

/**
 * A plain Chromium in a fresh profile, removed once the browser has exited.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close(): Promise<void> }>}
 */
export async function launchPlainBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: QUIET_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
