/**
 * What a card shows for an entity, from every enabled pack that knows it: a short timeline of the
 * articles that mention it (the reader's language first, then the others, each newest first), the best
 * one to three sentences of each, the role line as the note of the pack ranked highest, and the names
 * most often mentioned beside it across all those articles.
 */
import type { IndexArticle, IndexEntity, Mention } from '../index/types';
import { displayName, type EntityKind } from '../shared/definitions';
import type { PackMeta } from './pack-format';

/** One pack's version of an entity, with the articles its mentions are in (see PackStore.entitySources). */
export interface EntitySource {
  pack: Pick<PackMeta, 'id' | 'name'>;
  rank: number;
  entity: IndexEntity;
  /** By article index in the pack: only those the entity's mentions point into. */
  articles: Map<number, IndexArticle>;
}

/** A quoted sentence split around the mentions of the entity, so the view can emphasise them. */
export interface Quote {
  sentence: number;
  parts: { text: string; mention: boolean }[];
  /**
   * For a sentence that starts with a pronoun ("He also…"): the entity's name when the sentence before
   * names it (the pronoun is most likely its), else that sentence before, shortened, to show who it is.
   */
  about?: string;
  before?: string;
}

/** One article of the timeline. */
export interface TimelineEntry {
  pack: string;
  article: number;
  title: string;
  source: string;
  date: string;
  language: string;
  url?: string;
  quotes: Quote[];
}

export interface CardModel {
  id: string;
  name: string;
  kind: EntityKind;
  /** The role line: the pack's own words, not a quote from an article. */
  note: { text: string; language: string; pack: { id: string; name: string } };
  /** Every article that mentions the entity, in the order the card lists them. */
  timeline: TimelineEntry[];
  related: { id: string; name: string }[];
}

/** Sentences quoted per article, at most. */
export const QUOTES_PER_ARTICLE = 3;
/** Articles a card model carries at most (the card shows a few, "n more articles" the rest). */
export const MAX_ARTICLES = 30;
/** Related names shown. */
export const MAX_RELATED = 8;
/** Characters of the sentence before a pronoun's, shown to say who it is. */
const CONTEXT_CHARS = 140;
/** Sentences longer than this read badly in a card: they rank lower. */
const LONG_SENTENCE = 240;

/** Sentence-initial pronouns that leave a quote without its subject. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'their', 'him', 'them', 'el', 'ella', 'ellos', 'ellas', 'su', 'sus', 'este', 'esta', 'le', 'lo', 'la']);

function startsWithPronoun(text: string): boolean {
  const first = /^[\s"'“‘«(]*([\p{L}]+)/u.exec(text)?.[1];
  return first !== undefined && PRONOUNS.has(first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * The card of one entity from its sources (highest rank first, as PackStore.entitySources gives
 * them); `nameOf` gives related entities' names (unknown ones are left out).
 */
export function timelineCard(sources: readonly EntitySource[], language: string, nameOf: (id: string) => string | undefined): CardModel | undefined {
  const top = sources[0];
  if (!top) return undefined;
  const name = displayName(top.entity, language);
  const roleLanguage = top.entity.role[language] !== undefined ? language : 'en';
  const entries: TimelineEntry[] = [];
  for (const { pack, entity, articles } of sources) {
    for (const [index, article] of articles) {
      const quotes = bestQuotes(
        article,
        entity.mentions.filter((m) => m.article === index),
        name,
      );
      if (quotes.length > 0) entries.push(entryOf(pack.id, index, article, quotes));
    }
  }
  // The same article in two packs (a story two publishers carry) is listed once.
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = e.url ?? `${e.title}\n${e.date}`;
    return !seen.has(key) && seen.add(key);
  });
  const readerFirst = (e: TimelineEntry) => (e.language === language ? 0 : 1);
  unique.sort((a, b) => readerFirst(a) - readerFirst(b) || b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  return {
    id: top.entity.id,
    name,
    kind: top.entity.kind,
    note: { text: top.entity.role[roleLanguage] ?? top.entity.role.en, language: roleLanguage, pack: { id: top.pack.id, name: top.pack.name } },
    timeline: unique.slice(0, MAX_ARTICLES),
    related: relatedAcross(sources, top.entity.id, nameOf),
  };
}

function entryOf(pack: string, article: number, a: IndexArticle, quotes: Quote[]): TimelineEntry {
  return { pack, article, title: a.title, source: a.source, date: a.date, language: a.language, ...(a.url ? { url: a.url } : {}), quotes };
}

/**
 * The best sentences of one article about the entity, in the article's order. They rank by naming
 * it in full, coming early in the article (where news writing puts who someone is), not starting
 * with a pronoun, and not being overlong.
 */
function bestQuotes(article: IndexArticle, mentions: Mention[], name: string): Quote[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const score = (sentence: number, spans: Mention[]) => {
    const text = article.sentences[sentence] ?? '';
    const fullName = spans.some((m) => /\s/.test(text.slice(m.start, m.end).trim())) ? 2 : 0;
    const early = sentence < 3 ? 1 : 0;
    return fullName + early - (startsWithPronoun(text) ? 1 : 0) - (text.length > LONG_SENTENCE ? 2 : 0);
  };
  return [...bySentence.entries()]
    .filter(([sentence]) => article.sentences[sentence] !== undefined)
    .map(([sentence, spans]) => ({ sentence, spans, score: score(sentence, spans) }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    .slice(0, QUOTES_PER_ARTICLE)
    .sort((a, b) => a.sentence - b.sentence)
    .map(({ sentence, spans }) => {
      const text = article.sentences[sentence]!;
      const quote: Quote = { sentence, parts: splitAround(text, spans) };
      if (startsWithPronoun(text)) {
        if (bySentence.has(sentence - 1)) quote.about = name;
        else if (sentence > 0) quote.before = shorten(article.sentences[sentence - 1]!, CONTEXT_CHARS);
      }
      return quote;
    });
}

/** Related entities by the sentences they share with this one, summed over every pack's articles. */
function relatedAcross(sources: readonly EntitySource[], self: string, nameOf: (id: string) => string | undefined): CardModel['related'] {
  const counts = new Map<string, number>();
  for (const { entity } of sources) for (const r of entity.related) if (r.id !== self) counts.set(r.id, (counts.get(r.id) ?? 0) + r.sentences);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .flatMap(([id]) => {
      const name = nameOf(id);
      return name === undefined ? [] : [{ id, name }];
    })
    .slice(0, MAX_RELATED);
}

/** Cuts `text` at a word boundary before `max` characters, with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

function splitAround(text: string, spans: { start: number; end: number }[]): Quote['parts'] {
  const parts: Quote['parts'] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mention: false });
    parts.push({ text: text.slice(start, end), mention: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mention: false });
  return parts;
}
