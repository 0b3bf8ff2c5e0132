/**
 * A "Saved by you" pack file back into saved material, to import on another browser: its articles'
 * paragraphs (sentences joined again) and its names (the entities it carries are the reader's; lent
 * entities are never exported). The file is checked here by hand, field by field, for what is read of
 * it, not by read-pack's schema: that would bring zod into the service worker, loaded at every start.
 * What the fields say (dates, addresses, lengths) is checked as any save is (check-article, check-name).
 */
import type { IndexArticle, IndexEntity } from '../index/types';
import type { PackProblem } from '../packs/read-pack';
import { MAX_PACK_BYTES, PACK_FORMAT, PACK_FORMAT_VERSION } from '../packs/pack-format';
import { ENTITY_KINDS } from '../shared/definitions';
import { wordCount } from './name-entity';
import { SavedError } from './problems';
import { SAVED_PACK_ID, type SavedArticleInput, type SavedNameInput } from './saved-types';

export interface SavedMaterial {
  articles: SavedArticleInput[];
  names: SavedNameInput[];
}

/** What is read of a pack: its articles' text and facts, its entities' names. */
export interface PackContent {
  articles: readonly Pick<IndexArticle, 'title' | 'source' | 'date' | 'language' | 'url' | 'sentences' | 'paragraphStarts'>[];
  entities: readonly Pick<IndexEntity, 'name' | 'kind' | 'role' | 'aliases'>[];
}

export function materialFromPack(pack: PackContent): SavedMaterial {
  const articles = pack.articles.map((a): SavedArticleInput => {
    const starts = [...a.paragraphStarts, a.sentences.length];
    const paragraphs = a.paragraphStarts.map((start, i) => a.sentences.slice(start, starts[i + 1]).join(' '));
    // The file does not say which were selections: one with no address was one.
    return { ...(a.url ? { url: a.url } : {}), title: a.title, source: a.source, date: a.date, language: a.language, paragraphs, kind: a.url ? 'article' : 'selection' };
  });
  const names = pack.entities.map((e): SavedNameInput => {
    const spellings = e.aliases.map((a) => a.text).filter((text) => text !== e.name);
    // The compiler marks a person's one-word spellings unless the reader let them count alone.
    const alone = e.kind === 'person' && e.aliases.some((a) => wordCount(a.text) === 1 && !a.needsFullName);
    return { name: e.name, kind: e.kind, note: e.role.en, spellings, ...(alone ? { allowSurnameAlone: true } : {}) };
  });
  return { articles, names };
}

type Check = (value: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string';
const isTexts: Check = (v) => Array.isArray(v) && v.every(isText);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ARTICLE_FIELDS: Record<string, Check> = {
  title: isText,
  source: isText,
  date: isText,
  language: isText,
  url: (v) => v === undefined || isText(v),
  sentences: isTexts,
  paragraphStarts: (v) => Array.isArray(v) && v.length > 0 && v[0] === 0 && v.every((n, i) => Number.isInteger(n) && (i === 0 || n > v[i - 1])),
};
const ENTITY_FIELDS: Record<string, Check> = {
  name: isText,
  kind: (v) => (ENTITY_KINDS as readonly unknown[]).includes(v),
  role: (v) => isObject(v) && isText(v.en),
  aliases: (v) => Array.isArray(v) && v.every((a) => isObject(a) && isText(a.text) && (a.needsFullName === undefined || typeof a.needsFullName === 'boolean')),
};

/**
 * Reads a "Saved by you" pack file, or throws a SavedError: a pack problem as read-pack words them
 * (too big, cut short, not JSON, not a pack, another version, a field that does not fit, with its
 * path), or a pack other than "Saved by you".
 */
export function readSavedPackFile(text: string): PackContent {
  const refuse = (problem: PackProblem) => new SavedError({ code: 'pack', problem });
  if (text.length > MAX_PACK_BYTES) throw refuse({ code: 'too-big', bytes: text.length, limit: MAX_PACK_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    throw refuse({ code: trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'not-json' });
  }
  if (!isObject(raw) || raw.format !== PACK_FORMAT) throw refuse({ code: 'not-a-pack' });
  if (raw.formatVersion !== PACK_FORMAT_VERSION) {
    throw refuse({ code: 'other-version', version: typeof raw.formatVersion === 'number' ? raw.formatVersion : 0, supported: PACK_FORMAT_VERSION });
  }
  const id = isObject(raw.meta) ? raw.meta.id : undefined;
  if (typeof id !== 'string') throw refuse({ code: 'invalid', path: 'meta.id', detail: 'must be text' });
  if (id !== SAVED_PACK_ID) throw new SavedError({ code: 'not-saved-pack', id: id.slice(0, 64) });
  for (const [list, fields] of [
    ['articles', ARTICLE_FIELDS],
    ['entities', ENTITY_FIELDS],
  ] as const) {
    const items = raw[list];
    if (!Array.isArray(items)) throw refuse({ code: 'invalid', path: list, detail: 'must be a list' });
    items.forEach((item, i) => {
      for (const [field, check] of Object.entries(fields)) {
        if (!isObject(item) || !check(item[field])) throw refuse({ code: 'invalid', path: `${list}.${i}.${field}`, detail: 'does not fit the pack format' });
      }
    });
  }
  return raw as unknown as PackContent;
}
