import { bundledPack } from '../packs/bundled-pack';
import { packStore } from '../packs/open-store';
import { SavedLibrary } from '../saved/saved-library';
import { SavedStore } from '../saved/saved-store';
import { browser } from '../shared/browser';

let opened: Promise<SavedLibrary> | undefined;

/** The reader's saved material, opened once in the background (its one writer). */
export function savedLibrary(): Promise<SavedLibrary> {
  return (opened ??= (async () => {
    const builtIn = bundledPack();
    if (!builtIn) throw new Error('Backstory: built-in-pack.js is missing or from another version');
    const [packs, saved] = await Promise.all([packStore(), SavedStore.open()]);
    return new SavedLibrary({ packs, saved, local: browser.storage.local, rules: builtIn.rules });
  })().catch((error: unknown) => {
    opened = undefined;
    throw error;
  }));
}
