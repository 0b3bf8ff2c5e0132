/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence ("U.S. President Donald Trump",
 * "EE. UU.", "Donald J. Trump", "la Dra. Córdoba"). We prefer one long sentence to a sentence cut in
 * the middle of a name, so a cut after one is always joined again ("in the U.S. Then…" too).
 */
const ABBREVIATIONS = new Set([
  'u.s.', 'u.k.', 'u.n.', 'ee.uu.', 'ee.', 'uu.', 'mr.', 'mrs.', 'ms.', 'dr.', 'dra.', 'sr.', 'sra.', 'srta.', 'st.', 'jr.',
  'gen.', 'gral.', 'sen.', 'rep.', 'gov.', 'lt.', 'col.', 'cnel.', 'cap.', 'sgt.', 'prof.', 'inc.', 'corp.', 'ltd.', 'co.',
  'a.m.', 'p.m.', 'depto.', 'dpto.', 'vs.',
]);

/** "No." is an abbreviation before a number ("No. 5"), and a whole answer otherwise ("He said no."). */
const NUMBER_SIGN = new Set(['no.', 'nº.', 'núm.']);

/** An initial: one capital and a period ("J." in "Donald J. Trump"). */
const INITIAL = /^\p{Lu}\.$/u;

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
  for (const { segment } of segmenter.segment(paragraph)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && (endsWithAbbreviation(previous, segment) || isQuotationOpen(previous))) sentences[sentences.length - 1] = previous + segment;
    else sentences.push(segment);
  }
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

function endsWithAbbreviation(sentence: string, next: string): boolean {
  const lastWord = (sentence.trimEnd().split(/\s+/).pop() ?? '').replace(LEADING_PUNCTUATION, '');
  const word = lastWord.toLowerCase();
  if (NUMBER_SIGN.has(word)) return /^\s*\d/.test(next);
  return ABBREVIATIONS.has(word) || INITIAL.test(lastWord);
}

/**
 * Whether a quotation opened in `text` is still open: more « than », more “ than ”, or an odd number
 * of straight double quotes.
 */
function isQuotationOpen(text: string): boolean {
  let guillemets = 0;
  let curly = 0;
  let straight = 0;
  for (const char of text) {
    if (char === '«') guillemets++;
    else if (char === '»') guillemets--;
    else if (char === '“') curly++;
    else if (char === '”') curly--;
    else if (char === '"') straight++;
  }
  return guillemets > 0 || curly > 0 || straight % 2 === 1;
}
