import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BUILT_IN_PACK_ID, PACK_EXTENSION } from '../../packs/pack-format';
import type { InstalledPack } from '../../packs/pack-store';
import type { ImportResult } from '../../saved/saved-library';
import { SAVED_PACK_ID } from '../../saved/saved-types';
import type { Translate } from '../../shared/i18n';
import { formatDate } from '../format-date';
import { formatBytes } from './format-bytes';
import { describePackProblem } from './pack-problems';
import { PackManager, type PackActivity, type PackOutcome, type PacksState, type SavedPackLink } from './pack-manager';
import { describeSavedProblem } from '../saved-problems';

export interface PacksProps {
  t: Translate;
  language: string;
  /** Where the page index goes (storage.local); injected so the view renders without the browser API. */
  local: ConstructorParameters<typeof PackManager>[0];
  /** Saves a file from memory. */
  download: (text: string, name: string) => void;
  /** "Saved by you", kept up to date as packs change; a saved-pack file chosen here is imported through it. */
  saved?: SavedPackLink;
  /** Goes up when "Saved by you" changed elsewhere: the list is read again. */
  version?: number;
}

/** "1 article" / "12 articles", and the same for names. */
export function countOf(t: Translate, n: number, one: Parameters<Translate>[0], many: Parameters<Translate>[0]): string {
  return n === 1 ? t(one) : t(many, n.toLocaleString());
}

/** "3 articles added, 1 updated · 2 names added, 0 merged with yours". */
export function describeImportCounts(result: ImportResult, t: Translate, language: string): string {
  return t(
    'optionsSavedImportCounts',
    countOf(t, result.articles.added, 'optionsPackArticlesOne', 'optionsPackArticlesMany'),
    result.articles.updated.toLocaleString(language),
    countOf(t, result.names.added, 'optionsPackNamesOne', 'optionsPackNamesMany'),
    result.names.merged.toLocaleString(language),
  );
}

/**
 * The packs section: install (picker or drop), and per pack a switch, its rank, export and remove.
 * "Saved by you" is switched and moved here but not removed: it is made from the reader's saves,
 * which are changed and removed in "Your articles and names" (its row links there).
 */
