import type { ContextIndex, EntityKind, IndexEntity, Mention } from '../index/types';

/** A quoted sentence split around the mentions of the entity, so the view can emphasise them. */
export interface Quote {
  sentence: number;
  parts: { text: string; mention: boolean }[];
}

export interface CardModel {
  id: string;
  name: string;
  kind: EntityKind;
  role: string;
  /** The role's language: the reader's, or English where the index has no role in it. */
  roleLanguage: string;
  quotes: Quote[];
  related: { id: string; name: string }[];
  source: { article: number; title: string; source: string; date: string; language: string };
}

/** How many sentences a card quotes. */
export const MAX_QUOTES = 3;
/** Sentences longer than this read badly in a card: they rank lower. */
const LONG_SENTENCE = 240;

/**
 * What a card shows for an entity, from the index alone: its role in the reader's language, the
 * most telling sentences of its article with the mentions marked, related entities and the article.
 * Sentences rank by: naming the entity in full, naming other entities too (context), not being
 * overlong; the chosen ones keep the article's order.
 */
export function cardModel(index: ContextIndex, entity: IndexEntity, language: string): CardModel {
  const articleIndex = entity.mentions[0]!.article;
  const article = index.articles[articleIndex]!;
  const bySentence = new Map<number, Mention[]>();
  for (const m of entity.mentions) {
    if (m.article !== articleIndex) continue;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  }
  const others = otherEntitiesPerSentence(index, entity, articleIndex);
  const score = (sentence: number, spans: Mention[]) => {
    const text = article.sentences[sentence]!;
    const fullName = spans.some((m) => /\s/.test(text.slice(m.start, m.end).trim())) ? 2 : 0;
    return fullName + Math.min(others.get(sentence) ?? 0, 3) - (text.length > LONG_SENTENCE ? 2 : 0);
  };
  const quotes = [...bySentence.entries()]
    .map(([sentence, spans]) => ({ sentence, spans, score: score(sentence, spans) }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    .slice(0, MAX_QUOTES)
    .sort((a, b) => a.sentence - b.sentence)
    .map(({ sentence, spans }) => ({ sentence, parts: splitAround(article.sentences[sentence]!, spans) }));

  const nameOf = (e: IndexEntity) => e.localNames?.[language] ?? e.name;
  const names = new Map(index.entities.map((e) => [e.id, nameOf(e)]));
  return {
    id: entity.id,
    name: nameOf(entity),
    kind: entity.kind,
    role: entity.role[language] ?? entity.role.en,
    roleLanguage: entity.role[language] !== undefined ? language : 'en',
    quotes,
    related: entity.related.map((r) => ({ id: r.id, name: names.get(r.id) ?? r.id })),
    source: { article: articleIndex, title: article.title, source: article.source, date: article.date, language: article.language },
  };
}

/** How many other entities each sentence of the article mentions. */
function otherEntitiesPerSentence(index: ContextIndex, self: IndexEntity, article: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of index.entities) {
    if (e === self) continue;
    const sentences = new Set(e.mentions.filter((m) => m.article === article).map((m) => m.sentence));
    for (const s of sentences) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
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
