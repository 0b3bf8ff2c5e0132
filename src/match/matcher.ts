import type { AliasSpec, EntityKind } from '../index/types';
import { AliasTrie, caseMatches, type AliasTarget, type TrieNode } from './alias-trie';
import { pluralForms } from './inflect';
import { tokenize, type Token } from './normalize';

/** The part of an entity the matcher needs; the context index's entities fit it. */
export interface MatchableEntity {
  id: string;
  kind: EntityKind;
  aliases: readonly AliasSpec[];
}

/** An entity found in a text: `[start, end)` offsets into that text. */
export interface TextMatch {
  start: number;
  end: number;
  /** Index of the entity in the list the matcher was built from. */
  entity: number;
}

export interface Matcher {
  /** Every non-overlapping mention in `text`, left to right; at one position the longest alias wins. */
  scan(text: string): TextMatch[];
}

/** Builds the matcher used by both the index compiler and the content script. */
export function createMatcher(entities: readonly MatchableEntity[]): Matcher {
  const trie = new AliasTrie();
  entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      // Only terms inflect: names do not take plurals ("Petros" is not Petro).
      const forms = entity.kind === 'term' ? pluralForms : undefined;
      trie.add(alias.text, { entity: index, caseRule: alias.case }, forms);
    }
  });
  return { scan: (text) => scanTokens(text, tokenize(text), trie) };
}

function scanTokens(text: string, tokens: Token[], trie: AliasTrie): TextMatch[] {
  const matches: TextMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(text, tokens, i, trie);
    if (found) {
      let end = tokens[found.last]!.end;
      if (found.target.endsWithPeriod && text[end] === '.') end++;
      matches.push({ start: tokens[i]!.start, end, entity: found.target.entity });
      i = found.last + 1;
    } else {
      i++;
    }
  }
  return matches;
}

/**
 * What may stand between two words of one alias: spaces, dashes, periods ("U.S."), apostrophes and a
 * comma ("Washington, D.C."). Anything else (a colon, a line of other text) ends the alias.
 */
const WORD_GAP = /^[\s\p{Pd}.,'’]{1,3}$/u;

function longestAt(text: string, tokens: Token[], first: number, trie: AliasTrie): { last: number; target: AliasTarget } | undefined {
  let node: TrieNode | undefined = trie.root;
  let best: { last: number; target: AliasTarget } | undefined;
  for (let j = first; j < tokens.length && j - first < trie.maxWords; j++) {
    if (j > first && !WORD_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    node = node.next.get(tokens[j]!.norm);
    if (!node) break;
    if (node.targets.length === 0) continue;
    const surfaces = tokens.slice(first, j + 1).map((t) => t.surface);
    const target = node.targets.find((t) => caseMatches(t, surfaces));
    if (target) best = { last: j, target };
  }
  return best;
}
