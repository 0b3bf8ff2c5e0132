/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence ("U.S. President Donald Trump").
 * Only when the next sentence starts with a capital: "in the U.S. Then…" stays ambiguous, and we prefer
 * one long sentence to a sentence cut in the middle of a name.
 */
const ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'u.n.', 'mr.', 'mrs.', 'ms.', 'dr.', 'sr.', 'sra.', 'st.', 'gen.', 'sen.', 'rep.', 'gov.', 'ee.uu.', 'lt.', 'col.', 'no.']);

/** Splits a paragraph into sentences with Intl.Segmenter, then re-joins cuts made after abbreviations. */
export function splitSentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && endsWithAbbreviation(previous)) sentences[sentences.length - 1] = previous + segment;
    else sentences.push(segment);
  }
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

function endsWithAbbreviation(sentence: string): boolean {
  const lastWord = sentence.trimEnd().split(/\s+/).pop() ?? '';
  return ABBREVIATIONS.has(lastWord.toLowerCase());
}
