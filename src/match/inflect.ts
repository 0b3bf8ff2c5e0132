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
