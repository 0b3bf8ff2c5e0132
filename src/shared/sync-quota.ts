/**
 * storage.sync's limits and how the browsers measure against them. Chrome and Firefox publish the
 * same numbers but measure differently, so what Backstory writes is planned against the stricter of
 * the two:
 * - Chrome (extensions/browser/api/storage/settings_storage_quota_enforcer.cc): an item is its key's
 *   bytes plus its value's JSON bytes, at most 8,192; the area is the sum of its items, at most
 *   102,400; at most 512 items; at most 120 set/remove/clear calls a minute and 1,800 an hour. Its
 *   JSON writer escapes `<`, U+2028 and U+2029 as six-byte `\uXXXX`, where JSON.stringify does not.
 * - Firefox (application-services, components/webext-storage/src/api.rs): an item must be *under*
 *   8,192 bytes (8,192 is refused); the area is the UTF-8 bytes of the JSON of every item as one
 *   object (quotes around each key, colons, commas and braces count), at most 102,400; at most 512
 *   items; no limit on write calls.
 */

/** The published limits (the same in both browsers). */
export const SYNC_LIMITS = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

/** The largest item both browsers accept: Firefox refuses one of exactly QUOTA_BYTES_PER_ITEM. */
export const MAX_ITEM_BYTES = SYNC_LIMITS.QUOTA_BYTES_PER_ITEM - 1;

/** Characters Chrome's JSON writer escapes as `\uXXXX` (6 bytes) where JSON.stringify writes them as they are. */
const CHROME_ESCAPES = /[<\u2028\u2029]/g;

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** The bytes of `value` as JSON, as the more expensive of the two browsers counts them. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = utf8Bytes(json);
  // '<' is 1 byte in UTF-8 and U+2028/9 are 3; Chrome writes each as 6.
  for (const [char] of json.matchAll(CHROME_ESCAPES)) bytes += char === '<' ? 5 : 3;
  return bytes;
}

/** An item's size against QUOTA_BYTES_PER_ITEM: its key plus its value's JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + jsonBytes(value);
}

/**
 * What an item costs against QUOTA_BYTES, as Firefox counts it (more than Chrome's sum of items):
 * its key in quotes, a colon, its value, and a comma. The braces around all items are the 2 bytes
 * AREA_OVERHEAD adds once.
 */
export function areaCost(key: string, value: unknown): number {
  return jsonBytes(key) + jsonBytes(value) + 2;
}

/** Bytes QUOTA_BYTES loses to the braces around the whole area (Firefox). */
export const AREA_OVERHEAD = 2;
