import { isAllCaps } from './case-rule';
import { isCapitalized, type Token } from './normalize';

/**
 * A text's words by index, undefined outside it (see Tokens): the guards ask for the words they
 * read, and only those are made.
 */
export interface WordsAt {
  at(i: number): Token | undefined;
  /** Whether word i starts with a lower-case ASCII letter, told without making it. */
  startsLowerCase(i: number): boolean;
}

/** The folded word lists of the overlay's rules, as sets. */
export interface GuardWords {
  titles: Set<string>;
  functionWords: Set<string>;
  givenNames: Set<string>;
}

export { NO_RULES } from './matcher-data';

const ONLY_SPACE = /^[ \t\u00a0]+$/;

/** Whether only spaces stand in text[from, to): one space, nearly always, told by its code. */
function onlySpace(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text.charCodeAt(from) === 32) || ONLY_SPACE.test(text.slice(from, to));
}

/**
 * Whether the surname at `tokens.at(at)` is preceded by someone else's given name: "Pedro Rubio",
 * "James Rodríguez", "said Jordi Rubio", "Anselmo Rubio dijo". The word just before (separated by
 * spaces only) must be capitalised, not a title ("President Petro"), a function word, day or month
 * ("When Petro…", "Monday Petro") or one of the entity's own words (`ownNames`: "Marco Rubio"). A
 * listed given name is enough; an unlisted one counts unless the words around say title case
 * ("Will Ask Trump To Block", "Than Trump on Russia"), where any word is capitalised.
 */
export function hasOtherGivenName(text: string, tokens: WordsAt, at: number, words: GuardWords, ownNames: ReadonlySet<string>): boolean {
  // Most words before a surname are not capitalised ("said Petro"): no word is made for them.
  if (tokens.startsLowerCase(at - 1)) return false;
  const before = tokens.at(at - 1);
  if (!before || !onlySpace(text, before.end, tokens.at(at)!.start)) return false;
  if (!isCapitalized(before.surface) || isAllCaps(before.surface)) return false;
  if (words.titles.has(before.norm) || words.functionWords.has(before.norm) || ownNames.has(before.norm)) return false;
  if (words.givenNames.has(before.norm)) return true;
  return !capitalizedNeighbour(text, tokens.at(at - 2), before) && !capitalizedNeighbour(text, tokens.at(at)!, tokens.at(at + 1));
}

/** Whether `first` and `second` are joined by spaces only and both capitalised: a run of title case. */
function capitalizedNeighbour(text: string, first: Token | undefined, second: Token | undefined): boolean {
  return first !== undefined && second !== undefined && onlySpace(text, first.end, second.start) && isCapitalized(first.surface) && isCapitalized(second.surface);
}

/**
 * Whether the given name at `tokens.at(at)` is followed by someone else's surname: "Delcy Gómez" for
 * Delcy Rodríguez. The next word (after spaces only) must be capitalised, not in capitals (a
 * headline), none of the entity's own words, a title or a function word, and not followed by another
 * capitalised word.
 */
export function hasOtherSurname(text: string, tokens: WordsAt, at: number, words: GuardWords, ownNames: ReadonlySet<string>): boolean {
  const after = tokens.at(at + 1);
  if (!after || !onlySpace(text, tokens.at(at)!.end, after.start)) return false;
  if (!isCapitalized(after.surface) || isAllCaps(after.surface)) return false;
  if (words.titles.has(after.norm) || words.functionWords.has(after.norm) || ownNames.has(after.norm)) return false;
  // A third capitalised word: a headline in title case ("Delcy Meets Trump Envoy"), not a full name.
  const third = tokens.at(at + 2);
  return !(third && onlySpace(text, after.end, third.start) && isCapitalized(third.surface));
}

/**
 * Whether a match of an all-capitals alias ("US") sits in a line of capitals ("… TELLS US ABOUT"),
 * where it may be an ordinary word shouted.
 */
export function inCapitalsRun(text: string, tokens: WordsAt, first: number, last: number): boolean {
  const neighbour = (i: number, gapFrom: number, gapTo: number) => {
    const t = tokens.at(i);
    return t !== undefined && onlySpace(text, gapFrom, gapTo) && isAllCaps(t.surface) && /^\p{L}+$/u.test(t.surface);
  };
  const before = tokens.at(first - 1);
  const after = tokens.at(last + 1);
  return (before !== undefined && neighbour(first - 1, before.end, tokens.at(first)!.start)) || (after !== undefined && neighbour(last + 1, tokens.at(last)!.end, after.start));
}

