import { readFileSync } from 'node:fs';
import type { ContextPack } from '../../src/packs/pack-format';

/** One article that mentions an entity: what the card says of it. */
export interface ExpectedEntry {
  source: string;
  date: string;
  language: string;
  title: string;
}

/** The articles of `file` (a pack) that mention entity `id`, as a card lists them. */
export function entriesOf(pack: Pick<ContextPack, 'articles' | 'entities'>, id: string): ExpectedEntry[] {
  const entity = pack.entities.find((e) => e.id === id);
  const articles = [...new Set(entity?.mentions.map((m) => m.article) ?? [])].map((i) => pack.articles[i]!);
  return articles.map((a) => ({ source: a.source, date: a.date, language: a.language, title: a.title }));
}

export function readPackFile(file: string): ContextPack {
  return JSON.parse(readFileSync(file, 'utf8')) as ContextPack;
}

/**
 * The order the issue asks for: the reader's language first, each group newest first.
 */
export function timelineOrder(entries: ExpectedEntry[], language: string): ExpectedEntry[] {
  const first = (e: ExpectedEntry) => (e.language === language ? 0 : 1);
  return [...entries].sort((a, b) => first(a) - first(b) || b.date.localeCompare(a.date));
}