export function Packs({ t, language, local, download, saved, version = 0 }: PacksProps) {
  const [state, setState] = useState<PacksState>({ packs: [] });
  const [dragging, setDragging] = useState(false);
  const link = useRef(saved);
  link.current = saved;
  const manager = useMemo(
    () =>
      new PackManager(local, setState, {
        refresh: () => link.current?.refresh() ?? Promise.resolve(undefined),
        importText: (text) => link.current?.importText(text) ?? Promise.resolve({ ok: false, problem: { code: 'storage', detail: 'no saved material here' } }),
      }),
    [local],
  );
  useEffect(() => {
    void manager.start();
    return () => manager.dispose();
  }, [manager]);
  useEffect(() => {
    if (version > 0) void manager.reload();
  }, [manager, version]);
  const busy = state.activity !== undefined;
  const nameOf = (p: InstalledPack) => (p.builtIn ? t('optionsPackBuiltInName') : p.meta.id === SAVED_PACK_ID ? t('optionsPackSavedName') : p.meta.name);
  const installFrom = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void manager.install(file);
  };
  return (
    <section
      class={`panel packs${dragging ? ' dragging' : ''}`}
      aria-labelledby="packs-heading"
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        installFrom(event.dataTransfer?.files);
      }}
    >
      <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
      <p class="hint">{t('optionsPacksIntro')}</p>
      <ol class="pack-list" aria-busy={busy}>
        {state.packs.map((p, i) => (
          <li key={p.meta.id} class={p.enabled ? 'pack' : 'pack off'} data-pack={p.meta.id}>
            <label class="pack-switch">
              <input
                type="checkbox"
                role="switch"
                checked={p.enabled}
                aria-checked={p.enabled}
                disabled={busy}
                aria-label={t('optionsPackUse', nameOf(p))}
                onChange={(e) => void manager.setEnabled(p.meta.id, e.currentTarget.checked)}
              />
            </label>
            <div class="pack-text">
              <p class="pack-name">{nameOf(p)}</p>
              <p class="hint">
                {t(
                  'optionsPackDetails',
                  p.meta.publisher,
                  countOf(t, p.meta.articles, 'optionsPackArticlesOne', 'optionsPackArticlesMany'),
                  countOf(t, p.meta.entities, 'optionsPackNamesOne', 'optionsPackNamesMany'),
                  formatBytes(p.bytes, language),
                  formatDate(p.meta.created, language),
                )}
              </p>
              <p class="hint version">{t('optionsPackVersion', p.meta.version)}</p>
              {p.meta.id === SAVED_PACK_ID && (
                <p class="hint">
                  <a href="#saved-heading" id="pack-saved-manage">
                    {t('optionsPackSavedManage')}
                  </a>
                </p>
              )}
            </div>
            <div class="pack-actions">
              <button
                type="button"
                class="icon-button"
                disabled={busy || i === 0}
                aria-label={t('optionsPackUp', nameOf(p))}
                title={t('optionsPackUp', nameOf(p))}
                onClick={() => void manager.move(p.meta.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon-button"
                disabled={busy || i === state.packs.length - 1}
                aria-label={t('optionsPackDown', nameOf(p))}
                title={t('optionsPackDown', nameOf(p))}
                onClick={() => void manager.move(p.meta.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="button small"
                aria-label={t('optionsPackExportLabel', nameOf(p))}
                onClick={() => void manager.exportPack(p.meta.id).then(({ name, text }) => download(text, name))}
              >
                {t('optionsPackExport')}
              </button>
              {p.meta.id !== BUILT_IN_PACK_ID && p.meta.id !== SAVED_PACK_ID && (
                <button
                  type="button"
                  class="button small"
                  disabled={busy}
                  aria-label={t('optionsPackRemoveLabel', nameOf(p))}
                  onClick={() => {
                    if (confirm(t('optionsPackRemoveConfirm', nameOf(p), countOf(t, p.meta.articles, 'optionsPackArticlesOne', 'optionsPackArticlesMany')))) void manager.remove(p.meta.id);
                  }}
                >
                  {t('optionsPackRemove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div class="actions">
        <span class="file">
          <input
            type="file"
            id="pack-file"
            class="visually-hidden"
            accept={`${PACK_EXTENSION},.json,application/json`}
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const files = input.files;
              installFrom(files);
              input.value = '';
            }}
          />
          <label for="pack-file" class="button">
            {t('optionsPacksInstall')}
          </label>
        </span>
        <span class="hint">{dragging ? t('optionsPacksDropHere') : t('optionsPacksDrop', PACK_EXTENSION)}</span>
      </div>
      <Activity activity={state.activity} t={t} />
      <div class={state.outcome?.ok ? 'message ok' : undefined} role="status" id="pack-status">
        {state.outcome?.ok && describeOutcome(state.outcome, t, language)}
      </div>
      <div class={state.outcome && !state.outcome.ok ? 'message error' : undefined} role="alert" id="pack-error">
        {state.outcome && !state.outcome.ok && describeOutcome(state.outcome, t, language).map((line) => <p key={line}>{line}</p>)}
      </div>
    </section>
  );
}

function Activity({ activity, t }: { activity: PackActivity | undefined; t: Translate }) {
  if (!activity) return null;
  if (activity.kind === 'updating') return <p class="hint progress-line">{t('optionsPackUpdating')}</p>;
  const label = { reading: 'optionsPackReading', checking: 'optionsPackChecking', writing: 'optionsPackWriting', compiling: 'optionsPackCompiling' } as const;
  const determinate = activity.phase === 'writing' && activity.total > 0;
  return (
    <div class="progress-line">
      <label for="pack-progress">{t(label[activity.phase], activity.file)}</label>
      {determinate ? <progress id="pack-progress" max={activity.total} value={activity.done} /> : <progress id="pack-progress" />}
    </div>
  );
}

/** The sentences of the last outcome: what was installed or imported, or why not. */
export function describeOutcome(outcome: PackOutcome, t: Translate, language: string): string[] {
  const articles = (n: number) => countOf(t, n, 'optionsPackArticlesOne', 'optionsPackArticlesMany');
  const names = (n: number) => countOf(t, n, 'optionsPackNamesOne', 'optionsPackNamesMany');
  if ('installed' in outcome) return [t('optionsPackInstalled', outcome.installed.name, articles(outcome.installed.articles), names(outcome.installed.entities))];
  if ('imported' in outcome) return [t('optionsPackSavedImported', outcome.file, describeImportCounts(outcome.imported, t, language))];
  if ('problem' in outcome) return [describePackProblem(outcome.problem, outcome.file, t, language), t('optionsPackKept')];
  if ('savedProblem' in outcome) return [t('optionsSavedImportFailed', describeSavedProblem(outcome.savedProblem, t, language, outcome.file)), t('optionsSavedKept')];
  if ('savedStale' in outcome) return [t('optionsPackSavedRefreshFailed', describeSavedProblem(outcome.savedStale, t, language))];
  return [t('optionsPackChangeFailed', outcome.changeFailed)];
}
