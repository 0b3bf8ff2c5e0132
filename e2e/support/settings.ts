import type { Worker } from 'playwright-core';
import { SETTINGS_LOCK } from '../../src/shared/settings-store';

/**
 * Replaces the stored settings with `value` (or clears them), from the extension's background,
 * under the lock the extension saves under: a save a previous test started finishes first and
 * cannot land on top of these settings.
 */
export async function writeSettings(worker: Worker, value?: unknown): Promise<void> {
  await worker.evaluate(
    async ({ settings, lock }) => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { clear(): Promise<void>; set(items: object): Promise<void> }> } }).chrome.storage;
      await navigator.locks.request(lock, async () => {
        await storage.sync.clear();
        await storage.local.clear();
        if (settings !== undefined) await storage.sync.set({ settings });
      });
    },
    { settings: value, lock: SETTINGS_LOCK },
  );
}
