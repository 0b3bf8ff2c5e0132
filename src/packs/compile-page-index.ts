import type { EntityKind, MatchRules } from '../shared/definitions';
import { buildFuzzyIndex } from '../match/fuzzy';
import { fuzzyVocabulary, type MatchableEntity } from '../match/matcher';
import { compileMatcherData } from '../match/compile-matcher-data';
import { fold } from '../match/normalize';
import { matcherParts, PAGE_INDEX_FORMAT, PAGE_INDEX_VERSION, type MatchablePack, type PageIndexWire } from './page-index';

/**
 * Merges the packs' entities by id (highest rank first: its kind wins; aliases and confusables are
 * the union). An alias two entities share stays as it is for the one from the pack ranked highest
 * and needs the full name for the others: a bare "Petro" is the built-in pack's Gustavo Petro,
 * unless the page names another Petro in full (see guards.shows).
 */
export function mergeMatchable(packs: readonly MatchablePack[]): MatchableEntity[] {
  const byId = new Map<string, { id: string; kind: EntityKind; rank: number; aliases: MatchableEntity['aliases'][number][]; never: Set<string> }>();
  for (const [rank, pack] of packs.entries()) {
    for (const e of pack.entities) {
      const merged = byId.get(e.id);
      if (!merged) {
        byId.set(e.id, { id: e.id, kind: e.kind, rank, aliases: [...e.aliases], never: new Set(e.never ?? []) });
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
    // The pack ranked highest keeps the alias as it gave it; the others' entities need their full name.
    aliases: e.aliases.map((a) => (!a.needsFullName && [...owners.get(fold(a.text))!][0] !== e.id ? { ...a, needsFullName: true } : a)),
    never: [...e.never],
    ...(e.rank > 0 ? { rank: e.rank } : {}),
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
    ...matcherParts(data),
    fuzzy: JSON.stringify(fuzzy),
  };
}
