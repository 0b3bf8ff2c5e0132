// The dense 1 MB page: a live blog or topic page on the index's own story, where most paragraphs
// name its entities (thousands of highlights). Built from real sentences that name them: the seed
// articles' (the index) and the corpus pages' paragraphs, mixed with the generated prose of the sparse
// page, so the cost measured is the cost of each match rather than of the text walk.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newsArticles, randomSource } from './news-prose.mjs';
import { newsPageHtml } from './news-page.mjs';

/** Share of paragraphs made of real sentences that name the index's entities. */
const NAMED_SHARE = 0.7;
/** Share of those sentences from the index's own articles (the corpus gives many more, mostly Trump). */
const SEED_SHARE = 0.3;

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** @type {Record<string, string>} */
const ENTITY_REFS = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–' };
/** @param {string} text */
const decode = (text) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name) => ENTITY_REFS[name.toLowerCase()] ?? whole);

/** A paragraph's sentences (a rough split: enough to reshuffle real prose). */
const sentencesOf = (/** @type {string} */ text) => text.split(/(?<=[.!?]["”’]?)\s+(?=["“¿¡]?\p{Lu})/u);

/**
 * Real sentences that name one of the index's aliases (as written: the extension decides what it
 * paints): the index's article sentences, and the <p> text of the saved corpus pages.
 * @param {{ articles: { sentences: string[] }[], entities: { aliases: { text: string }[] }[] }} index
 * @param {string} corpusDir
 * @returns {{ seed: string[], corpus: string[] }}
 */
export function namingSentences(index, corpusDir) {
  const aliases = index.entities.flatMap((e) => e.aliases.map((a) => a.text));
  const names = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  const fromCorpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((f) => {
      const html = readFileSync(join(corpusDir, f), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
      return [...html.matchAll(/<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/gi)].flatMap((m) =>
        sentencesOf(
          decode((m[1] ?? '').replace(/<[^>]*>/g, ''))
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
    });
  const keep = (/** @type {string[]} */ sentences) => [...new Set(sentences.filter((s) => s.length >= 40 && s.length <= 400 && names.test(s)))];
  return { seed: keep(index.articles.flatMap((a) => a.sentences)), corpus: keep(fromCorpus) };
}

/**
 * HTML of a dense news page of about `bytes` bytes: the sparse page's layout, with most paragraphs
 * made of real sentences that name the index's entities.
 * @param {{ index: { articles: { sentences: string[] }[], entities: { kind: string, aliases: { text: string }[] }[] }, corpusDir: string, bytes?: number, seed?: number }} options
 * @returns {string}
 */
export function densePageHtml({ index, corpusDir, bytes = 1_000_000, seed = 11 }) {
  const { seed: fromSeed, corpus } = namingSentences(index, corpusDir);
  /** @type {typeof newsArticles} */
  const articles = (options) => {
    const rng = randomSource((options.seed ?? 1) + 2);
    const sentence = () => rng.pick(rng.next() < SEED_SHARE ? fromSeed : corpus);
    // The first paragraph stays the story's dek; the others are, more often than not, real reporting.
    return newsArticles(options).map((article) => ({
      ...article,
      paragraphs: article.paragraphs.map((p, i) => (i > 0 && rng.next() < NAMED_SHARE ? Array.from({ length: rng.int(2, 4) }, sentence).join(' ') : p)),
    }));
  };
  return newsPageHtml({ entities: index.entities, bytes, seed, articles });
}
