import { timelineCard, type CardModel } from './card-timeline';
import type { PackStore } from './pack-store';

/** The card of entity `id` in `language`, from every enabled pack that knows it (background, popup, article page). */
export async function cardFor(store: PackStore, id: string, language: string): Promise<CardModel | undefined> {
  const sources = await store.entitySources(id);
  const relatedIds = [...new Set(sources.flatMap((s) => s.entity.related.map((r) => r.id)))];
  const names = await store.names(relatedIds, language);
  return timelineCard(sources, language, (related) => names.get(related));
}
