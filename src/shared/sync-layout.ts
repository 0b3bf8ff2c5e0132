/**
 * How the settings are laid out in storage.sync, whose items hold 8 KB each and 100 KB together.
 * Small settings are one item, `settings`, as every version before this one wrote them. When the
 * site rules make that item too big, `settings` holds the other fields and a manifest, the list of
 * chunk items that hold the rules, compacted, in order.
 *
 * A chunk's key is a hash of its content (`siteRules.k3j9…`), and chunks are cut where the content
 * says (after a rule whose hash ends a chunk), so a save that adds or removes a rule changes the
 * chunk around it and reuses the others. A key never changes content, so a reader that holds the
 * manifest and every chunk it names has the whole list, and one that does not yet (another device,
 * its items arriving one by one) still holds every chunk of the previous save: chunks leave sync
 * one save after the last manifest that named them. Rules past what the quota allows stay out of
 * sync: a prefix of the list is synced, the newest rules are not.
 * Pure: data in, data out; settings-store.ts does the reading and writing.
 */
import { AREA_OVERHEAD, areaCost, itemBytes, jsonBytes, MAX_ITEM_BYTES, SYNC_LIMITS } from './sync-quota';

/** The key of the settings item, in sync and in local. */
export const SETTINGS_KEY = 'settings';

/** The field of a stored settings item that holds the storage bookkeeping (not a setting). */
export const META_KEY = '$sync';

const CHUNK_PREFIX = 'siteRules.';

/** The bookkeeping of a settings item in sync whose rules are in chunks. */
export interface SyncMeta {
  /** The chunk keys, in order; null when unreadable. */
  chunks: string[] | null;
  /** The writer had more rules than sync holds (over the quota): the others are in its browser only. */
  more?: true;
}

/** Whether `key` is one of the items the settings are stored in. */
export function isSettingsKey(key: string): boolean {
  return key === SETTINGS_KEY || key.startsWith(CHUNK_PREFIX);
}

/**
 * One rule in a chunk: `example.com` is off, `+example.com` is on (a pattern never starts with
 * `+`), and a rule with fields this version does not know is kept as its whole object.
 */
type ChunkEntry = string | Record<string, unknown>;

function encodeRule(rule: unknown): ChunkEntry {
  if (typeof rule !== 'object' || rule === null) return { rule };
  const { pattern, enabled, ...rest } = rule as Record<string, unknown>;
  if (typeof pattern === 'string' && typeof enabled === 'boolean' && Object.keys(rest).length === 0 && !pattern.startsWith('+')) {
    return enabled ? '+' + pattern : pattern;
  }
  return rule as Record<string, unknown>;
}

function decodeRule(entry: unknown): unknown {
  if (typeof entry !== 'string') return entry;
  return entry.startsWith('+') ? { pattern: entry.slice(1), enabled: true } : { pattern: entry, enabled: false };
}

/** FNV-1a over UTF-16 code units, from `seed`: fast, and plenty to address a few dozen chunks. */
function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The key of a chunk: 64 bits of hash of its JSON, so two different chunks never share one. */
function chunkKeyOf(entries: readonly ChunkEntry[]): string {
  const json = JSON.stringify(entries);
  return CHUNK_PREFIX + fnv1a(json, 0x811c9dc5).toString(36).padStart(7, '0') + fnv1a(json, 0x2f8d5a31).toString(36).padStart(7, '0');
}

/** The longest chunk key, to reserve room for the manifest before the chunks are known. */
const CHUNK_KEY_LENGTH = CHUNK_PREFIX.length + 14;

/** A chunk ends after a rule whose hash is 0 modulo this (about 128 rules, 3 KB of typical hosts)… */
const CUT_EVERY = 128;
/** …once it holds this many bytes, so that chunks (and the manifest) stay few. */
const MIN_CHUNK_BYTES = 1024;

/**
 * Cuts the entries into chunks where their content says, and where an item would grow past
 * MAX_ITEM_BYTES. An entry too big for any item ends the list: what follows it is not synced.
 */
