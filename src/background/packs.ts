import { bundledPack } from '../packs/bundled-pack';
import { timelineCard, type CardModel } from '../packs/card-timeline';
import { PackStore } from '../packs/pack-store';
import { publishPageIndex } from '../packs/publish-page-index';
import { browser } from '../shared/browser';

let opened: Promise<PackStore> | undefined;

/** The pack store, opened once per background life. */
export function packStore(): Promise<PackStore> {
  return (opened ??= (async () => {
    const builtIn = bundledPack();
    if (!builtIn) throw new Error('Backstory: built-in-pack.js is missing or from another version');
    return PackStore.open(builtIn);
  })().catch((error: unknown) => {
    opened = undefined;
    throw error;
  }));
}

/** The card of entity `id` in `language`, from every enabled pack that knows it. */
export async function cardFor(id: string, language: string): Promise<CardModel | undefined> {
  const store = await packStore();
  const sources = await store.entitySources(id);
  const relatedIds = [...new Set(sources.flatMap((s) => s.entity.related.map((r) => r.id)))];
  const names = await store.names(relatedIds, language);
  return timelineCard(sources, language, (related) => names.get(related));
}

/**
 * After an update the built-in pack may have changed: the stored page index (compiled with the old
 * one) is compiled again. With the built-in pack alone nothing is stored and nothing runs.
 */
export async function refreshPageIndex(): Promise<void> {
  await publishPageIndex(await packStore(), browser.storage.local);
}
