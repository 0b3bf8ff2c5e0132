/**
 * Every message of the extension, in one place, typed per direction and checked field by field on
 * arrival: a receiver trusts no shape. A new message is added to one of the tables below, with its
 * handler (a repo test checks that each has one).
 */

type Check<T> = (value: unknown) => value is T;

const count: Check<number> = (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;
const entityId: Check<string> = (v): v is string => typeof v === 'string' && v.length < 120 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);

/** Content script -> background. */
export const CONTENT_MESSAGES = {
  /** The page's annotation changed: `entities` distinct entities are shown now (0 when off). */
  'page-entities': { entities: count },
  /** The reader asked for the whole source article ("Read the article" in a card). */
  'open-article': { article: count, sentence: count, entity: entityId },
} as const;

/** Background or popup -> the content script of one tab. */
export const TAB_MESSAGES = {
  /** Keyboard access: open the card of the next mention after the reader's place. */
  'open-next-mention': {},
  /** From the popup's list: scroll to the entity's first mention, flash it, open its card. */
  'open-entity': { entity: entityId },
} as const;

type Spec = Record<string, Record<string, Check<unknown>>>;
type Fields<S extends Record<string, Check<unknown>>> = { -readonly [F in keyof S]: S[F] extends Check<infer T> ? T : never };
export type MessageOf<T extends Spec> = { [K in keyof T & string]: { type: K } & Fields<T[K]> }[keyof T & string];

export type ContentMessage = MessageOf<typeof CONTENT_MESSAGES>;
export type TabMessage = MessageOf<typeof TAB_MESSAGES>;

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
