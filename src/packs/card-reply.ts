import { ENTITY_KINDS } from '../shared/definitions';
import type { CardModel, Quote, TimelineEntry } from './card-timeline';

/**
 * Checks the background's answer to get-card field by field before a page renders it: anything
 * malformed reads as "no card". Every string stays a string (the card renders text, never markup),
 * a link is http(s) or dropped.
 */
export function parseCardReply(value: unknown): CardModel | undefined {
  if (!isObject(value)) return undefined;
  const { id, name, kind, note, timeline, related } = value;
  if (!str(id) || !str(name) || !ENTITY_KINDS.includes(kind as never) || !isObject(note) || !Array.isArray(timeline) || !Array.isArray(related)) return undefined;
  const pack = note.pack;
  if (!str(note.text) || !str(note.language) || !isObject(pack) || !str(pack.id) || !str(pack.name)) return undefined;
  const entries = timeline.map(entryOf);
  if (entries.some((e) => e === undefined)) return undefined;
  const names = related.filter((r): r is { id: string; name: string } => isObject(r) && str(r.id) && str(r.name)).map((r) => ({ id: r.id, name: r.name }));
  return {
    id,
    name,
    kind: kind as CardModel['kind'],
    note: { text: note.text, language: note.language, pack: { id: pack.id, name: pack.name } },
    timeline: entries as TimelineEntry[],
    related: names,
  };
}

function entryOf(value: unknown): TimelineEntry | undefined {
  if (!isObject(value)) return undefined;
  const { pack, article, title, source, date, language, url, quotes } = value;
  if (!str(pack) || !count(article) || !str(title) || !str(source) || !str(date) || !str(language) || !Array.isArray(quotes)) return undefined;
  const checked = quotes.map(quoteOf);
  if (checked.some((q) => q === undefined)) return undefined;
  const link = str(url) && /^https?:\/\//i.test(url) ? { url } : {};
  return { pack, article, title, source, date, language, ...link, quotes: checked as Quote[] };
}

function quoteOf(value: unknown): Quote | undefined {
  if (!isObject(value) || !count(value.sentence) || !Array.isArray(value.parts)) return undefined;
  const parts = value.parts.filter((p): p is { text: string; mention: boolean } => isObject(p) && str(p.text) && typeof p.mention === 'boolean');
  if (parts.length !== value.parts.length) return undefined;
  return {
    sentence: value.sentence,
    parts: parts.map((p) => ({ text: p.text, mention: p.mention })),
    ...(str(value.about) ? { about: value.about } : {}),
    ...(str(value.before) ? { before: value.before } : {}),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length < 20_000;
}
function count(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
