// Small helpers for summarising and printing measurements.

/**
 * The median of the finite numbers in `values` (NaN when there are none).
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  // The list is not empty: mid, and mid - 1 when the count is even, are inside it.
  const high = /** @type {number} */ (sorted[mid]);
  if (sorted.length % 2) return high;
  const low = /** @type {number} */ (sorted[mid - 1]);
  return (low + high) / 2;
}

/**
 * A number for a table cell: `digits` decimals, "–" when missing or not finite.
 * @param {number | undefined} value
 * @param {number} [digits]
 */
export function fmt(value, digits = 1) {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/**
 * Lines of a plain-text table: the first column left-aligned, the others right-aligned.
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string[]}
 */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
