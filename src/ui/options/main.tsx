import { render } from 'preact';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { bundledPack } from '../../packs/bundled-pack';
import { serializeSettings, type Settings } from '../../shared/settings';
import { createSettingsStore, type LoadResult, type SettingsStore } from '../../shared/settings-store';
import type { ImportFile } from './Backup';
import { changedFields } from './fields';
import { EXPORT_FILE_NAME, MAX_IMPORT_BYTES, planImport, type ImportFailure } from './import-plan';
import { Options, type OptionsProps } from './Options';
import { NO_PROBLEMS, summarizeProblems, type ProblemSummary } from './problems';
import { SaveQueue } from './save-queue';
import type { SavedPackLink } from './pack-manager';
import { Packs } from './Packs';
import { Saved } from './Saved';
import { SavedClient } from './saved-client';

/** What the page shows that changes while it is open. */
type State = Pick<OptionsProps, 'settings' | 'loadProblems' | 'importStatus' | 'importConfirm' | 'saveFailed' | 'sync'>;

/** Downloads `text` as a file from memory: no request leaves the browser. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The options page while it is open: its state, its save queue, the import waiting for the
 * reader's yes, and the settings subscription. Every change goes through show(), which renders.
 */
class OptionsPage {
  private readonly language = uiLanguageOf(uiLocale());
  private state: State;
  private readonly saves: SaveQueue;
  /** A read import file, saved only when the reader confirms. */
  private planned: { file: string; settings: Settings; problems: ProblemSummary } | undefined;
  private readonly about: OptionsProps['about'];
  private readonly unsubscribe: () => void;
  /** The saved material's messages to the background (its one writer). */
  private readonly savedClient = new SavedClient((message) => browser.runtime.sendMessage(message));
  /**
   * The packs and saved sections keep their own state; each is told when the other changed what it
   * lists: a pack change compiles "Saved by you" again (the names found in saved articles may change),
   * a saved change installs it anew (its counts, or its row when the first or last save came or went).
   */
  private versions = { packs: 0, saved: 0 };
  private readonly savedLink: SavedPackLink = {
    refresh: async () => {
      const reply = await this.savedClient.refresh();
      this.bump('saved');
      return reply.ok ? undefined : reply.problem;
    },
    importText: async (text) => {
      const reply = await this.savedClient.importPack(text);
      if (reply.ok) this.bump('saved');
      return reply;
    },
  };

  constructor(
    private readonly store: SettingsStore,
    private readonly root: HTMLElement,
    loaded: LoadResult,
  ) {
    document.documentElement.lang = this.language;
    document.title = translate('optionsTitle');
    const builtIn = bundledPack();
    // The packs section counts what is installed; About names the built-in pack's version.
    this.about = { version: browser.runtime.getManifest().version, ...(builtIn ? { indexVersion: builtIn.meta.version } : {}) };
    this.state = { settings: loaded.settings, loadProblems: summarizeProblems(loaded.problems), sync: loaded.sync };
    // What was saved is repaired and whole: the notice about the stored settings is past.
    this.saves = new SaveQueue(store, (result) =>
      this.show('saved' in result ? { settings: result.saved, saveFailed: false, loadProblems: NO_PROBLEMS } : { settings: result.failed, saveFailed: true }),
    );
    this.unsubscribe = store.subscribe((settings, sync) => {
      // Another tab or the popup changed them; a pending save here will show the result anyway. What
      // syncs is shown at once: every save here is followed by this call.
      this.show(this.saves.idle ? { settings, sync } : { sync });
    });
    // Back to this tab: the popup or a page may have saved something meanwhile.
    document.addEventListener('visibilitychange', this.onVisible);
    this.show({});
  }

  destroy(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    this.unsubscribe();
    render(null, this.root);
  }

  private readonly onVisible = (): void => {
    if (document.visibilityState !== 'visible') return;
    this.versions = { packs: this.versions.packs + 1, saved: this.versions.saved + 1 };
    this.show({});
  };

  private bump(section: keyof OptionsPage['versions']): void {
    this.versions = { ...this.versions, [section]: this.versions[section] + 1 };
    this.show({});
  }

  private show(change: Partial<State>): void {
    this.state = { ...this.state, ...change };
    // The page follows the theme setting, as the cards do.
    document.documentElement.dataset['theme'] = this.state.settings.theme;
    render(
      <Options
        {...this.state}
        t={translate}
        language={this.language}
        about={this.about}
        packs={<Packs t={translate} language={this.language} local={browser.storage.local} download={download} saved={this.savedLink} version={this.versions.packs} />}
        saved={<Saved t={translate} language={this.language} client={this.savedClient} download={download} version={this.versions.saved} onChanged={() => this.bump('packs')} />}
        onChange={(patch) => void this.save(patch).catch(() => undefined)}
        onExport={() => void this.exportSettings()}
        onImport={(file) => void this.readImport(file)}
        onConfirmImport={() => void this.confirmImport()}
        onCancelImport={() => this.cancelImport()}
      />,
      this.root,
    );
  }

  /** Shows `patch` at once, then saves it (see SaveQueue). */
  private save(patch: Partial<Settings>): Promise<Settings> {
    this.show({ settings: { ...this.state.settings, ...patch } });
    return this.saves.save(patch);
  }

  private async exportSettings(): Promise<void> {
    await this.saves.settled();
    download(serializeSettings((await this.store.load()).settings), EXPORT_FILE_NAME);
  }

  /** Reads the chosen file and, when it holds settings, asks before replacing the reader's own. */
  private async readImport(file: ImportFile): Promise<void> {
    this.planned = undefined;
    const fail = (reason: ImportFailure) => this.show({ importStatus: { ok: false, file: file.name, reason }, importConfirm: undefined });
    if (file.size > MAX_IMPORT_BYTES) return fail('too-big');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const plan = planImport(text);
    if ('error' in plan) return fail(plan.error);
    await this.saves.settled();
    this.planned = { file: file.name, ...plan };
    const changed = changedFields(this.state.settings, plan.settings);
    this.show({ importStatus: undefined, importConfirm: { file: file.name, changed, siteRules: plan.settings.siteRules.length } });
  }

  private cancelImport(): void {
    this.planned = undefined;
    this.show({ importConfirm: undefined });
  }

  private async confirmImport(): Promise<void> {
    const plan = this.planned;
    if (!plan) return;
    this.planned = undefined;
    this.show({ importConfirm: undefined });
    await this.saves.settled();
    const before = this.state.settings;
    let after: Settings;
    try {
      after = await this.save(plan.settings);
    } catch {
      this.show({ importStatus: { ok: false, file: plan.file, reason: 'not-saved' } });
      return;
    }
    const changed = changedFields(before, after);
    this.show({ importStatus: { ok: true, file: plan.file, changed, siteRules: after.siteRules.length, problems: plan.problems }, loadProblems: NO_PROBLEMS });
  }
}

async function start(): Promise<void> {
  const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);
  const page = new OptionsPage(store, document.getElementById('root')!, await store.load());
  // Only when the page is discarded: one kept in the back/forward cache comes back as it was.
  addEventListener('pagehide', (event) => event.persisted || page.destroy());
}

void start();
