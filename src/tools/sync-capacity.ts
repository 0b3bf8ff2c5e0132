/**
 * How many site rules sync holds: saves rule lists through the settings store into fake sync areas
 * that enforce Chrome's and Firefox's quotas, and prints what reached sync and the bytes it took.
 *   node src/tools/run-ts.mjs src/tools/sync-capacity.ts
 */
import { FakeChanges, FakeStorageArea, type QuotaRules } from '../shared/fake-storage';
import { realisticRules } from '../shared/fixtures/realistic-hosts';
import { defaultSettings, MAX_SITE_RULES } from '../shared/settings';
import { createSettingsStore } from '../shared/settings-store';
import type { SiteRule } from '../shared/site-rules';
import { planSyncWrite } from '../shared/sync-layout';

interface Result {
  rules: number;
  synced: number;
  bytes: number;
  items: number;
  saveMs: number;
}

/** Saves `siteRules` into an empty profile and reports what sync holds. */
async function saveInto(rules: QuotaRules, siteRules: SiteRule[]): Promise<Result> {
  const changes = new FakeChanges();
  const sync = new FakeStorageArea('sync', { rules, changes });
  const store = createSettingsStore({ sync, local: new FakeStorageArea('local', { changes }) }, changes);
  const start = performance.now();
  await store.save({ siteRules });
  const saveMs = performance.now() - start;
  const other = createSettingsStore({ sync, local: new FakeStorageArea('local') }, new FakeChanges());
  const synced = (await other.load()).settings.siteRules.length;
  return { rules: siteRules.length, synced, bytes: sync.bytesInUse(), items: sync.items.size, saveMs };
}

/**
 * Writes `siteRules` as the layout plans them, past the store's cap of MAX_SITE_RULES: how far the
 * quota alone would go. The fake area refuses what the browser would.
 */
async function planInto(rules: QuotaRules, siteRules: SiteRule[]): Promise<Result> {
  const sync = new FakeStorageArea('sync', { rules });
  const start = performance.now();
  const plan = planSyncWrite({ ...defaultSettings(), siteRules }, {});
  if ('unfit' in plan) throw new Error(plan.unfit);
  await sync.set(plan.set);
  return { rules: siteRules.length, synced: plan.syncedRules, bytes: sync.bytesInUse(), items: sync.items.size, saveMs: performance.now() - start };
}

/** The most rules of `make(n)` that sync whole, by bisection between `low` (fits) and `high`. */
async function largestWhole(rules: QuotaRules, make: (count: number) => SiteRule[], low: number, high: number): Promise<number> {
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const { synced } = await planInto(rules, make(mid));
    [low, high] = synced === mid ? [mid, high] : [low, mid];
  }
  return low;
}

const average = (rules: SiteRule[]) => (rules.reduce((sum, rule) => sum + rule.pattern.length, 0) / rules.length).toFixed(1);
const longRules = (count: number) => realisticRules(count).map((rule) => ({ ...rule, pattern: rule.pattern.replace(/^(\*\.)?/, '$1a-rather-long-subdomain-for-testing.') }));
const show = (label: string, result: Result) =>
  console.log(
    `${label.padEnd(44)} ${String(result.synced).padStart(5)} of ${String(result.rules).padStart(5)} rules synced, ${String(result.bytes).padStart(6)} bytes in ${result.items} items, save ${result.saveMs.toFixed(0)} ms`,
  );

export async function main(): Promise<void> {
  for (const rules of ['chrome', 'firefox'] as const) {
    console.log(`\n${rules}`);
    show(`realistic hosts (avg ${average(realisticRules(MAX_SITE_RULES))} chars), the cap`, await saveInto(rules, realisticRules(MAX_SITE_RULES)));
    const whole = await largestWhole(rules, realisticRules, MAX_SITE_RULES, 4500);
    show(`realistic hosts, without the cap, whole`, await planInto(rules, realisticRules(whole)));
    show(`long hosts (avg ${average(longRules(MAX_SITE_RULES))} chars), the cap`, await saveInto(rules, longRules(MAX_SITE_RULES)));
    const wholeLong = await largestWhole(rules, longRules, 100, MAX_SITE_RULES);
    show(`long hosts, the most that sync whole`, await saveInto(rules, longRules(wholeLong)));
  }
}
