/** The pure part of the onboarding page: the command table and the marked-up sentences. No DOM. */
import type { MessageKey, Translate } from '../../shared/i18n';

/** The part of browser.commands.getAll()'s entries the page reads. */
export interface BrowserCommand {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** One row of the keyboard table. */
export interface CommandRow {
  name: string;
  description: string;
  /** The keys of the shortcut ("Alt", "Shift", "B"); empty when none is set. */
  keys: string[];
}

/**
 * The manifest's commands, in the order the page lists them, with their descriptions in the page's
 * language (the browser may localize the manifest's in another: see uiLocale in shared/browser).
 */
export const COMMAND_KEYS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  'open-next-mention': 'commandNextMention',
  'toggle-site': 'commandToggleSite',
};

const ORDER = Object.keys(COMMAND_KEYS);

/**
 * The keys of a shortcut as the browser reports it: "Alt+Shift+B" gives three; a shortcut written
 * without "+" (Chrome on a Mac writes "⌥⇧B") is kept whole, as one key cap.
 */
export function shortcutKeys(shortcut: string | undefined): string[] {
  const text = (shortcut ?? '').trim();
  if (!text) return [];
  if (!text.includes('+') || text === '+') return [text];
  return text.split(/\+(?!$)/).map((key) => key || '+');
}

/** The table rows for browser.commands.getAll(): known commands first, in manifest order, then any other. */
export function commandRows(commands: readonly BrowserCommand[], t: Translate): CommandRow[] {
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  return commands
    .filter((c): c is BrowserCommand & { name: string } => typeof c.name === 'string' && c.name !== '')
    .map((c) => {
      const key = COMMAND_KEYS[c.name];
      return { name: c.name, description: key ? t(key) : c.description || c.name, keys: shortcutKeys(c.shortcut) };
    })
    .sort((a, b) => rank(a.name) - rank(b.name));
}

/** How a marked piece of a sentence is shown: a name underlined as on a page, the name in a card's quote, a UI label, code. */
export type MarkKind = 'mention' | 'quoted' | 'label' | 'code';

export interface Mark {
  text: string;
  kind: MarkKind;
}

export type Part = { text: string; kind?: MarkKind };

/**
 * Splits a translated sentence at the texts that were substituted into it (names, button labels,
 * addresses), so the view can set them apart while translators keep whole sentences. Leftmost match
 * first, the longest at one position; marks that do not occur are ignored.
 */
export function splitMarks(text: string, marks: readonly Mark[]): Part[] {
  const parts: Part[] = [];
  const usable = marks.filter((m) => m.text !== '');
  let rest = text;
  while (rest) {
    let best: { at: number; mark: Mark } | undefined;
    for (const mark of usable) {
      const at = rest.indexOf(mark.text);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && mark.text.length > best.mark.text.length)) best = { at, mark };
    }
    if (!best) {
      parts.push({ text: rest });
      break;
    }
    if (best.at > 0) parts.push({ text: rest.slice(0, best.at) });
    parts.push({ text: best.mark.text, kind: best.mark.kind });
    rest = rest.slice(best.at + best.mark.text.length);
  }
  return parts;
}
