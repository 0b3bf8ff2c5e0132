import type { Overlay } from '../../index/overlay';
import { fold, isCapitalized, tokenize, type Token } from '../../match/normalize';

/** A name the article uses often that no entity of the overlay covers yet. */
export interface NameCandidate {
  /** As the article writes it most often. */
  name: string;
  count: number;
}

/** Lower-case words that stay inside a name: "Sierra de Ríos", "Ludwig van Beethoven". */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'al', 'el']);

/** How often a name must turn up to be worth an editor's look. */
export interface CandidateThresholds {
  /** Names of two or more capitalised words ("Daniel Quintero"). */
  multiWord: number;
  /** One capitalised word in mid-sentence ("Engoron"): commoner, so held to more. */
  singleWord: number;
}

const DEFAULT_THRESHOLDS: CandidateThresholds = { multiWord: 2, singleWord: 3 };

/**
 * Capitalised names the paragraphs use at least as often as the thresholds say, that are not the
 * name, an alias or a `never` of any entity of the overlay (compared folded, as the matcher does),
 * most frequent first. Titles and function words from the overlay's rules are taken off a name's
 * front ("President Gustavo Petro" is "Gustavo Petro"), and a word that opens a sentence counts only
 * inside a longer name, since its capital says nothing.
 */
export function nameCandidates(paragraphs: string[], overlay: Overlay, thresholds: CandidateThresholds = DEFAULT_THRESHOLDS): NameCandidate[] {
  const skip = new Set([...overlay.rules.titles, ...overlay.rules.functionWords].map(fold));
  const covered = new Set(overlay.entities.flatMap((e) => [...e.aliases.map((a) => a.text), ...e.never]).map(key));
  const seen = new Map<string, Map<string, number>>();
  for (const paragraph of paragraphs) {
    for (const run of capitalisedRuns(paragraph)) {
      const words = trim(run.tokens, skip);
      if (words.length === 1 && words[0] === run.tokens[0] && run.opensSentence) continue;
      // "I", "A": a capital letter alone is no name.
      if (words.length === 1 && (skip.has(words[0]!.norm) || words[0]!.surface.length < 2)) continue;
      const surface = paragraph.slice(words[0]!.start, words[words.length - 1]!.end);
      const forms = seen.get(key(surface)) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      seen.set(key(surface), forms);
    }
  }
  const candidates = [...seen]
    .filter(([k]) => !covered.has(k))
    .map(([k, forms]) => ({ key: k, name: mostFrequent(forms), count: [...forms.values()].reduce((a, b) => a + b, 0) }))
    .filter((c) => c.count >= (c.key.includes(' ') ? thresholds.multiWord : thresholds.singleWord));
  // "Fajardo" alone adds nothing to "Sergio Fajardo" above it.
  const inLonger = new Set(candidates.filter((c) => c.key.includes(' ')).flatMap((c) => c.key.split(' ')));
  return candidates
    .filter((c) => c.key.includes(' ') || !inLonger.has(c.key))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .map(({ name, count }) => ({ name, count }));
}

interface Run {
  tokens: Token[];
  opensSentence: boolean;
}

/**
 * Runs of capitalised words separated by one space, a hyphen or an initial's period, with lower-case
 * connectors between two of them. Any other punctuation ends a run: "Petro, Fajardo" is two names.
 */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  let opensSentence = false;
  const close = () => {
    while (current.length > 0 && !isCapitalized(current[current.length - 1]!.surface)) current.pop();
    if (current.length > 0) runs.push({ tokens: current, opensSentence });
    current = [];
  };
  let previousEnd = 0;
  for (const token of tokenize(text)) {
    const gap = text.slice(previousEnd, token.start);
    previousEnd = token.end;
    const previous = current[current.length - 1];
    const joined = previous !== undefined && (gap === ' ' || gap === '-' || (gap === '. ' && previous.surface.length === 1));
    if (!joined) close();
    const capital = isCapitalized(token.surface) && /\p{L}/u.test(token.surface);
    // "Mar-a-Lago": after a hyphen, a short lower-case word may sit inside a name too.
    const connector = joined && (CONNECTORS.has(token.surface) || (gap === '-' && token.surface.length <= 3));
    if (capital && current.length === 0) opensSentence = startsSentence(text, token.start);
    if (capital || connector) current.push(token);
    else close();
  }
  close();
  return runs;
}

/** Whether the word at `at` opens a sentence: nothing but quotes and brackets after a full stop. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[\s"“«‘'([¿¡—–-]+$/u, '');
  return before === '' || /[.!?:;…]$/.test(before);
}

/** Drops titles and function words from the front ("The", "President", "El"). */
function trim(tokens: Token[], skip: Set<string>): Token[] {
  let from = 0;
  while (from < tokens.length - 1 && skip.has(tokens[from]!.norm)) from++;
  return tokens.slice(from);
}

/** Folded words joined by one space: how the matcher compares names. */
function key(text: string): string {
  return tokenize(text)
    .map((t) => fold(t.surface))
    .join(' ');
}

function mostFrequent(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1])[0]![0];
}