function cutChunks(entries: readonly ChunkEntry[]): ChunkEntry[][] {
  const chunks: ChunkEntry[][] = [];
  let chunk: ChunkEntry[] = [];
  // Item bytes of `chunk`: its key, the brackets, each entry and a comma between two.
  const empty = CHUNK_KEY_LENGTH + 2;
  let size = empty;
  for (const entry of entries) {
    const bytes = jsonBytes(entry);
    if (empty + bytes > MAX_ITEM_BYTES) break;
    if (chunk.length > 0 && size + 1 + bytes > MAX_ITEM_BYTES) {
      chunks.push(chunk);
      [chunk, size] = [[], empty];
    }
    size += (chunk.length > 0 ? 1 : 0) + bytes;
    chunk.push(entry);
    if (size >= MIN_CHUNK_BYTES && fnv1a(typeof entry === 'string' ? entry : JSON.stringify(entry), 0x811c9dc5) % CUT_EVERY === 0) {
      chunks.push(chunk);
      [chunk, size] = [[], empty];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The items a save writes to sync, the items it removes first, and how many rules went to sync. */
export interface SyncWrite {
  /** Chunks no manifest in sync names any more: removed before the set, which they would crowd. */
  remove: string[];
  /** The settings item and the chunks sync does not hold yet, in one call (a browser writes one call atomically). */
  set: Record<string, unknown>;
  /** How many of the rules (the first ones) sync holds; the rest are kept in this browser only. */
  syncedRules: number;
}

/** Why nothing can go to sync: the settings without their rules are bigger than one item. */
export type SyncUnfit = { unfit: 'settings-too-big' };

/**
 * Plans the write of `record` (the settings as stored: every field, unknown ones too, the rules as a
 * list) to a sync area that now holds `current`. The chunks the current manifest names stay for one
 * more save (a device that has the old manifest keeps a whole list while the new chunks arrive);
 * older ones are removed. One save is one or two write calls, whatever the number of rules.
 */
export function planSyncWrite(record: Record<string, unknown>, current: Record<string, unknown>): SyncWrite | SyncUnfit {
  const { siteRules, ...fields } = record;
  const rules = Array.isArray(siteRules) ? siteRules : [];
  const previous = new Set(metaOf(current[SETTINGS_KEY])?.chunks ?? []);
  const stored = Object.keys(current).filter((key) => key.startsWith(CHUNK_PREFIX));
  const lingering = stored.filter((key) => previous.has(key));
  const remove = stored.filter((key) => !previous.has(key));
  const others = Object.entries(current).filter(([key]) => !isSettingsKey(key));
  const othersCost = others.reduce((sum, [key, value]) => sum + areaCost(key, value), AREA_OVERHEAD);
  const room = {
    bytes: SYNC_LIMITS.QUOTA_BYTES - othersCost - lingering.reduce((sum, key) => sum + areaCost(key, current[key]), 0),
    items: SYNC_LIMITS.MAX_ITEMS - others.length - lingering.length - 1,
  };

  if (itemBytes(SETTINGS_KEY, record) <= MAX_ITEM_BYTES && areaCost(SETTINGS_KEY, record) <= room.bytes) {
    return { remove, set: { [SETTINGS_KEY]: record }, syncedRules: rules.length };
  }

  const chunks = cutChunks(rules.map(encodeRule));
  // The manifest is written once the chunks are chosen: reserve its largest form (one more chunk for a cut-short last one).
  const widest = { ...fields, [META_KEY]: { chunks: Array.from({ length: chunks.length + 1 }, () => 'x'.repeat(CHUNK_KEY_LENGTH)), more: true } };
  if (itemBytes(SETTINGS_KEY, widest) > MAX_ITEM_BYTES || areaCost(SETTINGS_KEY, widest) > room.bytes) return { unfit: 'settings-too-big' };
  const settingsCost = areaCost(SETTINGS_KEY, widest);
  const chosen = chooseChunks(chunks, new Set(lingering), {
    bytes: room.bytes - settingsCost,
    items: room.items,
    total: SYNC_LIMITS.QUOTA_BYTES - othersCost - settingsCost - HEADROOM,
  });

  const syncedRules = chosen.reduce((sum, { entries }) => sum + entries.length, 0);
  const meta: SyncMeta = { chunks: chosen.map(({ key }) => key), ...(syncedRules < rules.length ? { more: true as const } : {}) };
  const set: Record<string, unknown> = { [SETTINGS_KEY]: { ...fields, [META_KEY]: meta } };
  for (const { key, entries } of chosen) if (!(key in current)) set[key] = entries;
  return { remove, set, syncedRules };
}

/**
 * Room the rules leave free for the next save: one chunk, so that a change (which rewrites the chunk
 * around it) fits next to the chunks of this save, which stay one save more.
 */
const HEADROOM = MAX_ITEM_BYTES + 6;

/**
 * The chunks, in order, while they fit: the new ones in the room sync has now (`bytes`, `items`; a
 * chunk it already holds costs nothing more), all of them in `total`. The first that does not fit
 * is cut short to what does, so sync holds as long a prefix as it can.
 */
function chooseChunks(chunks: ChunkEntry[][], held: Set<string>, room: { bytes: number; items: number; total: number }): { key: string; entries: ChunkEntry[] }[] {
  const chosen: { key: string; entries: ChunkEntry[] }[] = [];
  let { bytes, items, total } = room;
  for (const entries of chunks) {
    const key = chunkKeyOf(entries);
    const size = areaCost(key, entries);
    const cost = held.has(key) ? 0 : size;
    if (cost <= bytes && size <= total && (held.has(key) || items > 0)) {
      chosen.push({ key, entries });
      bytes -= cost;
      total -= size;
      if (!held.has(key)) items--;
      continue;
    }
    if (items === 0) break;
    bytes = Math.min(bytes, total);
    // Entries and commas, plus the chunk's own key, quotes, brackets, colon and comma.
    let fit = 0;
    let used = CHUNK_KEY_LENGTH + 6;
    while (fit < entries.length) {
      const next = used + (fit > 0 ? 1 : 0) + jsonBytes(entries[fit]);
      if (next > bytes) break;
      used = next;
      fit++;
    }
    if (fit > 0) chosen.push({ key: chunkKeyOf(entries.slice(0, fit)), entries: entries.slice(0, fit) });
    break;
  }
  return chosen;
}

/** The manifest of a stored settings item, or undefined when its rules are in the item itself. */
function metaOf(item: unknown): SyncMeta | undefined {
  if (typeof item !== 'object' || item === null || !Object.hasOwn(item, META_KEY)) return undefined;
  const { chunks, more } = ((item as Record<string, unknown>)[META_KEY] ?? {}) as Partial<SyncMeta>;
  const valid = Array.isArray(chunks) && chunks.every((key) => typeof key === 'string' && key.startsWith(CHUNK_PREFIX));
  return { chunks: valid ? chunks : null, ...(more === true ? { more } : {}) };
}

/** The settings read from a sync snapshot. */
export interface SyncRead {
  /** The settings value (fields and rules), without the bookkeeping, for the settings reader. */
  value: unknown;
  /** The writer had more rules than sync holds: a reader keeps its own rules that sync lacks. */
  more: boolean;
  /**
   * False when a chunk the manifest names is missing (it has not arrived yet). `value` then holds
   * the rules of every chunk present, the previous save's too, so none is lost: a rule removed a
   * moment ago may be back until the rest arrives.
   */
  complete: boolean;
}

/** Reassembles the settings from everything a sync area holds; undefined when it holds no settings. */
export function readSyncItems(items: Record<string, unknown>): SyncRead | undefined {
  const item = items[SETTINGS_KEY];
  if (item === undefined || item === null) return undefined;
  if (typeof item !== 'object' || Array.isArray(item)) return { value: item, more: false, complete: true };
  const meta = metaOf(item);
  if (meta === undefined) return { value: item, more: false, complete: true };
  const { [META_KEY]: _meta, ...fields } = item as Record<string, unknown>;
  const more = meta.more === true;
  const named = meta.chunks ?? [];
  const complete = meta.chunks !== null && named.every((key) => Array.isArray(items[key]));
  const keys = complete
    ? named
    : [
        ...named,
        ...Object.keys(items)
          .filter((key) => key.startsWith(CHUNK_PREFIX) && !named.includes(key))
          .sort(),
      ];
  const rules = keys.flatMap((key) => (Array.isArray(items[key]) ? (items[key] as unknown[]) : [])).map(decodeRule);
  return { value: { ...fields, siteRules: complete ? rules : onePerPattern(rules) }, more, complete };
}

/** Each pattern once, the first time it comes: a half-synced list holds two saves' chunks. */
function onePerPattern(rules: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return rules.filter((rule) => {
    const pattern = typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>)['pattern'] : undefined;
    if (typeof pattern !== 'string') return true;
    if (seen.has(pattern)) return false;
    seen.add(pattern);
    return true;
  });
}
