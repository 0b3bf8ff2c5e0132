import { BLOCKED, childAt, childWords, inflectedWord, newNode, type AliasTarget, type TrieNode } from './alias-trie';
import { caseMatches } from './case-rule';
import { isTypoOf } from './edit-distance';
import type { FuzzyCorrector } from './fuzzy';
import type { GuardWords } from './guards';
import type { PageTrie } from './lazy-trie';
import { isCapitalizedAt, type Token } from './normalize';
import { acceptMatch, type TextMatch, type Walked } from './text-match';
import { isWordGap, onlySpaceBetween, type Tokens } from './tokens';
import { OTHER_LETTER, type WordIndex } from './word-index';

export type { TextMatch } from './text-match';

interface Found extends Walked {
  /** Other entities' targets for the same words, when the alias is shared (all need the full name). */
  rivals?: AliasTarget[];
}

interface Step {
  node: TrieNode;
  /** Tokens consumed: 2 for a hyphenated compound read as one word. */
  tokens: number;
  typo: boolean;
}

/** Typo verdicts kept per trie node (see Scanner.typoChild). */
const MAX_TYPO_VERDICTS = 4096;

/** One target per entity (an entity may reach the same words by two of its aliases). */
function uniqueEntities(targets: AliasTarget[]): AliasTarget[] {
  const seen = new Set<number>();
  return targets.filter((t) => !seen.has(t.entity) && seen.add(t.entity));
}

/** The trie walk from the words the candidate filter let through; acceptMatch then applies the guards on the surroundings. */
export class Scanner {
  /** See stepTo. */
  private readonly lastStep: Step = { node: newNode(), tokens: 1, typo: false };
  /** Where the walk's words so far stand among the text's words (see longestAt), one array for every walk. */
  private readonly walked: number[] = [];

  constructor(
    private readonly trie: PageTrie,
    private readonly guards: GuardWords,
    private readonly corrector: FuzzyCorrector,
  ) {}

  /** Whether word k is a misspelt vocabulary word (`next` false) or first word before word k+1 (true). */
  isTypoAt(tokens: Tokens, k: number, next: boolean): boolean {
    return this.typoAtRoot(tokens.at(k)!.norm, next ? tokens.at(k + 1) : undefined, !next) !== undefined;
  }

  /** Whether word j can follow word k (a first word) on the way to an alias. */
  followsAt(tokens: Tokens, k: number, j: number): boolean {
    const node = this.trie.child(tokens.at(k)!.norm);
    return node !== undefined && this.step(node, tokens, j, false) !== undefined;
  }

  /**
   * The matches in the text of `tokens` that start at `candidates` (the words the filter let
   * through, in text order), by a walk through the trie from each, then the guards on the surroundings.
   */
  matchesAt(tokens: Tokens, candidates: Int32Array): TextMatch[] {
    const { text, words } = tokens;
    const matches: TextMatch[] = [];
    let free = 0;
    for (let c = 0; c < candidates.length; c++) {
      const k = candidates[c]!;
      if (words.start[k]! < free) continue;
      const found = this.longestAt(text, tokens, words.count, k);
      if (!found) continue;
      const match = acceptMatch(text, tokens, k, found, this.trie, this.guards);
      if (match) matches.push(match);
      // An alias several entities share (two packs' "Rodríguez"): one conditional mention each, and
      // the page shows the one it names otherwise too, if only one (see guards.shows).
      if (match && found.rivals) {
        const group = [match];
        for (const rival of found.rivals) {
          const other = acceptMatch(text, tokens, k, { last: found.last, target: rival }, this.trie, this.guards);
          if (other) group.push(other);
        }
        if (group.length > 1) for (const m of group) m.rivals = group.filter((o) => o !== m).map((o) => o.entity);
        matches.push(...group.slice(1));
      }
      free = words.end[found.last]!;
    }
    return matches;
  }

