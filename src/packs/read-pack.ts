import { z } from 'zod';
import { articleSchema, entitySchema, rulesSchema } from '../index/index-schema';
import { BUILT_IN_PACK_ID, MAX_PACK_BYTES, PACK_FORMAT, PACK_FORMAT_VERSION, type ContextPack } from './pack-format';

/**
 * Why a file is not an installable pack, as data: the options page words it in the reader's language
 * (see describePackProblem). `path` is where in the file, `entity` which entity.
 */
export type PackProblem =
  | { code: 'too-big'; bytes: number; limit: number }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-a-pack' }
  | { code: 'other-version'; version: number; supported: number }
  | { code: 'invalid'; path: string; detail: string; entity?: string }
  | { code: 'duplicate-entity'; entity: string }
  | { code: 'bad-reference'; entity: string; detail: string }
  | { code: 'reserved-id' };

export class PackError extends Error {
  constructor(readonly problem: PackProblem) {
    super(`not an installable pack: ${JSON.stringify(problem)}`);
  }
}

const metaSchema = z.strictObject({
  id: z
    .string()
    .max(64)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  name: z.string().trim().min(1).max(80),
  publisher: z.string().trim().min(1).max(80),
  languages: z.array(z.string().min(2).max(35)),
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  version: z.string().min(1).max(64),
  articles: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
});

const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  meta: metaSchema,
  rules: rulesSchema,
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
});

/**
 * Reads a pack file's text into a pack, or throws a PackError that says what is wrong: over the size
 * limit, cut short, not JSON, not a pack, another format version, a field that does not fit (with
 * its path and entity), two entities with one id, a mention outside its article. `bytes` is the
 * file's size, checked before anything is parsed.
 */
export function readPack(text: string, bytes: number = text.length): ContextPack {
  if (bytes > MAX_PACK_BYTES) throw new PackError({ code: 'too-big', bytes, limit: MAX_PACK_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A download or copy cut short ends mid-value; anything else that fails to parse is not JSON.
    const trimmed = text.trim();
    throw new PackError({ code: trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'not-json' });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PACK_FORMAT) throw new PackError({ code: 'not-a-pack' });
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (version !== PACK_FORMAT_VERSION) {
    throw new PackError({ code: 'other-version', version: typeof version === 'number' ? version : 0, supported: PACK_FORMAT_VERSION });
  }
  const result = packSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const entity = entityAt(raw, issue.path);
    throw new PackError({ code: 'invalid', path: issue.path.join('.'), detail: issue.message, ...(entity ? { entity } : {}) });
  }
  const pack = result.data as ContextPack;
  if (pack.meta.id === BUILT_IN_PACK_ID) throw new PackError({ code: 'reserved-id' });
  checkReferences(pack);
  return pack;
}

/** The id of the entity a schema issue is in, when it is in one. */
function entityAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'entities' || typeof path[1] !== 'number') return undefined;
  const id = (raw as { entities?: { id?: unknown }[] }).entities?.[path[1]]?.id;
  return typeof id === 'string' ? id.slice(0, 120) : `#${path[1]}`;
}

/** Ids are unique; every mention points into a sentence of the pack's own articles. */
function checkReferences(pack: ContextPack): void {
  const seen = new Set<string>();
  for (const entity of pack.entities) {
    if (seen.has(entity.id)) throw new PackError({ code: 'duplicate-entity', entity: entity.id });
    seen.add(entity.id);
    for (const m of entity.mentions) {
      const sentence = pack.articles[m.article]?.sentences[m.sentence];
      if (sentence === undefined || m.end > sentence.length || m.start >= m.end) {
        throw new PackError({ code: 'bad-reference', entity: entity.id, detail: `mention at article ${m.article}, sentence ${m.sentence} is outside its text` });
      }
    }
  }
}
