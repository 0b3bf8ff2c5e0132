/**
 * In-memory storage areas for unit tests, which fail the way the browsers do: a sync area enforces
 * Chrome's or Firefox's storage.sync quotas (see sync-quota.ts for how each measures), and a write
 * that breaks one rejects with the browser's message and writes nothing. Only tests import this.
 */
import type { StorageAreaLike, StorageChangeListener, StorageChangeSource } from './settings-store';
import { jsonBytes, SYNC_LIMITS, utf8Bytes } from './sync-quota';

/** The change events of a set of fake areas, like browser.storage.onChanged. */
export class FakeChanges implements StorageChangeSource {
  readonly listeners = new Set<StorageChangeListener>();
  addListener(callback: StorageChangeListener): void {
    this.listeners.add(callback);
  }
  removeListener(callback: StorageChangeListener): void {
    this.listeners.delete(callback);
  }
  emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string): void {
    if (Object.keys(changes).length === 0) return;
    for (const listener of [...this.listeners]) listener(changes, areaName);
  }
}

/** Which browser's storage.sync rules an area enforces; `none` for storage.local. */
export type QuotaRules = 'chrome' | 'firefox' | 'none';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FIREFOX_QUOTA_ERROR = 'QuotaExceededError: storage.sync API call exceeded its quota limitations.';

export interface FakeAreaOptions {
  rules?: QuotaRules;
  changes?: FakeChanges;
  /** The clock the write-rate limits read (Chrome). */
  now?: () => number;
}

/** A browser storage area in memory. Values are kept as JSON copies, as a browser keeps them. */
export class FakeStorageArea implements StorageAreaLike {
  readonly items = new Map<string, unknown>();
  /** Every set, remove and clear call that reached the area (Chrome counts these against its write rate). */
  readonly writeTimes: number[] = [];
  failGet = false;
  failSet = false;
  private readonly rules: QuotaRules;
  private readonly changes: FakeChanges;
  private readonly now: () => number;

  constructor(
    readonly name: 'sync' | 'local',
    { rules = 'none', changes = new FakeChanges(), now = () => Date.now() }: FakeAreaOptions = {},
  ) {
    this.rules = rules;
    this.changes = changes;
    this.now = now;
  }

  /** How many write calls reached the area. */
  get writes(): number {
    return this.writeTimes.length;
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(`${this.name} is disabled`);
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) result[key] = copy(this.items.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    if (this.failSet) throw new Error(`${this.name} is disabled`);
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) if (value !== undefined) next.set(key, copy(value));
    this.checkQuota(next, Object.keys(items));
    this.commit(next);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    if (this.failSet) throw new Error(`${this.name} is disabled`);
    const next = new Map(this.items);
    for (const key of typeof keys === 'string' ? [keys] : keys) next.delete(key);
    this.commit(next);
  }

  async clear(): Promise<void> {
    this.countWrite();
    this.commit(new Map());
  }

  /** What the area holds as one JSON object: the measure of Firefox's total quota. */
  bytesInUse(): number {
    return this.rules === 'firefox' ? utf8Bytes(JSON.stringify(Object.fromEntries(this.items))) : [...this.items].reduce((sum, [key, value]) => sum + utf8Bytes(key) + jsonBytes(value), 0);
  }

  /** Chrome refuses a write call past its rate before looking at the data; Firefox has no such limit. */
  private countWrite(): void {
    const now = this.now();
    if (this.rules === 'chrome') {
      const lastMinute = this.writeTimes.filter((time) => now - time < MINUTE).length;
      const lastHour = this.writeTimes.filter((time) => now - time < HOUR).length;
      if (lastMinute >= SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_MINUTE) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      if (lastHour >= SYNC_LIMITS.MAX_WRITE_OPERATIONS_PER_HOUR) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    this.writeTimes.push(now);
  }

  private checkQuota(next: Map<string, unknown>, written: string[]): void {
    if (this.rules === 'chrome') {
      const size = (key: string) => utf8Bytes(key) + jsonBytes(next.get(key));
      let total = 0;
      for (const key of next.keys()) total += size(key);
      if (total > SYNC_LIMITS.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      if (written.some((key) => size(key) > SYNC_LIMITS.QUOTA_BYTES_PER_ITEM)) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      if (next.size > SYNC_LIMITS.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    } else if (this.rules === 'firefox') {
      const size = (key: string) => utf8Bytes(key) + utf8Bytes(JSON.stringify(next.get(key)));
      if (next.size > SYNC_LIMITS.MAX_ITEMS) throw new Error(FIREFOX_QUOTA_ERROR);
      if (written.some((key) => size(key) >= SYNC_LIMITS.QUOTA_BYTES_PER_ITEM)) throw new Error(FIREFOX_QUOTA_ERROR);
      if (utf8Bytes(JSON.stringify(Object.fromEntries(next))) > SYNC_LIMITS.QUOTA_BYTES) throw new Error(FIREFOX_QUOTA_ERROR);
    }
  }

  /** Replaces the contents at once and reports what changed, as one onChanged event. */
  private commit(next: Map<string, unknown>): void {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const key of new Set([...this.items.keys(), ...next.keys()])) {
      const before = this.items.get(key);
      const after = next.get(key);
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      changes[key] = { ...(before !== undefined ? { oldValue: copy(before) } : {}), ...(after !== undefined ? { newValue: copy(after) } : {}) };
    }
    this.items.clear();
    for (const [key, value] of next) this.items.set(key, value);
    this.changes.emit(changes, this.name);
  }
}

/** A JSON copy: what a browser stores of a value (no undefined fields, functions or shared references). */
function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? 'null');
}
