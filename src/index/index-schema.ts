import { z } from 'zod';
import { ENTITY_KINDS } from '../shared/definitions';
import { WORD_GROUPS } from '../match/matcher-data';
import { INDEX_SCHEMA_VERSION, type ContextIndex } from './types';

const mention = z.strictObject({
  article: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A word hash (hashFolded): an unsigned 32-bit integer. */
const hash = z.number().int().nonnegative().max(0xffffffff);

/** A sorted table of hashes, with a value per hash where it holds some (see match/hash-table). */
const table = z
  .strictObject({ keys: z.array(hash), values: z.array(z.number().int().nonnegative()).optional() })
  .refine((t) => t.keys.every((k, i) => i === 0 || t.keys[i - 1]! < k), 'keys must be sorted and distinct')
  .refine((t) => t.values === undefined || t.values.length === t.keys.length, 'one value per key');

/** Entity ids as messages carry them: lower-case words joined by hyphens. */
export const ENTITY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One article, as the index and a pack carry it. A link is http(s) or nothing: never script. */
export const articleSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().min(1),
  language: z.string().min(2).max(35),
  summary: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  sentences: z.array(z.string().min(1)).min(1),
  paragraphStarts: z.array(z.number().int().nonnegative()).min(1),
});

/** One entity, as the index and a pack carry it. */
export const entitySchema = z.strictObject({
  id: z.string().max(120).regex(ENTITY_ID, 'must be lower-case words joined by hyphens'),
  name: z.string().min(1),
  localNames: z.record(z.string(), z.string().min(1)).optional(),
  kind: z.enum(ENTITY_KINDS),
  role: z.looseObject({ en: z.string().min(1) }).refine((role) => Object.values(role).every((v) => typeof v === 'string'), 'every role is text'),
  aliases: z.array(z.strictObject({ text: z.string().min(1), case: z.enum(['any', 'capitalized', 'exact']), needsFullName: z.literal(true).optional() })).min(1),
  never: z.array(z.string().min(1)),
  // A reader's saved name is found on pages before any saved article names it: no mention yet.
  mentions: z.array(mention),
  related: z.array(z.strictObject({ id: z.string().regex(ENTITY_ID), sentences: z.number().int().positive() })),
});

/** The guards' word lists. */
export const rulesSchema = z.strictObject({ titles: z.array(z.string()), functionWords: z.array(z.string()), givenNames: z.array(z.string()) });

const schema = z.strictObject({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  version: z.string().min(1),
  // The build refuses an empty folder (compile.ts); a reader's saved pack may hold names alone.
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  matcher: z.strictObject({
    trie: z.strictObject({
      maxWords: z.number().int().nonnegative(),
      termFirsts: z.array(z.string().min(1)),
      buckets: table,
      entries: z.string(),
      knownWords: z.array(z.string()).length(WORD_GROUPS),
      firstBySecond: z.array(z.string()).length(WORD_GROUPS),
    }),
    kinds: z.string().regex(new RegExp(`^[0-${ENTITY_KINDS.length - 1}]*$`)),
    guards: rulesSchema,
    filter: z.strictObject({
      first: table,
      follow: table,
      firstTerms: table,
      termStems: table,
      termHeads: table,
      misspeltFirst: table,
      followLengths: table,
      fuzzyHeads: table,
      prefilter: z.array(hash),
    }),
  }),
  fuzzy: z.strictObject({ buckets: z.record(z.string(), z.strictObject({ words: z.array(z.string().min(1)) })) }),
});

/**
 * Checks the compiled index against its schema and its internal references (mentions point at real
 * sentences, related ids exist). A failure here is a compiler bug, so the message names the path.
 */
export function validateIndex(index: ContextIndex): ContextIndex {
  const result = schema.safeParse(index);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`context index does not match its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set(index.entities.map((e) => e.id));
  for (const e of index.entities) {
    for (const m of e.mentions) {
      const sentence = index.articles[m.article]?.sentences[m.sentence];
      if (sentence === undefined || m.end > sentence.length || m.start >= m.end) {
        throw new Error(`context index: entity "${e.id}" has a mention outside its sentence`);
      }
    }
    for (const r of e.related) {
      if (!ids.has(r.id)) throw new Error(`context index: entity "${e.id}" is related to unknown "${r.id}"`);
    }
  }
  return index;
}
