import type { MessageKey, Translate } from '../shared/i18n';

/**
 * A count in words: `one` (a message without the number, "1 article") when the language's plural
 * rules say "one", else `other` with the number formatted for the language ("1,234 articles").
 * browser.i18n has no plurals; English and Spanish need only these two forms.
 */
export function plural(t: Translate, language: string, count: number, one: MessageKey, other: MessageKey): string {
  return new Intl.PluralRules(language).select(count) === 'one' ? t(one) : t(other, count.toLocaleString(language));
}
