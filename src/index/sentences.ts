/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence ("U.S. President Donald Trump",
 * "EE. UU.", "Donald J. Trump", "la Dra. Córdoba"). We prefer one long sentence to a sentence cut in
 * the middle of a name, so a cut after one is always joined again ("in the U.S. Then…" too).
 */
const ABBREVIATIONS = new Set([
  'u.s.',
  'u.k.',
  'u.n.',
  'ee.uu.',
  'ee.',
  'uu.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'dra.',
  'sr.',
  'sra.',
  'srta.',
  'st.',
  'jr.',
  'gen.',
  'gral.',
  'sen.',
  'rep.',
  'gov.',
  'lt.',
  'col.',
  'cnel.',
  'sgt.',
  'prof.',
  'inc.',
  'corp.',
  'ltd.',
  'a.m.',
  'p.m.',
  'depto.',
  'dpto.',
  'vs.',
]);

/** "No." is an abbreviation before a number ("No. 5"), and a whole answer otherwise ("He said no."). */
const NUMBER_SIGN = new Set(['no.', 'nº.', 'núm.']);

/** An initial: one capital and a period ("J." in "Donald J. Trump"). */
const INITIAL = /^\p{Lu}\.$/u;
/** A capitalised word: a given name before an initial, a surname after it. */
const CAPITALISED = /^[«"“‘'([¿¡]*\p{Lu}/u;

/** Quotation marks and brackets that may open a sentence's last word (`"Mr.`, `(Dr.`). */
const LEADING_PUNCTUATION = /^[«"“‘'([¿¡]+/u;

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then joins cuts it made after an
 * abbreviation or an initial, and inside a quotation (a quoted sentence is its speaker's, and the
 * card must not show it as the article's own words).
 */
export function splitSentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: string[] = [];
  let read = 0;
  for (const { segment } of segmenter.segment(paragraph)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && (endsWithAbbreviation(previous, segment) || isInsideQuotation(previous, paragraph.slice(read)))) sentences[sentences.length - 1] = previous + segment;
    else sentences.push(segment);
    read += segment.length;
  }
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

function endsWithAbbreviation(sentence: string, next: string): boolean {
  const words = sentence.trimEnd().split(/\s+/);
  const lastWord = (words.pop() ?? '').replace(LEADING_PUNCTUATION, '');
  const word = lastWord.toLowerCase();
  if (NUMBER_SIGN.has(word)) return /^\s*\d/.test(next);
  if (ABBREVIATIONS.has(word)) return true;
  // An initial between a given name and a surname ("Donald J. Trump"); not "vitamin C. Then".
  return INITIAL.test(lastWord) && CAPITALISED.test(words.pop() ?? '') && CAPITALISED.test(next.trimStart());
}

/**
 * Whether the cut after `text` falls inside a quotation: one is open (more « than », more “ than ”,
 * an odd number of straight double quotes, leaving out inch marks such as 6'2") and `rest` of the
 * paragraph closes it. A quotation that never closes in the paragraph cuts as usual, rather than
 * run the rest of the paragraph into one sentence.
 */
function isInsideQuotation(text: string, rest: string): boolean {
  const count = (s: string, mark: string) => s.split(mark).length - 1;
  const straight = (s: string) => s.replace(/\d["']/g, '').split('"').length - 1;
  if (count(text, '«') > count(text, '»')) return rest.includes('»');
  if (count(text, '“') > count(text, '”')) return rest.includes('”') || rest.includes('"');
  return straight(text) % 2 === 1 && straight(rest) > 0;
}
