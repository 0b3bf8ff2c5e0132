import { z } from 'zod';
import { BuildError } from './build-error';
import { ENTITY_KINDS, type AliasSpec, type CaseRule, type EntityKind, type MatchRules } from '../shared/definitions';
import type { Localized } from './types';
import { tokenize } from '../match/normalize';
import { aliasKey } from './alias-key';

/** An entity as the editors name it once in assets/context/entities.json. */
export interface OverlayEntity {
  id: string;
  name: string;
  localNames?: Partial<Record<string, string>>;
  kind: EntityKind;
  role: Localized;
  aliases: AliasSpec[];
  never: string[];
}

/** The overlay: the entities, and the word lists the matcher's guards use. */
export interface Overlay {
  entities: OverlayEntity[];
  rules: MatchRules;
}

const caseRule = z.enum(['any', 'capitalized', 'exact']);
const alias = z.union([z.string().trim().min(1), z.strictObject({ text: z.string().trim().min(1), case: caseRule.optional(), needsFullName: z.boolean().optional() })]);
const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
  name: z.string().trim().min(1),
  localNames: z.record(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'), z.string().trim().min(1)).optional(),
  kind: z.enum(ENTITY_KINDS),
  role: z.record(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'), z.string().trim().min(1)).refine((r) => 'en' in r, 'needs an "en" text'),
  aliases: z.array(alias).default([]),
  never: z.array(z.string().trim().min(1)).default([]),
});
const wordList = z.array(z.string().trim().min(1)).default([]);
const overlaySchema = z.strictObject({
  rules: z.strictObject({ titles: wordList, functionWords: wordList, givenNames: wordList }).default({ titles: [], functionWords: [], givenNames: [] }),
  entities: z.array(z.unknown()).min(1),
});

/** Names are matched only when capitalised; terms in any case. An alias may say otherwise. */
function defaultCase(kind: EntityKind): CaseRule {
  return kind === 'term' ? 'any' : 'capitalized';
}

/**
 * The first key that appears twice in one object of a valid JSON text, with its line. JSON.parse
 * keeps the last silently, so a second "aliases" would drop the first list.
 */
export function firstDuplicateKey(text: string): { key: string; line: number } | undefined {
  // One set of keys per open object, undefined for an open array.
  const open: (Set<string> | undefined)[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    else if (char === '{') open.push(new Set());
    else if (char === '[') open.push(undefined);
    else if (char === '}' || char === ']') open.pop();
    else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      // A string is a key when a colon follows it inside an object.
      if (keys && /^\s*:/.test(text.slice(end + 1, end + 32))) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, line };
        keys.add(key);
      }
      i = end;
    }
  }
  return undefined;
}

/**
 * Reads and validates the editorial overlay. Every problem throws a BuildError naming the file, the
 * entity (its id, or its position when it has none) and what is wrong.
 */
export function parseOverlay(file: string, text: string): Overlay {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BuildError(file, `is not valid JSON: ${(e as Error).message}`);
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) throw new BuildError(file, `key "${duplicate.key}" appears twice in one object (line ${duplicate.line}): JSON keeps only the last`);
  const top = overlaySchema.safeParse(json);
  if (!top.success) throw new BuildError(file, describe(top.error));

  const entities = top.data.entities.map((raw, i) => {
    const parsed = entitySchema.safeParse(raw);
    if (!parsed.success) throw new BuildError(file, describe(parsed.error), entityLabel(raw, i));
    const e = parsed.data;
    const aliases = [e.name, ...e.aliases].map((a): AliasSpec => {
      if (typeof a === 'string') return { text: a, case: defaultCase(e.kind) };
      return { text: a.text, case: a.case ?? defaultCase(e.kind), ...(a.needsFullName ? { needsFullName: true } : {}) };
    });
    for (const text of [...aliases.map((a) => a.text), ...e.never]) {
      // A token can fold to nothing (a lone combining accent, a zero-width space): that is no word either.
      if (!tokenize(text).some((t) => t.norm !== '')) throw new BuildError(file, `${JSON.stringify(text)} has no letters or digits`, e.id);
    }
    if (aliases.every((a) => a.needsFullName)) throw new BuildError(file, 'every alias needs a full name: one must stand alone', e.id);
    const never = e.never.filter((n) => {
      if (aliases.some((a) => aliasKey(a.text) === aliasKey(n))) throw new BuildError(file, `"${n}" is both an alias and in "never"`, e.id);
      return true;
    });
    return { id: e.id, name: e.name, ...(e.localNames ? { localNames: e.localNames } : {}), kind: e.kind, role: e.role as Localized, aliases: dedupe(aliases), never };
  });
  checkUnique(file, entities);
  return { entities, rules: top.data.rules };
}

function checkUnique(file: string, entities: OverlayEntity[]): void {
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const e of entities) {
    if (ids.has(e.id)) throw new BuildError(file, 'id is used by more than one entity', e.id);
    ids.add(e.id);
    for (const a of e.aliases) {
      const key = aliasKey(a.text);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== e.id) {
        throw new BuildError(file, `alias "${a.text}" is also an alias of "${owner}"; an alias must name one entity`, e.id);
      }
      owners.set(key, e.id);
    }
  }
}

/** Drops aliases that fold to the same words with the same case rule ("Rodríguez" listed twice). */
function dedupe(aliases: AliasSpec[]): AliasSpec[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = `${a.case}:${a.case === 'exact' ? a.text : aliasKey(a.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function entityLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`).join('; ');
}
