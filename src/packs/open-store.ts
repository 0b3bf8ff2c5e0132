import { bundledPack } from './bundled-pack';
import { PackStore } from './pack-store';

let opened: Promise<PackStore> | undefined;

/**
 * The pack store of this extension context (background, popup, options, article page), opened once;
 * the built-in pack comes from built-in-pack.js, which the context must have loaded.
 */
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
