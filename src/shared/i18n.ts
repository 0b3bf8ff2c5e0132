import type en from '../../assets/_locales/en/messages.json';

/** A message name of the extension's _locales (English is the reference locale). */
export type MessageKey = keyof typeof en;

/** Looks up a UI string; views take one as a prop, so they render without the browser API. */
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

/** The UI languages Backstory has strings for. */
export type UiLanguage = 'en' | 'es';

/** The UI language for a browser language tag ("es-CO" -> "es"); English otherwise. */
export function uiLanguageOf(tag: string): UiLanguage {
  return tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * A Translate backed by the English messages: for tests and for the rare place with no browser API.
 * Substitutions replace $1, $2… as browser.i18n does for placeholders.
 */
export function translateFrom(messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>): Translate {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return key;
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      const value = content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      text = text.split(`$${name.toUpperCase()}$`).join(value);
    }
    return text;
  };
}
