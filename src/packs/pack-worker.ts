/**
 * The pack worker: reading, checking and installing a pack, and compiling the page index, take
 * seconds for a big pack; here they never block the options page (no long task there). It answers
 * with the page index to store (null: the built-in pack alone, whose index ships with the extension);
 * the page stores it, since a worker has no extension API.
 */
import { bundledPack } from './bundled-pack';
import { PackStore, PackStoreError } from './pack-store';
import type { WorkerReply, WorkerRequest } from './pack-worker-protocol';
import { compilePageIndex } from './compile-page-index';
import type { PageIndexWire } from './page-index';
import { isBuiltInAlone } from './publish-page-index';
import { PackError, readPack } from './read-pack';
import { SAVED_PACK_ID } from '../saved/saved-types';

declare const importScripts: (...urls: string[]) => void;
declare function postMessage(message: WorkerReply): void;

importScripts('built-in-pack.js');

let store: Promise<PackStore> | undefined;
const openStore = () => (store ??= PackStore.open(bundledPack()!));

async function pageIndexNow(s: PackStore): Promise<PageIndexWire | null> {
  const packs = await s.enabledMatchable();
  return isBuiltInAlone(packs) ? null : compilePageIndex(packs);
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const s = await openStore();
  if (request.type === 'publish') return { type: 'published', pageIndex: await pageIndexNow(s) };
  postMessage({ type: 'progress', phase: 'reading', done: 0, total: 1 });
  const text = await request.file.text();
  postMessage({ type: 'progress', phase: 'checking', done: 0, total: 1 });
  const pack = readPack(text, request.bytes);
  // Installed as a pack, it would stand in for the one compiled from the reader's saves until the next save.
  if (pack.meta.id === SAVED_PACK_ID) return { type: 'saved-pack' };
  const installed = await s.install(pack, request.bytes, (done, total) => postMessage({ type: 'progress', phase: 'writing', done, total }));
  postMessage({ type: 'progress', phase: 'compiling', done: 0, total: 1 });
  return { type: 'installed', meta: installed.meta, pageIndex: await pageIndexNow(s) };
}

// Requests run one at a time, in order.
let queue = Promise.resolve();
addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(async () => {
    try {
      postMessage(await handle(event.data));
    } catch (error) {
      if (error instanceof PackError || error instanceof PackStoreError) postMessage({ type: 'failed', problem: error.problem });
      else postMessage({ type: 'failed', problem: { code: 'storage', detail: String((error as Error)?.message ?? error) } });
    }
  });
});
