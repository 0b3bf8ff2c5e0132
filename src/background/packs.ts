import { cardFor as cardFromStore } from '../packs/card-for';
import type { CardModel } from '../packs/card-timeline';
import { bundledPack } from '../packs/bundled-pack';
import { packStore } from '../packs/open-store';
import { cardModel } from '../ui/card-model';
import { publishPageIndex } from '../packs/publish-page-index';
import { browser } from '../shared/browser';

/** The card of entity `id` in `language`, from every enabled pack that knows it. */
export async function cardFor(id: string, language: string): Promise<CardModel | undefined> {
  const store = await packStore().catch((error: unknown) => {
    // IndexedDB refused (a private window in some browsers): the built-in pack still has cards.
    console.error('Backstory: the installed packs could not be read', error);
    return undefined;
  });
  if (store) return cardFromStore(store, id, language);
  const pack = bundledPack();
  const entity = pack?.entities.find((e) => e.id === id);
  return pack && entity ? cardModel(pack, entity, language) : undefined;
}

/**
 * After an update the built-in pack may have changed: the stored page index (compiled with the old
 * one) is compiled again. With the built-in pack alone nothing is stored and nothing runs.
 */
export async function refreshPageIndex(): Promise<void> {
  await publishPageIndex(await packStore(), browser.storage.local);
}
