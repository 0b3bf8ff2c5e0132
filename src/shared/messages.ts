/**
 * Every message of the extension, in one place, typed per direction and checked field by field on
 * arrival: a receiver trusts no shape. A new message is added to one of the tables below, with its
 * handler (a repo test checks that each has one).
 */
import { ENTITY_KINDS, type EntityKind } from './definitions';

type Check<T> = (value: unknown) => value is T;

const count: Check<number> = (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;
const entityId: Check<string> = (v): v is string => typeof v === 'string' && v.length < 120 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
const language: Check<string> = (v): v is string => typeof v === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v);
/** A pack id: lower-case words joined by hyphens, as pack files name them (see packs/read-pack). */
const packId: Check<string> = (v): v is string => typeof v === 'string' && v.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
/** The most of a selection a look-up sends: the background cuts it to this, the page refuses more. */
export const SELECTION_MAX_LENGTH = 500;
const selection: Check<string> = (v): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= SELECTION_MAX_LENGTH;

const text: Check<string> = (v): v is string => typeof v === 'string';
const texts: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(text);
const flag: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
/** Absent, or as `check` says. */
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || check(v);
/** An object whose fields pass their checks (extra fields are left out by the receiver's own copy). */
const shape =
  <S extends Record<string, Check<unknown>>>(fields: S): Check<Fields<S>> =>
  (v): v is Fields<S> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(fields).every(([name, check]) => check((v as Record<string, unknown>)[name]));
const entityKind: Check<EntityKind> = (v): v is EntityKind => typeof v === 'string' && (ENTITY_KINDS as readonly string[]).includes(v);
/** A saved article's id (see saved/article-keys). */
const savedId: Check<string> = (v): v is string => typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v);
/** A tab's id: browsers hand out large ones (Chromium's pass 10^9). */
const tabId: Check<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** What the capture script reads of a tab: the whole article, or the selection. */
const captureWhat: Check<'article' | 'selection'> = (v): v is 'article' | 'selection' => v === 'article' || v === 'selection';

/**
 * The fields of the reader's saved material as they travel; their sizes, dates and addresses are
 * checked by the background (saved/check-*), which answers with a problem the page can word.
 */
const savedArticle = shape({
  url: optional(text),
  title: text,
  source: text,
  date: text,
  language: text,
  paragraphs: texts,
  kind: (v): v is 'article' | 'selection' => v === 'article' || v === 'selection',
});
const savedName = shape({ name: text, kind: entityKind, note: text, spellings: texts, allowSurnameAlone: optional(flag) });
const nameEdit = shape({ kind: optional(entityKind), note: optional(text), spellings: optional(texts), allowSurnameAlone: optional(flag) });

/** Content script -> background. */
export const CONTENT_MESSAGES = {
  /** The page's annotation changed: `entities` distinct entities are shown now (0 when off). */
  'page-entities': { entities: count },
  /** The reader asked for the whole source article ("Read the article" in a card). */
  'open-article': { pack: packId, article: count, sentence: count, entity: entityId },
  /** A card opens: its content (a CardModel, see packs/card-reply) in the reader's language. */
  'get-card': { entity: entityId, language },
} as const;

/**
 * Extension page (options, popup, the capture side) -> background: the reader's saved material
 * (issue #15). Each answers a SavedReply (see saved/saved-reply); the background takes them from the
 * extension's own pages only, never from a content script.
 */
export const SAVED_MESSAGES = {
  /** Save an article or a selection; the same address or text again updates it. Value: SaveResult. */
  'save-article': { article: savedArticle },
  /** Value: SavedNameSummary. */
  'add-name': { name: savedName },
  'edit-name': { id: entityId, edit: nameEdit },
  'remove-saved-article': { id: savedId },
  'remove-saved-name': { id: entityId },
  /** Value: SavedArticleSummary[], newest first. */
  'list-saved-articles': {},
  /** Value: SavedNameSummary[]. */
  'list-saved-names': {},
  /** Value: the ContextPack of "Saved by you". */
  'export-saved-pack': {},
  /** A "Saved by you" pack file's text, merged into the saved material. Value: ImportResult. */
  'import-saved-pack': { text },
  /** Other packs changed (installed, switched, moved, removed): compile the saved pack again. */
  'refresh-saved-pack': {},
} as const;

/**
 * Extension page (the popup's button, the save window the context menu opens) -> background: read a
 * tab and save what it holds (issue #15). The background injects the capture script into the tab,
 * which the reader's click on the toolbar or the menu let it read (activeTab). Answers a SavedReply
 * whose value is a TabSaved; taken from the extension's own pages only.
 */
export const CAPTURE_MESSAGES = {
  'save-tab': { tab: tabId, what: captureWhat },
} as const;

/** Background or popup -> the content script of one tab. */
export const TAB_MESSAGES = {
  /** Keyboard access: open the card of the next mention after the reader's place. */
  'open-next-mention': {},
  /** From the popup's list: scroll to the entity's first mention, flash it, open its card. */
  'open-entity': { entity: entityId },
  /** The popup asks what the page mentions; the reply is a PageEntitiesReply. */
  'get-page-entities': {},
  /** The context menu on a selection: open the card of its best match, or say there is none. */
  'look-up': { text: selection },
} as const;

/** The content script's reply to get-page-entities: each entity shown on the page and its mentions. */
export interface PageEntitiesReply {
  entities: { id: string; count: number }[];
  /** The page is still being read (or annotation is only starting): ask again for the rest. */
  scanning?: boolean;
}

/** Checks a reply to get-page-entities; anything malformed reads as "nothing found". */
export function parsePageEntitiesReply(value: unknown): PageEntitiesReply | undefined {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { entities?: unknown }).entities)) return undefined;
  const entities = (value as { entities: unknown[] }).entities.flatMap((e) => {
    const { id, count: n } = (e ?? {}) as Record<string, unknown>;
    return entityId(id) && count(n) ? [{ id, count: n }] : [];
  });
  return (value as { scanning?: unknown }).scanning === true ? { entities, scanning: true } : { entities };
}

type Spec = Record<string, Record<string, Check<unknown>>>;
type Fields<S extends Record<string, Check<unknown>>> = { -readonly [F in keyof S]: S[F] extends Check<infer T> ? T : never };
export type MessageOf<T extends Spec> = { [K in keyof T & string]: { type: K } & Fields<T[K]> }[keyof T & string];

export type ContentMessage = MessageOf<typeof CONTENT_MESSAGES>;
export type TabMessage = MessageOf<typeof TAB_MESSAGES>;
export type SavedMessage = MessageOf<typeof SAVED_MESSAGES>;
export type CaptureMessage = MessageOf<typeof CAPTURE_MESSAGES>;

/** Narrows an unknown value to a message of `spec`, checking its type and every field; extra fields are dropped. */
export function parseMessage<T extends Spec>(spec: T, value: unknown): MessageOf<T> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(spec, type)) return undefined;
  const fields = spec[type]!;
  const message: Record<string, unknown> = { type };
  for (const [name, check] of Object.entries(fields)) {
    if (!check(raw[name])) return undefined;
    message[name] = raw[name];
  }
  return message as MessageOf<T>;
}
