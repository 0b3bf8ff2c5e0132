import { render } from 'preact';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { serializeSettings, type Settings } from '../../shared/settings';
import { createSettingsStore } from '../../shared/settings-store';
import type { ImportFile, ImportStatus } from './Backup';
import { changedFields } from './fields';
import { EXPORT_FILE_NAME, MAX_IMPORT_BYTES, planImport, type ImportFailure } from './import-plan';
import { Options, type OptionsProps } from './Options';
import { NO_PROBLEMS, summarizeProblems } from './problems';
import { Packs } from './Packs';

type State = Pick<OptionsProps, 'settings' | 'loadProblems' | 'importStatus' | 'saveFailed' | 'sync'>;

const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local }, browser.storage.onChanged);

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

async function start(): Promise<void> {
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  document.title = translate('optionsTitle');
  const root = document.getElementById('root')!;
  const loaded = await store.load();
  let state: State = { settings: loaded.settings, loadProblems: summarizeProblems(loaded.problems), sync: loaded.sync };

  // Saves run one after another: two overlapping saves would each merge into the same old settings.
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;

  // Made once: the section keeps its own state (and worker) across the page's renders.
  const packs = <Packs t={translate} language={language} local={browser.storage.local} download={download} />;

  function show(change: Partial<State>): void {
    state = { ...state, ...change };
    // The page follows the theme setting, as the cards do.
    document.documentElement.dataset['theme'] = state.settings.theme;
    render(<Options {...state} t={translate} language={language} onChange={(patch) => void save(patch).catch(() => undefined)} onExport={() => void exportSettings()} onImport={(file) => void importFile(file)} packs={packs} />, root);
  }

  /** Shows `patch` at once, then saves it; the page settles on what was saved once no save is pending. */
  function save(patch: Partial<Settings>): Promise<Settings> {
    show({ settings: { ...state.settings, ...patch } });
    pending++;
    const saved = queue.then(() => store.save(patch));
    queue = saved.then(
      (settings) => {
        // What was saved is repaired and whole: the notice about the stored settings is past.
        if (--pending === 0) show({ settings, saveFailed: false, loadProblems: NO_PROBLEMS });
      },
      async () => {
        pending--;
        show({ settings: (await store.load()).settings, saveFailed: true });
      },
    );
    return saved;
  }

  async function exportSettings(): Promise<void> {
    await queue;
    download(serializeSettings((await store.load()).settings), EXPORT_FILE_NAME);
  }

  async function importFile(file: ImportFile): Promise<void> {
    const fail = (reason: ImportFailure) => show({ importStatus: { ok: false, file: file.name, reason } });
    if (file.size > MAX_IMPORT_BYTES) return fail('too-big');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const plan = planImport(text);
    if ('error' in plan) return fail(plan.error);
    await queue;
    const before = state.settings;
    let after: Settings;
    try {
      after = await save(plan.settings);
    } catch {
      return fail('not-saved');
    }
    const changed = changedFields(before, after);
    show({ importStatus: { ok: true, file: file.name, changed, siteRules: after.siteRules.length, problems: plan.problems }, loadProblems: NO_PROBLEMS });
  }

  store.subscribe((settings, sync) => {
    // Another tab or the popup changed them; a pending save here will show the result anyway. What
    // syncs is shown at once: every save here is followed by this call.
    show(pending === 0 ? { settings, sync } : { sync });
  });
  show({});
}

void start();
