/**
 * Plural forms of a folded word, for terms that appear in the plural ("700 extraditions",
 * "las extradiciones"). English and Spanish rules together: a term alias does not say its language,
 * and the extra forms of the other language are not words that could mean something else.
 */
export function pluralForms(word: string): string[] {
  if (word.length < 3) return [];
  const forms = new Set<string>();
  if (/[^aeiou]y$/.test(word)) forms.add(word.slice(0, -1) + 'ies');
  if (/[aeiou]$/.test(word)) forms.add(word + 's');
  else {
    forms.add(word + 's');
    forms.add(word + 'es');
  }
  if (word.endsWith('z')) forms.add(word.slice(0, -1) + 'ces');
  forms.delete(word);
  return [...forms];
}

/** Letters an inflected form must share with the term, at least: the key of the lookup. */
export const INFLECTION_STEM = 7;

/**
 * Whether `word` is an inflection of the term word `term`: they share a long beginning (at least seven
 * letters and 60 % of the term) — decertified / decertifying / decertification, extradited /
 * extradition, descertificada / descertificación. A different prefix never qualifies, so
 * "recertified" and "certify" stay apart from "decertification".
 */
export function isInflectionOf(word: string, term: string): boolean {
  const needed = Math.max(INFLECTION_STEM, Math.ceil(term.length * 0.6));
  if (word.length < needed) return false;
  let shared = 0;
  while (shared < word.length && shared < term.length && word[shared] === term[shared]) shared++;
  return shared >= needed;
}
