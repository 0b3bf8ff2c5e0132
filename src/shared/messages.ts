/**
 * Every message of the extension, typed per direction. A new message is added here, with its
 * handler in the background's HANDLERS table (a repo test checks that each has one).
 */

/** Messages a content script sends to the background. */
export interface ContentToBackground {
  /** The page's annotation changed: `entities` distinct entities are painted now. */
  'page-entities': { entities: number };
}

export type ContentMessage = {
  [K in keyof ContentToBackground]: { type: K } & ContentToBackground[K];
}[keyof ContentToBackground];

export const CONTENT_MESSAGE_TYPES = ['page-entities'] as const satisfies readonly (keyof ContentToBackground)[];

/** Narrows an unknown value to a content message, checking every field: the background trusts no shape. */
export function parseContentMessage(value: unknown): ContentMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, entities } = value as Record<string, unknown>;
  if (type === 'page-entities' && typeof entities === 'number' && Number.isInteger(entities) && entities >= 0) {
    return { type, entities };
  }
  return undefined;
}
