import { displayName, type EntityKind } from '../../shared/definitions';
import type { DirectoryEntity } from '../../packs/pack-store';
import type { PageEntitiesReply } from '../../shared/messages';

export interface ListedEntity {
  id: string;
  name: string;
  count: number;
}

/** The kinds in the order the popup lists them. */
export const KIND_ORDER: EntityKind[] = ['person', 'organization', 'place', 'event', 'term'];

/**
 * Groups what the page mentions by kind, most mentioned first, names in the reader's language;
 * ids the index does not know (an older page script) are dropped.
 */
export function groupByKind(
  directory: readonly Pick<DirectoryEntity, 'id' | 'name' | 'localNames' | 'kind'>[],
  reply: PageEntitiesReply,
  language: string,
): { kind: EntityKind; entities: ListedEntity[] }[] {
  const byId = new Map(directory.map((e) => [e.id, e]));
  const groups = new Map<EntityKind, ListedEntity[]>();
  for (const { id, count } of reply.entities) {
    const entity = byId.get(id);
    if (!entity) continue;
    const list = groups.get(entity.kind) ?? [];
    list.push({ id, name: displayName(entity, language), count });
    groups.set(entity.kind, list);
  }
  return KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({
    kind,
    entities: groups.get(kind)!.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, language)),
  }));
}