  /** The longest alias (or confusable) starting at token `first`, checking case and typo budgets. */
  private longestAt(text: string, tokens: Tokens, count: number, first: number): Found | undefined {
    let node: TrieNode = this.trie.root;
    let best: Found | undefined;
    let typos = 0;
    let middleSkipped = false;
    const walked = this.walked;
    walked.length = 0;
    const words = tokens.words;
    for (let j = first; j < count; ) {
      if (j > first) {
        // No word leads on from here and no middle name may stand here (most one-word aliases): the
        // walk ends without reading the next word.
        if (node.next.size === 0 && !node.middleName && !node.waits) break;
        if (!isWordGap(text, words.end[j - 1]!, words.start[j]!)) break;
        // Nor does a word that no child has, nor its first letter ("Trump said"): told from numbers.
        if (this.leadsNowhere(node, text, tokens, j)) break;
      }
      const step = this.step(node, tokens, j, j === first);
      if (!step) {
        // One middle name the alias does not list: "Marco Antonio Rubio", with spaces only around it
        // ("Donald Tusk, Trump" names two people).
        if (
          node.middleName &&
          !middleSkipped &&
          isCapitalizedAt(text, words.start[j]!, words.end[j]!) &&
          j + 1 < count &&
          onlySpaceBetween(text, words.end[j - 1]!, words.start[j]!) &&
          onlySpaceBetween(text, words.end[j]!, words.start[j + 1]!)
        ) {
          middleSkipped = true;
          j++;
          continue;
        }
        break;
      }
      node = step.node;
      typos += step.typo ? 1 : 0;
      walked.push(j);
      j += step.tokens;
      if (walked.length > this.trie.maxWords) break;
      if (node.targets.length === 0) continue;
      // The first target that fits, and how many do, without an array per step (one, nearly always).
      let target: AliasTarget | undefined;
      let fits = 0;
      for (let i = 0; i < node.targets.length; i++) {
        const t = node.targets[i]!;
        if (typos <= t.typos && caseMatches(t, text, words, walked)) {
          target ??= t;
          fits++;
        }
      }
      if (!target) continue;
      // A skipped middle word inside a run of capitalised words is a headline's ("Delcy Meets Trump
      // Envoy"), not a middle name.
      if (middleSkipped && this.capitalizedNext(text, words, j)) continue;
      // A term of a pack ranked lower does not take a longer reading from a term of one ranked
      // higher ("extradition requests" stays the first pack's "extradition"): rank decides, as for names.
      const shorter = best?.target.termRank;
      if (shorter !== undefined && target.termRank !== undefined && target.termRank > shorter) continue;
      // Entities that share these words (two packs' "Petro"): the first is the pack ranked highest;
      // the page decides between them (see guards.shows).
      const entity = target.entity;
      const rivals = fits > 1 && entity !== BLOCKED ? node.targets.filter((t) => t.entity !== entity && t.entity !== BLOCKED && typos <= t.typos && caseMatches(t, text, words, walked)) : undefined;
      best = rivals && rivals.length > 0 ? { last: j - 1, target, rivals: uniqueEntities(rivals) } : { last: j - 1, target };
    }
    return best;
  }

  /**
   * Whether word j cannot step from `node`, told from its hash and first letter alone: no child has
   * its hash, none starts with its letter (a typo keeps it), and nothing else may stand there (a term
   * word's inflected form, a compound, a middle name, a branch not all put in yet).
   */
  private leadsNowhere(node: TrieNode, text: string, tokens: Tokens, j: number): boolean {
    if (node.middleName || node.termWords || node.waits || tokens.hyphenAfter(j)) return false;
    const known = childWords(node);
    if (known.hashes.has(tokens.words.hash[j]!)) return false;
    const letter = tokens.words.firstLetter(text, j);
    return letter !== OTHER_LETTER && (known.letters & (1 << letter)) === 0;
  }

  /** Whether word `j` is capitalised and follows word j-1 across spaces only. */
  private capitalizedNext(text: string, words: WordIndex, j: number): boolean {
    return j > 0 && j < words.count && isCapitalizedAt(text, words.start[j]!, words.end[j]!) && onlySpaceBetween(text, words.end[j - 1]!, words.start[j]!);
  }

  /**
   * The step to `node`, in the one Step object the scanner keeps: every caller reads a step before
   * it asks for the next, and a walk takes thousands of steps on a page that names many people.
   */
  private stepTo(node: TrieNode, tokens: number, typo: boolean): Step {
    const step = this.lastStep;
    step.node = node;
    step.tokens = tokens;
    step.typo = typo;
    return step;
  }

