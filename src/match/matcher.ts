import type { AliasSpec, EntityKind, FuzzyIndex, MatchRules } from '../index/types';
import { AliasTrie, BLOCKED, inflectedChild, type AliasTarget, type TrieNode } from './alias-trie';
import { caseMatches } from './case-rule';
import { isTypoOf } from './edit-distance';
import { buildFuzzyIndex, FUZZY_MIN_LENGTH, FuzzyCorrector } from './fuzzy';
import { guardWords, hasOtherGivenName, inCapitalsRun, NO_RULES, type GuardWords, type MentionCondition } from './guards';
import { isCapitalized, tokenize, type Token } from './normalize';

/** The part of an entity the matcher needs; the context index's entities fit it. */
export interface MatchableEntity {
  id: string;
  kind: EntityKind;
  aliases: readonly AliasSpec[];
  /** Confusables that never match it. */
  never?: readonly string[];
}

/** An entity found in a text: `[start, end)` offsets into that text. */
export interface TextMatch {
  start: number;
  end: number;
  /** Index of the entity in the list the matcher was built from. */
  entity: number;
  /** Set when the document decides whether it is shown (see guards.isShown). */
  condition?: MentionCondition;
}

export interface Matcher {
  /**
   * Every non-overlapping mention in `text`, left to right; at one position the longest alias wins.
   * Conditional mentions are included: run the document through keepSupported (or PageMatches).
   */
  scan(text: string): TextMatch[];
}

export interface MatcherOptions {
  rules?: MatchRules;
  /** The fuzzy index shipped with the context index; built from the entities when absent. */
  fuzzy?: FuzzyIndex;
}

/** The words misspellings are corrected to: one-word aliases of places, organisations and terms. */
export function fuzzyVocabulary(entities: readonly MatchableEntity[]): string[] {
  const words = new Set<string>();
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const a of e.aliases) {
      const tokens = tokenize(a.text);
      if (tokens.length === 1 && a.case !== 'exact' && tokens[0]!.norm.length >= FUZZY_MIN_LENGTH) words.add(tokens[0]!.norm);
    }
  }
  return [...words].sort();
}

/** Builds the matcher used by both the index compiler and the content script. */
export function createMatcher(entities: readonly MatchableEntity[], options: MatcherOptions = {}): Matcher {
  const trie = new AliasTrie();
  const ownNames = entities.map((e) => new Set(e.aliases.flatMap((a) => tokenize(a.text).map((t) => t.norm))));
  entities.forEach((entity, index) => {
    const person = entity.kind === 'person';
    for (const alias of entity.aliases) {
      const words = tokenize(alias.text).length;
      trie.add(
        alias.text,
        {
          entity: index,
          caseRule: alias.case,
          needsFullName: alias.needsFullName === true,
          surname: person && words === 1,
          typos: words > 1 ? words - 1 : person || alias.case === 'exact' ? 0 : 1,
        },
        { inflects: entity.kind === 'term', person },
      );
    }
    for (const never of entity.never ?? []) {
      trie.add(never, { entity: BLOCKED, caseRule: 'any', needsFullName: false, surname: false, typos: 0 }, { inflects: false, person: false });
    }
  });
  const fuzzy = new FuzzyCorrector(options.fuzzy ?? buildFuzzyIndex(fuzzyVocabulary(entities)));
  const scanner = new Scanner(trie, guardWords(options.rules ?? NO_RULES), fuzzy, ownNames);
  return { scan: (text) => scanner.scan(text) };
}

/**
 * What may stand between two words of one alias: spaces, dashes, periods ("U.S."), apostrophes and a
 * comma ("Washington, D.C."). Anything else (a colon, a line of other text) ends the alias.
 */
