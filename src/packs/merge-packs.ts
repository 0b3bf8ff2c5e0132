import type { IndexEntity, Localized } from '../index/types';
import type { AliasSpec, EntityKind } from '../shared/definitions';
import type { ContextPack } from './pack-format';

/** Where a merged entity's background comes from: one pack's entity of that id. */
export interface EntitySource {
  /** Position of the pack in the list given to mergePacks (its rank among the enabled packs). */
  pack: number;
  entity: IndexEntity;
}

/**
 * One entity across the enabled packs: packs that define the same id describe one entity. Its
 * name, kind and role come from the pack ranked highest; its aliases and confusables from all.
 */
export interface MergedEntity {
  id: string;
  name: string;
  localNames?: Partial<Record<string, string>>;
  kind: EntityKind;
  role: Localized;
  aliases: AliasSpec[];
  never: string[];
  sources: EntitySource[];
}

/** The entities of `packs` (highest rank first), one per id, in first-seen order. */
export function mergePacks(packs: readonly ContextPack[]): MergedEntity[] {
  const byId = new Map<string, MergedEntity>();
  packs.forEach((pack, rank) => {
    for (const entity of pack.entities) {
      const merged = byId.get(entity.id);
      if (!merged) {
        byId.set(entity.id, {
          id: entity.id,
          name: entity.name,
          ...(entity.localNames ? { localNames: entity.localNames } : {}),
          kind: entity.kind,
          role: entity.role,
          aliases: [...entity.aliases],
          never: [...entity.never],
          sources: [{ pack: rank, entity }],
        });
        continue;
      }
      merged.sources.push({ pack: rank, entity });
      const known = new Set(merged.aliases.map((a) => a.text));
      for (const alias of entity.aliases) if (!known.has(alias.text)) merged.aliases.push(alias);
      merged.never = [...new Set([...merged.never, ...entity.never])];
      // A local name the higher pack lacks (a Spanish name only the Spanish pack gives) is still the entity's.
      if (entity.localNames) merged.localNames = { ...entity.localNames, ...merged.localNames };
    }
  });
  return [...byId.values()];
}
