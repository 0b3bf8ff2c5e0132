/**
 * The page index: what a page's content script needs to find the names of every enabled pack, and
 * nothing more (no article text: a card's text is asked for when it opens). It is compiled from the
 * enabled packs together whenever they change, because packs that share an alias must know of each
 * other, and stored as a few JSON strings: a page parses the small candidate filter at start and the
 * aliases only when a word on it may begin one (a page that names no one never parses them).
 */
import type { EntityKind, FuzzyIndex, MatchRules } from '../index/types';
import { buildFuzzyIndex } from '../match/fuzzy';
import { fuzzyVocabulary, matcherFromData, type MatchableEntity, type Matcher } from '../match/matcher';
import { compileMatcherData, type EntityMatchData, type MatcherData } from '../match/matcher-data';
import { fold } from '../match/normalize';

export const PAGE_INDEX_FORMAT = 'backstory-page-index';
/** Bump when the shape (or the matcher data inside) changes: a page refuses another version. */
export const PAGE_INDEX_VERSION = 2;

/** What the page index is compiled from: one enabled pack's matching part. */
export interface MatchablePack {
  /** `id@version`: a page index names the packs it was compiled from, in rank order. */
  key: string;
  rules: MatchRules;
  entities: readonly MatchableEntity[];
}

/** The page index as stored and as shipped for the built-in pack alone. */
export interface PageIndexWire {
  format: typeof PAGE_INDEX_FORMAT;
  version: typeof PAGE_INDEX_VERSION;
  /** The packs it was compiled from, highest rank first ("built-in@3f2a…"). */
  packs: string[];
  /** The entity ids in matcher order, one per line. */
  ids: string;
  /** JSON of { guards, filter }: parsed at start. */
  core: string;
  /** JSON of the matcher's EntityMatchData[]: parsed when a word may start an alias. */
  entities: string;
  /** JSON of the FuzzyIndex: parsed when a word may be a misspelt name. */
  fuzzy: string;
}

/**
 * Merges the packs' entities by id (highest rank first: its kind wins; aliases and confusables are
 * the union) and marks an alias two entities share as needing the full name, for both: "Rodríguez"
 * then names whichever Rodríguez the page names in full (see guards.shows).
 */
export function mergeMatchable(packs: readonly MatchablePack[]): MatchableEntity[] {
  const byId = new Map<string, { id: string; kind: EntityKind; aliases: MatchableEntity['aliases'][number][]; never: Set<string> }>();
  for (const pack of packs) {
    for (const e of pack.entities) {
      const merged = byId.get(e.id);
      if (!merged) {
        byId.set(e.id, { id: e.id, kind: e.kind, aliases: [...e.aliases], never: new Set(e.never ?? []) });
        continue;
      }
      const known = new Set(merged.aliases.map((a) => a.text));
      for (const alias of e.aliases) if (!known.has(alias.text)) merged.aliases.push(alias);
      for (const text of e.never ?? []) merged.never.add(text);
    }
  }
  const entities = [...byId.values()];
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const a of e.aliases) {
      const key = fold(a.text);
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
  }
  return entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    aliases: e.aliases.map((a) => (owners.get(fold(a.text))!.size > 1 && !a.needsFullName ? { ...a, needsFullName: true } : a)),
    never: [...e.never],
  }));
}

/** The guards' word lists of all packs together. */
function mergeRules(packs: readonly MatchablePack[]): MatchRules {
  if (packs.length === 1) return packs[0]!.rules;
  const union = (pick: (r: MatchRules) => string[]) => [...new Set(packs.flatMap((p) => pick(p.rules)))];
  return { titles: union((r) => r.titles), functionWords: union((r) => r.functionWords), givenNames: union((r) => r.givenNames) };
}

/** Compiles the page index of `packs` (enabled, highest rank first). */
export function compilePageIndex(packs: readonly MatchablePack[]): PageIndexWire {
  const entities = mergeMatchable(packs);
  const fuzzy = buildFuzzyIndex(fuzzyVocabulary(entities));
  const data = compileMatcherData(entities, mergeRules(packs), fuzzy);
  return {
    format: PAGE_INDEX_FORMAT,
    version: PAGE_INDEX_VERSION,
    packs: packs.map((p) => p.key),
    ids: entities.map((e) => e.id).join('\n'),
    core: JSON.stringify({ guards: data.guards, filter: data.filter }),
    entities: JSON.stringify(data.entities),
    fuzzy: JSON.stringify(fuzzy),
  };
}

/** Whether `value` looks like a page index this version reads (its strings are checked when parsed). */
export function isPageIndex(value: unknown): value is PageIndexWire {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === PAGE_INDEX_FORMAT &&
    v.version === PAGE_INDEX_VERSION &&
    Array.isArray(v.packs) &&
    v.packs.every((p) => typeof p === 'string') &&
    ['ids', 'core', 'entities', 'fuzzy'].every((k) => typeof v[k] === 'string')
  );
}

/** A page index opened on a page: the matcher, and the entities' ids and kinds when asked for. */
export interface PageIndex {
  matcher: Matcher;
  /** The entity ids, in the order the matcher's entity numbers refer to. */
  ids(): readonly string[];
  kindOf(entity: number): EntityKind;
  /** How many entities it holds. */
  size(): number;
}

/** Opens a page index, parsing each part only when it is first needed. */
export function openPageIndex(wire: PageIndexWire): PageIndex {
  const core = JSON.parse(wire.core) as Pick<MatcherData, 'guards' | 'filter'>;
  let entities: EntityMatchData[] | undefined;
  let fuzzy: FuzzyIndex | undefined;
  let ids: string[] | undefined;
  const entityData = () => (entities ??= JSON.parse(wire.entities) as EntityMatchData[]);
  const data: MatcherData = {
    guards: core.guards,
    filter: core.filter,
    get entities() {
      return entityData();
    },
  };
  const lazyFuzzy: FuzzyIndex = {
    get buckets() {
      return (fuzzy ??= JSON.parse(wire.fuzzy) as FuzzyIndex).buckets;
    },
  };
  const idList = () => (ids ??= wire.ids === '' ? [] : wire.ids.split('\n'));
  return {
    matcher: matcherFromData(data, lazyFuzzy),
    ids: idList,
    kindOf: (entity) => entityData()[entity]!.kind,
    size: () => idList().length,
  };
}
