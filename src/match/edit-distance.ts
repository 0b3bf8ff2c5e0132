/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as soon as
 * it exceeds `max`: typo checks only care whether two words are within one or two edits.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows reused across calls: a page makes many of these checks, and rows of fresh arrays
  // were most of their cost (allocation and the garbage collector).
  const width = b.length + 1;
  if (rows.length < width * 3) rows = new Int32Array(width * 6);
  let prevPrev = 0;
  let prev = width;
  let row = width * 2;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, rows[prevPrev + j - 2]! + 1);
      rows[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const free = prevPrev;
    prevPrev = prev;
    prev = row;
    row = free;
  }
  return rows[prev + b.length]!;
}

let rows = new Int32Array(96);

/** Edits allowed between a misspelt word and the word it stands for: longer words tolerate more. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : 1;
}

/** Letters a two-edit typo must share at its start with the word it stands for. */
const TWO_EDIT_PREFIX = 6;

/**
 * Whether `candidate` reads as a misspelling of `target`: within the typo budget, and not a
 * different word built from the same stem —
 * - the target with something added at its end is a derived word ("Colombian", "Venezuelan");
 * - the target cut by more than one letter is another word ("Canciller" for "Cancillería");
 * - two edits count only after a shared start of six letters ("glyphosphate" for "glyphosate"),
 *   so that "extracción" does not pass for "extradición".
 */
export function isTypoOf(candidate: string, target: string): boolean {
  if (candidate === target || candidate.startsWith(target)) return false;
  if (target.startsWith(candidate) && target.length - candidate.length > 1) return false;
  const budget = typoBudget(target);
  const distance = editDistance(candidate, target, budget);
  if (distance <= 1) return true;
  return distance <= budget && sharedPrefix(candidate, target) >= TWO_EDIT_PREFIX;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
