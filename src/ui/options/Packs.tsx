import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUILT_IN_PACK_ID, PACK_EXTENSION } from '../../packs/pack-format';
import type { InstalledPack } from '../../packs/pack-store';
import type { Translate } from '../../shared/i18n';
import { formatDate } from '../format-date';
import { formatBytes } from './format-bytes';
import { describePackProblem } from './pack-problems';
import { PackManager, type PackActivity, type PacksState } from './pack-manager';

export interface PacksProps {
  t: Translate;
  language: string;
  /** Where the page index goes (storage.local); injected so the view renders without the browser API. */
  local: ConstructorParameters<typeof PackManager>[0];
  /** Saves a file from memory. */
  download: (text: string, name: string) => void;
}

/** "1 article" / "12 articles", and the same for names. */
export function countOf(t: Translate, n: number, one: Parameters<Translate>[0], many: Parameters<Translate>[0]): string {
  return n === 1 ? t(one) : t(many, n.toLocaleString());
}

/** The packs section: install (picker or drop), and per pack a switch, its rank, export and remove. */
export function Packs({ t, language, local, download }: PacksProps) {
  const [state, setState] = useState<PacksState>({ packs: [] });
  const [dragging, setDragging] = useState(false);
  const manager = useMemo(() => new PackManager(local, setState), [local]);
  useEffect(() => {
    void manager.start();
    return () => manager.dispose();
  }, [manager]);
  const busy = state.activity !== undefined;
  const nameOf = (p: InstalledPack) => (p.builtIn ? t('optionsPackBuiltInName') : p.meta.name);
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
              {p.meta.id !== BUILT_IN_PACK_ID && (
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
        {state.outcome?.ok &&
          t(
            'optionsPackInstalled',
            state.outcome.installed.name,
            countOf(t, state.outcome.installed.articles, 'optionsPackArticlesOne', 'optionsPackArticlesMany'),
            countOf(t, state.outcome.installed.entities, 'optionsPackNamesOne', 'optionsPackNamesMany'),
          )}
      </div>
      <div class={state.outcome && !state.outcome.ok ? 'message error' : undefined} role="alert" id="pack-error">
        {state.outcome && !state.outcome.ok && 'problem' in state.outcome && (
          <>
            <p>{describePackProblem(state.outcome.problem, state.outcome.file, t, language)}</p>
            <p>{t('optionsPackKept')}</p>
          </>
        )}
        {state.outcome && !state.outcome.ok && 'changeFailed' in state.outcome && <p>{t('optionsPackChangeFailed', state.outcome.changeFailed)}</p>}
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
