/**
 * The packs section's one owner of state: the installed packs, what is being done, and the last
 * outcome. Installing (read, check, write, compile) runs in the pack worker; switching, moving and
 * removing change the store here and ask the worker for the new page index, which is stored for
 * the content scripts (storage.onChanged brings it to open tabs: no reload).
 */
import { bundledPack } from '../../packs/bundled-pack';
import { BUILT_IN_PACK_ID, PACK_EXTENSION, type ContextPack, type PackMeta } from '../../packs/pack-format';
import { PackStore, type InstalledPack, type StoreProblem } from '../../packs/pack-store';
import type { InstallPhase, WorkerReply, WorkerRequest } from '../../packs/pack-worker-protocol';
import type { PageIndexWire } from '../../packs/page-index';
import { PAGE_INDEX_KEY } from '../../packs/publish-page-index';
import type { PackProblem } from '../../packs/read-pack';
import type { SavedProblem } from '../../saved/problems';
import type { ImportResult } from '../../saved/saved-library';
import { SAVED_PACK_ID } from '../../saved/saved-types';

/** The file "Saved by you" is exported to, from the packs list and from "Your articles and names". */
export const SAVED_EXPORT_FILE = `backstory-saved${PACK_EXTENSION}`;

export type PackActivity = { kind: 'installing'; file: string; phase: InstallPhase; done: number; total: number } | { kind: 'updating' };

export type PackOutcome =
  | { ok: true; installed: PackMeta }
  /** A "Saved by you" file chosen here was imported into the saved material instead. */
  | { ok: true; file: string; imported: ImportResult }
  | { ok: false; file: string; problem: PackProblem | StoreProblem }
  | { ok: false; file: string; savedProblem: SavedProblem }
  | { ok: false; changeFailed: string }
  /** The packs changed, but "Saved by you" could not be compiled again for them. */
  | { ok: false; savedStale: SavedProblem };

/** What the packs section asks of "Saved by you", which the background owns (see SavedClient). */
export interface SavedPackLink {
  /** Compiles the saved pack again after other packs changed; resolves with the problem, if any. */
  refresh(): Promise<SavedProblem | undefined>;
  /** Imports a "Saved by you" file chosen in the pack installer. */
  importText(text: string): Promise<{ ok: true; value: ImportResult } | { ok: false; problem: SavedProblem }>;
}

export interface PacksState {
  packs: InstalledPack[];
  activity?: PackActivity;
  outcome?: PackOutcome;
}

interface LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export class PackManager {
  private state: PacksState = { packs: [] };
  private store: Promise<PackStore>;
  private worker: Worker | undefined;
  /** Changes run one after another: a switch during an install waits for it. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending: ((reply: WorkerReply) => void) | undefined;

  constructor(
    private readonly local: LocalArea,
    private readonly onState: (state: PacksState) => void,
    private readonly saved?: SavedPackLink,
    private readonly workerUrl = 'pack-worker.js',
  ) {
    const builtIn = bundledPack();
    this.store = builtIn ? PackStore.open(builtIn) : Promise.reject(new Error('built-in-pack.js is missing'));
  }

  async start(): Promise<void> {
    await this.refresh();
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    void this.store.then((s) => s.close()).catch(() => {});
  }

  install(file: File): Promise<void> {
    return this.enqueue(async () => {
      this.set({ activity: { kind: 'installing', file: file.name, phase: 'reading', done: 0, total: 1 }, outcome: undefined });
      const reply = await this.ask({ type: 'install', file, bytes: file.size }, (progress) => {
        if (progress.type === 'progress') this.set({ activity: { kind: 'installing', file: file.name, phase: progress.phase, done: progress.done, total: progress.total } });
      });
      if (reply.type === 'installed') {
        await this.storePageIndex(reply.pageIndex);
        const stale = await this.refreshSaved();
        await this.refresh({ activity: undefined, outcome: stale ?? { ok: true, installed: reply.meta } });
      } else if (reply.type === 'saved-pack') await this.refresh({ activity: undefined, outcome: await this.importSaved(file) });
      else if (reply.type === 'failed') await this.refresh({ activity: undefined, outcome: { ok: false, file: file.name, problem: reply.problem } });
    });
  }

  setEnabled(id: string, enabled: boolean): Promise<void> {
    // The switch shows its new state at once; the list is read again once the change is saved.
    this.set({ packs: this.state.packs.map((p) => (p.meta.id === id ? { ...p, enabled } : p)) });
    return this.change((s) => s.setEnabled(id, enabled));
  }

  move(id: string, by: -1 | 1): Promise<void> {
    return this.change((s) => s.move(id, by));
  }

  remove(id: string): Promise<void> {
    return this.change((s) => s.remove(id));
  }

  /** The pack as a file, named after its id. */
  async exportPack(id: string): Promise<{ name: string; text: string }> {
    const pack: ContextPack = await (await this.store).exportPack(id);
    const name = id === BUILT_IN_PACK_ID ? `backstory-built-in${PACK_EXTENSION}` : id === SAVED_PACK_ID ? SAVED_EXPORT_FILE : `${id}${PACK_EXTENSION}`;
    return { name, text: JSON.stringify(pack) };
  }

