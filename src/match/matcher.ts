import type { AliasSpec, EntityKind, FuzzyIndex, MatchRules } from '../index/types';
import { AliasTrie, BLOCKED, caseMatches, inflectedChild, type AliasTarget, type TrieNode } from './alias-trie';
import { isTypoOf } from './edit-distance';
import { buildFuzzyIndex, FUZZY_MIN_LENGTH, FuzzyCorrector } from './fuzzy';
import { guardWords, hasOtherGivenName, NO_RULES, type GuardWords } from './guards';
import { fold, tokenize, type Token } from './normalize';

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
  /** Counts only if the same document names the entity otherwise (see keepSupported). */
  needsFullName?: boolean;
}

export interface Matcher {
  /** Every non-overlapping mention in `text`, left to right; at one position the longest alias wins. */
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
    const inflects = entity.kind === 'term';
    for (const alias of entity.aliases) {
      const words = tokenize(alias.text).length;
      trie.add(
        alias.text,
        {
          entity: index,
          caseRule: alias.case,
          needsFullName: alias.needsFullName === true,
          surname: entity.kind === 'person' && words === 1,
          typos: words > 1 ? words - 1 : entity.kind === 'person' || alias.case === 'exact' ? 0 : 1,
        },
        { inflects },
      );
    }
    for (const never of entity.never ?? []) {
      trie.add(never, { entity: BLOCKED, caseRule: 'any', needsFullName: false, surname: false, typos: 0 }, { inflects: false });
    }
  });
  const scanner = new Scanner(trie, guardWords(options.rules ?? NO_RULES), new FuzzyCorrector(options.fuzzy ?? buildFuzzyIndex(fuzzyVocabulary(entities))), ownNames);
  return { scan: (text) => scanner.scan(text) };
}

/**
 * What may stand between two words of one alias: spaces, dashes, periods ("U.S."), apostrophes and a
 * comma ("Washington, D.C."). Anything else (a colon, a line of other text) ends the alias.
 */
const WORD_GAP = /^[\s\p{Pd}.,'\u2019]{1,3}$/u;

interface Found {
  last: number;
  target: AliasTarget;
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
      const { target } = found;
      if (target.entity !== BLOCKED && !(target.surname && hasOtherGivenName(text, tokens, i, this.guards, this.ownNames[target.entity]!))) {
        let end = tokens[found.last]!.end;
        if (target.endsWithPeriod && text[end] === '.') end++;
        matches.push({ start: tokens[i]!.start, end, entity: target.entity, ...(target.needsFullName ? { needsFullName: true } : {}) });
      }
      i = found.last + 1;
    }
    return matches;
  }

  /** The longest alias (or confusable) starting at token `first`, checking case and typo budgets. */
  private longestAt(text: string, tokens: Token[], first: number): Found | undefined {
    let node: TrieNode | undefined = this.trie.root;
    let best: Found | undefined;
    let typos = 0;
    for (let j = first; j < tokens.length && j - first < this.trie.maxWords; j++) {
      if (j > first && !WORD_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const step = this.step(node, tokens[j]!.norm, j === first);
      if (!step) break;
      node = step.node;
      typos += step.typo ? 1 : 0;
      if (node.targets.length === 0) continue;
      const surfaces = tokens.slice(first, j + 1).map((t) => t.surface);
      const target = node.targets.find((t) => typos <= t.typos && caseMatches(t, surfaces));
      if (target) best = { last: j, target };
    }
    return best;
  }

  /** Follows one word: exactly, as an inflected term word, or as a typo of a word the trie expects. */
  private step(node: TrieNode, word: string, atRoot: boolean): { node: TrieNode; typo: boolean } | undefined {
    const exact = node.next.get(word) ?? inflectedChild(node, word);
    if (exact) return { node: exact, typo: false };
    if (this.trie.knownWords.has(word)) return undefined;
    if (atRoot) {
      // At the start of an alias, only the fuzzy vocabulary's long words are corrected (one fuse.js lookup per distinct word).
      const corrected = this.corrector.correct(word);
      const next = corrected === undefined ? undefined : node.next.get(corrected);
      return next ? { node: next, typo: true } : undefined;
    }
    // Inside an alias, the few words that may follow are checked directly ("Gustavo Pietro").
    for (const [expected, next] of node.next) {
      if (expected[0] === word[0] && isTypoOf(word, expected)) return { node: next, typo: true };
    }
    return undefined;
  }
}

