/**
 * Singular candidates of a folded word, for terms met in the plural ("700 extraditions",
 * "las extradiciones", "erradicaciones forzosas"). English and Spanish rules together: a term alias
 * does not say its language, and a wrong candidate only matters if it is itself a term word.
 */
export function singularForms(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s')) return [];
  const forms = [word.slice(0, -1)];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ces')) forms.push(word.slice(0, -3) + 'z');
  return forms;
}

/** The plurals singularForms reads back to `word`: the forms a page may write a term in. */
export function pluralForms(word: string): string[] {
  const forms = [word + 's', word + 'es'];
  if (word.endsWith('y')) forms.push(word.slice(0, -1) + 'ies');
  if (word.endsWith('z')) forms.push(word.slice(0, -1) + 'ces');
  return forms;
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