  private change(apply: (store: PackStore) => Promise<void>): Promise<void> {
    return this.enqueue(async () => {
      this.set({ activity: { kind: 'updating' }, outcome: undefined });
      try {
        await apply(await this.store);
        await this.refresh();
        const reply = await this.ask({ type: 'publish' });
        if (reply.type === 'published') await this.storePageIndex(reply.pageIndex);
        else if (reply.type === 'failed') throw new Error(reply.problem.code);
        const stale = await this.refreshSaved();
        await this.refresh({ activity: undefined, ...(stale ? { outcome: stale } : {}) });
      } catch (error) {
        await this.refresh({ activity: undefined, outcome: { ok: false, changeFailed: String((error as Error)?.message ?? error) } });
      }
    });
  }

  /** Lists the packs again (the saved pack changed elsewhere: a save, a removal, an import). */
  reload(): Promise<void> {
    return this.enqueue(() => this.refresh());
  }

  /**
   * After other packs changed, "Saved by you" is compiled again, so that it lends the entities of
   * the packs enabled now and ranks as listed; not when nothing is saved (there is no such pack).
   */
  private async refreshSaved(): Promise<PackOutcome | undefined> {
    if (!this.saved || !(await (await this.store).list()).some((p) => p.meta.id === SAVED_PACK_ID)) return undefined;
    const problem = await this.saved.refresh();
    return problem ? { ok: false, savedStale: problem } : undefined;
  }

  /** A "Saved by you" file chosen in the installer: its articles and names join the reader's own. */
  private async importSaved(file: File): Promise<PackOutcome> {
    if (!this.saved) return { ok: false, file: file.name, problem: { code: 'reserved-id' } };
    const reply = await this.saved.importText(await file.text());
    return reply.ok ? { ok: true, file: file.name, imported: reply.value } : { ok: false, file: file.name, savedProblem: reply.problem };
  }

  private async storePageIndex(pageIndex: PageIndexWire | null): Promise<void> {
    if (pageIndex === null) await this.local.remove(PAGE_INDEX_KEY);
    else await this.local.set({ [PAGE_INDEX_KEY]: pageIndex });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Sends one request to the worker and resolves with its final reply; progress goes to `onProgress`. */
  private ask(request: WorkerRequest, onProgress: (reply: WorkerReply) => void = () => {}): Promise<WorkerReply> {
    const worker = (this.worker ??= this.createWorker());
    return new Promise((resolve) => {
      this.pending = (reply) => {
        if (reply.type === 'progress') return onProgress(reply);
        this.pending = undefined;
        resolve(reply);
      };
      worker.postMessage(request);
    });
  }

  private createWorker(): Worker {
    const worker = new Worker(this.workerUrl);
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => this.pending?.(event.data));
    worker.addEventListener('error', (event) => {
      this.worker = undefined;
      this.pending?.({ type: 'failed', problem: { code: 'storage', detail: event.message || 'the pack worker stopped' } });
    });
    return worker;
  }

  private async refresh(change: Partial<PacksState> = {}): Promise<void> {
    const packs = await (await this.store).list();
    this.set({ ...change, packs });
  }

  private set(change: Partial<PacksState>): void {
    this.state = { ...this.state, ...change };
    this.onState(this.state);
  }
}