const WORD_GAP = /^[\s\p{Pd}.,'\u2019]{1,3}$/u;
/** A hyphen inside a compound: "de-certification", "narco-tráfico" are also read as one word. */
const HYPHEN = /^[-\u2010\u2011]$/;
const CURRENCY = /^\p{Sc}/u;

interface Found {
  /** Index of the last token of the match. */
  last: number;
  target: AliasTarget;
}

interface Step {
  node: TrieNode;
  /** Tokens consumed: 2 for a hyphenated compound read as one word. */
  tokens: number;
  typo: boolean;
}

class Scanner {
  constructor(
    private readonly trie: AliasTrie,
    private readonly guards: GuardWords,
    private readonly corrector: FuzzyCorrector,
    private readonly ownNames: Set<string>[],
  ) {}

  scan(text: string): TextMatch[] {
    const tokens = tokenize(text);
    const matches: TextMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.longestAt(text, tokens, i);
      if (!found) {
        i++;
        continue;
      }
      const match = this.accept(text, tokens, i, found);
      if (match) matches.push(match);
      i = found.last + 1;
    }
    return matches;
  }

  /** Applies the guards that look at the match's surroundings; undefined drops it. */
  private accept(text: string, tokens: Token[], first: number, { last, target }: Found): TextMatch | undefined {
    if (target.entity === BLOCKED) return undefined;
    let end = tokens[last]!.end;
    if (target.endsWithPeriod && text[end] === '.') end++;
    // "US$ 12" is a currency, not the country.
    if (CURRENCY.test(text.slice(end, end + 1))) return undefined;
    if (target.caseRule === 'exact' && inCapitalsRun(text, tokens, first, last)) return undefined;
    const match: TextMatch = { start: tokens[first]!.start, end, entity: target.entity };
    if (target.needsFullName) match.condition = 'needs-full-name';
    else if (target.surname) match.condition = 'surname';
    if (target.surname && hasOtherGivenName(text, tokens, first, this.guards, this.ownNames[target.entity]!)) match.condition = 'other-person';
    return match;
  }

  /** The longest alias (or confusable) starting at token `first`, checking case and typo budgets. */
  private longestAt(text: string, tokens: Token[], first: number): Found | undefined {
    let node: TrieNode = this.trie.root;
    let best: Found | undefined;
    let typos = 0;
    let middleSkipped = false;
    const surfaces: string[] = [];
    for (let j = first; j < tokens.length; ) {
      if (j > first && !WORD_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const step = this.step(node, text, tokens, j, j === first);
      if (!step) {
        // One middle name the alias does not list: "Marco Antonio Rubio".
        if (node.middleName && !middleSkipped && isCapitalized(tokens[j]!.surface) && j + 1 < tokens.length) {
          middleSkipped = true;
          j++;
          continue;
        }
        break;
      }
      node = step.node;
      typos += step.typo ? 1 : 0;
      surfaces.push(tokens[j]!.surface);
      j += step.tokens;
      if (surfaces.length > this.trie.maxWords) break;
      if (node.targets.length === 0) continue;
      const target = node.targets.find((t) => typos <= t.typos && caseMatches(t, surfaces));
      if (target) best = { last: j - 1, target };
    }
    return best;
  }

  /**
   * Follows one word from `node`: exactly, as an inflected term word, as a hyphenated compound, or
   * as a typo of a word the trie expects.
   */
  private step(node: TrieNode, text: string, tokens: Token[], j: number, atRoot: boolean): Step | undefined {
    const word = tokens[j]!.norm;
    const next = tokens[j + 1];
    // A hyphenated compound read as one word comes first: "narco-tráfico" is "narcotráfico".
    if (next && HYPHEN.test(text.slice(tokens[j]!.end, next.start))) {
      const joined = word + next.norm;
      const compound = node.next.get(joined);
      if (compound) return { node: compound, tokens: 2, typo: false };
    }
    const exact = node.next.get(word) ?? inflectedChild(node, word);
    if (exact) return { node: exact, tokens: 1, typo: false };
    if (this.trie.knownWords.has(word)) return undefined;
    if (atRoot) return this.typoAtRoot(word, next);
    // Inside an alias, the few words that may follow are checked directly ("Gustavo Pietro").
    for (const [expected, child] of node.next) {
      if (expected[0] === word[0] && isTypoOf(word, expected)) return { node: child, tokens: 1, typo: true };
    }
    return undefined;
  }

  /**
   * A misspelt first word: a long word of the fuzzy vocabulary (one fuse.js lookup per distinct
   * word), or the first word of a multi-word alias whose second word follows exactly ("Donal Trump").
   */
  private typoAtRoot(word: string, next: Token | undefined): Step | undefined {
    const corrected = this.corrector.correct(word);
    const node = corrected === undefined ? undefined : this.trie.root.next.get(corrected);
    if (node) return { node, tokens: 1, typo: true };
    const candidates = next ? this.trie.firstBySecond.get(next.norm) : undefined;
    const hit = candidates?.find((c) => isTypoOf(word, c.first));
    return hit ? { node: hit.node, tokens: 1, typo: true } : undefined;
  }
}
