import { keepSupported } from './guards';
import type { Matcher } from './matcher';

/** The most characters of a selection that a "no background" card quotes back. */
export const QUOTED_SELECTION_MAX = 80;

/**
 * The entity a looked-up selection names ("Look up … in Backstory"), or undefined: no background.
 * The selection is read by the page's own matcher and guards, as a document of its own, so what a
 * page would not underline is not answered either: a confusable ("petroleum", "Colombian coffee"),
 * someone else of the surname ("James Rodríguez", "Anselmo Rubio"), a given name that is not a
 * misspelt one ("Mario"). A common surname alone ("Rodríguez") counts when the page names its
 * entity (`named`). No fuzzy search over the index: being looser than the page is how the look-up
 * used to answer "petroleum" with Gustavo Petro.
 */
export function lookUpEntity(matcher: Matcher, text: string, named: (entity: number) => boolean = () => false): number | undefined {
  const matches = matcher.scan(text);
  const shown = keepSupported(matches)[0] ?? matches.find((m) => m.condition === 'needs-full-name' && named(m.entity));
  return shown?.entity;
}

/**
 * A selection as a card quotes it: one line, at most `max` characters, cut at a word where one is
 * near and marked with an ellipsis.
 */
export function quoteSelection(text: string, max = QUOTED_SELECTION_MAX): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length <= max) return line;
  let cut = max - 1;
  const space = line.lastIndexOf(' ', cut);
  if (space > max / 2) cut = space;
  // Never half of a character outside the BMP (an emoji, a rare ideograph).
  else if (/[\uD800-\uDBFF]/u.test(line[cut - 1] ?? '')) cut--;
  return `${line.slice(0, cut).trimEnd()}…`;
}
