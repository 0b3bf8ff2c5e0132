import { cardFor as cardFromStore } from '../packs/card-for';
import type { CardModel } from '../packs/card-timeline';
import { packStore } from '../packs/open-store';
import { publishPageIndex } from '../packs/publish-page-index';
import { browser } from '../shared/browser';

/** The card of entity `id` in `language`, from every enabled pack that knows it. */
export async function cardFor(id: string, language: string): Promise<CardModel | undefined> {
  return cardFromStore(await packStore(), id, language);
}

/**
 * After an update the built-in pack may have changed: the stored page index (compiled with the old
 * one) is compiled again. With the built-in pack alone nothing is stored and nothing runs.
 */
export async function refreshPageIndex(): Promise<void> {
  await publishPageIndex(await packStore(), browser.storage.local);
}
