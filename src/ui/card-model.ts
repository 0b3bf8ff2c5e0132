import type { ContextIndex, EntityKind, IndexEntity } from '../index/types';

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
  quotes: Quote[];
  related: { id: string; name: string }[];
  source: { title: string; source: string; date: string; language: string };
}

/** How many sentences a card quotes. */
export const MAX_QUOTES = 3;

/**
 * What a card shows for an entity, taken from the index alone: its role in the reader's language,
 * the first sentences of its article that mention it with the mentions marked, related entities
 * and the article it comes from.
 */
export function cardModel(index: ContextIndex, entity: IndexEntity, language: string): CardModel {
  const articleIndex = entity.mentions[0]!.article;
  const article = index.articles[articleIndex]!;
  const bySentence = new Map<number, { start: number; end: number }[]>();
  for (const m of entity.mentions) {
    if (m.article !== articleIndex) continue;
    const spans = bySentence.get(m.sentence) ?? [];
    spans.push(m);
    bySentence.set(m.sentence, spans);
  }
  const quotes = [...bySentence.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, MAX_QUOTES)
    .map(([sentence, spans]) => ({ sentence, parts: splitAround(article.sentences[sentence]!, spans) }));

  const names = new Map(index.entities.map((e) => [e.id, e.name]));
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    role: entity.role[language] ?? entity.role.en,
    quotes,
    related: entity.related.map((r) => ({ id: r.id, name: names.get(r.id) ?? r.id })),
    source: { title: article.title, source: article.source, date: article.date, language: article.language },
  };
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