  /** The child of `node` for `word`: the root's children are made as they are asked for (see PageTrie.child). */
  private childOf(node: TrieNode, word: string, atRoot: boolean): TrieNode | undefined {
    return atRoot ? this.trie.child(word) : node.waits ? this.trie.next(node, word) : node.next.get(word);
  }

  /**
   * Follows one word from `node`: exactly, as an inflected term word, as a hyphenated compound, or
   * as a typo of a word the trie expects.
   */
  private step(node: TrieNode, tokens: Tokens, j: number, atRoot: boolean): Step | undefined {
    // A hyphenated compound read as one word comes first: "narco-tráfico" is "narcotráfico". The next
    // word is made only when a hyphen stands before it.
    if (tokens.hyphenAfter(j)) {
      const compound = this.childOf(node, tokens.at(j)!.norm + tokens.at(j + 1)!.norm, atRoot);
      if (compound) return this.stepTo(compound, 2, false);
    }
    const exact = this.exactChild(node, tokens, j, atRoot);
    if (exact) return this.stepTo(exact, 1, false);
    // Nearly every step is exact: the word's string is made only past this point.
    const word = tokens.at(j)!.norm;
    const termWord = inflectedWord(node, word);
    const inflected = termWord === undefined ? undefined : this.childOf(node, termWord, atRoot);
    if (inflected) return this.stepTo(inflected, 1, false);
    if (this.trie.isKnown(word)) return undefined;
    if (atRoot) return this.typoAtRoot(word, tokens.at(j + 1), true);
    const child = this.typoChild(node, word);
    return child ? this.stepTo(child, 1, true) : undefined;
  }

  /**
   * The child of `node` for word j exactly, found by the word's hash and checked where it stands in
   * the text, with no string made (see childAt); a branch whose longer names wait for their second
   * word puts that word's in as it is asked, by string (see PageTrie.next).
   */
  private exactChild(node: TrieNode, tokens: Tokens, j: number, atRoot: boolean): TrieNode | undefined {
    const { words, text } = tokens;
    if (atRoot) return this.trie.childAt(words.hash[j]!, text, words.start[j]!, words.end[j]!);
    if (node.waits) return this.trie.next(node, tokens.at(j)!.norm);
    return childAt(node, words.hash[j]!, text, words.start[j]!, words.end[j]!);
  }

  /**
   * Inside an alias, the child of `node` that `word` is a typo of ("Gustavo Pietro"): the few words
   * that may follow are checked directly. Remembered per node and word: a page that names someone
   * often has the same word after the name again and again ("Petro said").
   */
  private typoChild(node: TrieNode, word: string): TrieNode | undefined {
    const verdicts = (node.typos ??= new Map());
    let child = verdicts.get(word);
    if (child === undefined) {
      // A feed scrolled for hours meets ever more words: the verdicts are let go now and then.
      if (verdicts.size >= MAX_TYPO_VERDICTS) verdicts.clear();
      child = null;
      for (const [expected, candidate] of this.trie.childrenStartingWith(node, word[0] ?? '')) {
        if (isTypoOf(word, expected)) {
          child = candidate;
          break;
        }
      }
      verdicts.set(word, child);
    }
    return child ?? undefined;
  }

  /**
   * A misspelt first word: a long word of the fuzzy vocabulary (one fuse.js lookup per distinct
   * word), or the first word of a multi-word alias whose second word follows exactly ("Donal Trump").
   */
  private typoAtRoot(word: string, next: Token | undefined, fuzzy: boolean): Step | undefined {
    // A given name is someone's name as written, not a misspelt one ("Mario Rubio" is not Marco).
    if (this.trie.isKnown(word) || this.guards.givenNames.has(word)) return undefined;
    const corrected = fuzzy ? this.corrector.correct(word) : undefined;
    const node = corrected === undefined ? undefined : this.trie.child(corrected);
    if (node) return this.stepTo(node, 1, true);
    const candidates = next ? this.trie.firstsBefore(next.norm) : undefined;
    // As inside a name (childrenStartingWith), a misspelt word keeps its first letter.
    const hit = candidates?.find((first) => first.charCodeAt(0) === word.charCodeAt(0) && isTypoOf(word, first));
    const hitNode = hit === undefined ? undefined : this.trie.child(hit);
    return hitNode ? this.stepTo(hitNode, 1, true) : undefined;
  }
}