/**
 * Why a mention may not stand on its own; the document decides (see isShown).
 * - `needs-full-name`: a common surname alone ("Rodríguez").
 * - `surname`: a person's one-word alias ("Rubio").
 * - `other-person`: the surname of someone else ("Pedro Rubio"); never shown, but it casts doubt.
 */
export type MentionCondition = 'needs-full-name' | 'surname' | 'other-person';

/** What a document says of one entity, for the conditional mentions. */
export interface EntityStats {
  /** Mentions that name the entity without needing the full name (full names and plain surnames). */
  named: number;
  /** Mentions by a full, multi-word or unconditional alias. */
  fullNamed: number;
  /** Surnames of other people ("Pedro Rubio" for Marco Rubio). */
  others: number;
}

export function emptyStats(): EntityStats {
  return { named: 0, fullNamed: 0, others: 0 };
}

/** Adds (`delta` 1) or removes (-1) one mention's weight in its entity's stats. */
export function countMention(stats: EntityStats, condition: MentionCondition | undefined, delta: 1 | -1): void {
  if (condition === undefined) {
    stats.named += delta;
    stats.fullNamed += delta;
  } else if (condition === 'surname') stats.named += delta;
  else if (condition === 'other-person') stats.others += delta;
}

/**
 * Whether a mention is shown, given what its document says of the entity: a common surname only
 * beside another mention that names the entity; a lone surname not where the page names another
 * person of that surname and never this one in full ("Pedro Rubio … Rubio, 58, …").
 */
export function isShown(condition: MentionCondition | undefined, stats: EntityStats): boolean {
  switch (condition) {
    case undefined:
      return true;
    case 'other-person':
      return false;
    case 'needs-full-name':
      return stats.named > 0;
    case 'surname':
      return !(stats.others > 0 && stats.fullNamed === 0);
  }
}

/**
 * Whether a mention tells what the document names: not one whose words several entities share,
 * except as the surname of someone else ("Anselmo Rubio"), which casts the same doubt whoever shares it.
 */
export function countsAsEvidence(match: GuardedMatch): boolean {
  return match.rivals === undefined || match.condition === 'other-person';
}

/** A match as the document-level guards need it. */
export interface GuardedMatch {
  entity: number;
  condition?: MentionCondition;
  /** Entities that share the words of this mention (see TextMatch.rivals). */
  rivals?: readonly number[];
  /** People of the same surname this full name is not (see TextMatch.surnameOf). */
  surnameOf?: readonly number[];
}

/**
 * Whether a mention is shown, given what the document says of each entity (`statsOf`): its own
 * condition, and for words several entities share, that the document names none of the rivals
 * otherwise. Shared mentions count for no one (see countsAsEvidence): the entity ranked first is
 * shown where the page names none of them; a page naming two of them leaves the words unpainted.
 */
export function shows(match: GuardedMatch, statsOf: (entity: number) => EntityStats): boolean {
  if (!isShown(match.condition, statsOf(match.entity))) return false;
  return match.rivals === undefined || !match.rivals.some((rival) => statsOf(rival).named > 0);
}

/**
 * Everything shows() reads of an entity's stats, for its own mentions and for those it rivals, as
 * bits: where these are unchanged, so is every verdict that depends on the entity (see PageMatches).
 */
export function verdictInputs(stats: EntityStats): number {
  return (stats.named > 0 ? 1 : 0) | (stats.others > 0 && stats.fullNamed === 0 ? 2 : 0);
}

/** The mentions a whole document shows (a page for the scan tool, an article for the compiler). */
export function keepSupported<T extends GuardedMatch>(matches: readonly T[]): T[] {
  const stats = new Map<number, EntityStats>();
  for (const m of matches) {
    let s = stats.get(m.entity);
    if (!s) stats.set(m.entity, (s = emptyStats()));
    if (countsAsEvidence(m)) countMention(s, m.condition, 1);
    for (const other of m.surnameOf ?? []) {
      let o = stats.get(other);
      if (!o) stats.set(other, (o = emptyStats()));
      o.others += 1;
    }
  }
  const statsOf = (entity: number) => stats.get(entity) ?? emptyStats();
  return matches.filter((m) => shows(m, statsOf));
}
