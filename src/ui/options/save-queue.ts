import type { Settings } from '../../shared/settings';
import type { SettingsStore } from '../../shared/settings-store';

/** How the queue settled: what was saved, or the stored settings after a save failed. */
export type Settled = { saved: Settings } | { failed: Settings };

/**
 * The options page's saves, one after another: two overlapping saves would each merge into the
 * same old settings. The page shows a change at once and settles on what was stored once no save
 * is pending, so a quick run of changes does not flicker back through the values in between.
 */
export class SaveQueue {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly store: Pick<SettingsStore, 'save' | 'load'>,
    private readonly onSettled: (result: Settled) => void,
  ) {}

  /** Whether no save is waiting or running: a change from elsewhere can be shown as it is. */
  get idle(): boolean {
    return this.pending === 0;
  }

  /** Saves `patch` after the saves before it; resolves to what was saved, rejects when it was not. */
  save(patch: Partial<Settings>): Promise<Settings> {
    this.pending++;
    const saved = this.queue.then(() => this.store.save(patch));
    this.queue = saved.then(
      (settings) => {
        if (--this.pending === 0) this.onSettled({ saved: settings });
      },
      async () => {
        this.pending--;
        this.onSettled({ failed: (await this.store.load()).settings });
      },
    );
    return saved;
  }

  /** Resolves once every save asked so far has finished (an export waits for the last change). */
  async settled(): Promise<void> {
    await this.queue;
  }
}
