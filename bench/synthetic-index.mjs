// A synthetic context index of 10,000 entities: the size the matcher is asked to scale to.
//
// Names are built like real ones — given name + surname, "Ministry of X", "San X", two-word terms —
// so the trie's first levels are as crowded as a real large index's ("Maria …", "Ministry of …",
// "public …" each lead to a hundred entries or more). Every alias also carries a made-up word that
// is not in the benchmark text, nor a typo or an inflection of one of its words (the matcher
// forgives both), so the text's matches are the real index's and nothing more: the timing
// difference is the cost of a bigger index, not of more output.
import { GIVEN_NAMES, randomSource } from './news-prose.mjs';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'ch', 'gr', 'tr', 'st', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'nd', 'rt'];
const ORG_WORDS = ['Group', 'Holdings', 'Party', 'Institute', 'Foundation', 'Bank', 'Council', 'Alliance', 'Agency', 'Front'];
const PLACE_WORDS = ['Province', 'Valley', 'City', 'Island', 'Department', 'Bay'];
const TERM_LEADS = ['public', 'national', 'fiscal', 'forced', 'drug', 'voluntary', 'crop', 'illegal', 'tax', 'social'];

const titleCase = (/** @type {string} */ word) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Levenshtein distance, or max + 1 once it is sure to exceed `max`.
 * @param {string} a
 * @param {string} b
 * @param {number} max
 */
function distanceUpTo(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Both rows have b.length + 1 cells: every index read below is inside them.
  const at = (/** @type {number[]} */ cells, /** @type {number} */ j) => /** @type {number} */ (cells[j]);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return at(prev, b.length);
}

/**
 * A test for "the matcher could read a word of the text as `word`": the same word, a typo (two edits
 * at most) or a word sharing its first four letters (an inflection).
 * @param {Set<string>} vocabulary
 */
function nearVocabulary(vocabulary) {
  /** @type {Map<string | undefined, string[]>} */
  const byFirst = new Map();
  for (const w of vocabulary) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  return (/** @type {string} */ word) => (byFirst.get(word[0]) ?? []).some((w) => w.slice(0, 4) === word.slice(0, 4) || distanceUpTo(w, word, 2) <= 2);
}

/**
 * `count` entities: the real ones first (so their positions, and the text's matches, are the same as
 * with the real index), then synthetic ones whose made-up words are not in `vocabulary`.
 * @param {import('../src/match/matcher').MatchableEntity[]} realEntities
 * @param {Set<string>} vocabulary lower-cased words of the text the index will scan
 * @param {{ count?: number, seed?: number }} [options]
 * @returns {import('../src/match/matcher').MatchableEntity[]}
 */
export function syntheticIndex(realEntities, vocabulary, { count = 10_000, seed = 11 } = {}) {
  const rng = randomSource(seed);
  /** @type {Set<string>} */
  const used = new Set();
  const isNear = nearVocabulary(vocabulary);
  // A made-up word the text cannot be read as, never reused.
  const coined = () => {
    for (;;) {
      const word = Array.from({ length: rng.int(2, 3) }, () => rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS)).join('');
      if (used.has(word) || isNear(word)) continue;
      used.add(word);
      return word;
    }
  };
  /** @type {Record<'person' | 'organization' | 'place' | 'term', () => import('../src/shared/definitions').AliasSpec[]>} */
  const makers = {
    person: () => {
      const surname = titleCase(coined());
      const full = `${rng.pick(GIVEN_NAMES)} ${surname}`;
      return [
        { text: full, case: 'capitalized' },
        { text: surname, case: 'capitalized' },
      ];
    },
    organization: () => {
      const name = rng.pick([`Ministry of ${titleCase(coined())}`, `National ${titleCase(coined())} Council`, `${titleCase(coined())} ${rng.pick(ORG_WORDS)}`]);
      const acronym = name
        .split(' ')
        .filter((w) => w !== 'of')
        .map((w) => w[0])
        .join('')
        .toUpperCase();
      return [
        { text: name, case: 'capitalized' },
        { text: `${acronym}${coined().slice(0, 2).toUpperCase()}`, case: 'exact' },
      ];
    },
    place: () => {
      const word = titleCase(coined());
      return [{ text: rng.pick([word, `San ${word}`, `Port ${word}`, `${word} ${rng.pick(PLACE_WORDS)}`]), case: 'capitalized' }];
    },
    term: () => [
      { text: `${rng.pick(TERM_LEADS)} ${coined()}`, case: 'any' },
      { text: coined(), case: 'any' },
    ],
  };
  // Roughly the mix of a news index: mostly people, then institutions and places, some terms.
  /** @type {(keyof typeof makers)[]} */
  const kinds = ['person', 'person', 'person', 'person', 'person', 'organization', 'organization', 'place', 'place', 'term'];
  const synthetic = Array.from({ length: count - realEntities.length }, (_, i) => {
    const kind = rng.pick(kinds);
    return { id: `synthetic-${i}`, kind, aliases: makers[kind]() };
  });
  return [...realEntities, ...synthetic];
}
