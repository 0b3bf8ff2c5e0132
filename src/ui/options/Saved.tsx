import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_PACK_BYTES, PACK_EXTENSION } from '../../packs/pack-format';
import type { Translate } from '../../shared/i18n';
import { SAVED_EXPORT_FILE } from './pack-manager';
import { describeImportCounts } from './Packs';
import type { SavedClient } from './saved-client';
import { SavedManager, type SavedOutcome, type SavedState } from './saved-manager';
import { describeSavedProblem } from '../saved-problems';
import { SavedArticles } from './SavedArticles';
import { SavedNames } from './SavedNames';

export interface SavedProps {
  t: Translate;
  language: string;
  client: SavedClient;
  /** Saves a file from memory. */
  download: (text: string, name: string) => void;
  /** Goes up when the saved lists may have changed elsewhere (the packs section): they are read again. */
  version?: number;
  /** Told after a change is stored here. */
  onChanged?: () => void;
}

/** The sentences that report `outcome`. */
export function describeSavedOutcome(outcome: SavedOutcome, t: Translate, language: string): string[] {
  if (!outcome.ok) {
    const problem = describeSavedProblem(outcome.problem, t, language, outcome.file);
    return [outcome.file === undefined ? problem : t('optionsSavedImportFailed', problem), t('optionsSavedKept')];
  }
  switch (outcome.kind) {
    case 'article-removed':
      return [t('optionsSavedArticleRemoved', outcome.title)];
    case 'name-removed':
      return [t('optionsSavedNameRemoved', outcome.name)];
    case 'name-saved':
      return [t('optionsSavedNameSaved', outcome.name)];
    case 'imported':
      return [t('optionsSavedImported', outcome.file, describeImportCounts(outcome.result, t, language))];
  }
}

/**
 * "Your articles and names": the reader's saved articles (newest first) and names, each removable,
 * a name's note and spellings editable in place, and "Saved by you" exported as a pack file or such a
 * file imported. It owns its state (SavedManager), as the packs section does.
 */
export function Saved({ t, language, client, download, version = 0, onChanged }: SavedProps) {
  const [state, setState] = useState<SavedState>({});
  const changed = useRef(onChanged);
  changed.current = onChanged;
  const manager = useMemo(() => new SavedManager(client, setState, () => changed.current?.()), [client]);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` going up is what asks for the lists again.
  useEffect(() => {
    void manager.reload();
  }, [manager, version]);
  useEffect(() => () => manager.dispose(), [manager]);
  const { articles, names, outcome, importing } = state;
  const loading = articles === undefined || names === undefined;
  const empty = !loading && articles.length === 0 && names.length === 0;
  const lines = outcome ? describeSavedOutcome(outcome, t, language) : [];
  return (
    <section class="panel saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading" ref={heading} tabIndex={-1}>
        {t('optionsSavedHeading')}
      </h2>
      <p class="hint">{t('optionsSavedIntro')}</p>
      {loading && <p class="hint">{t('optionsSavedLoading')}</p>}
      {empty && (
        <p class="empty" id="saved-empty">
          {t('optionsSavedEmpty')}
        </p>
      )}
      {!loading && !empty && (
        <>
          <SavedArticles articles={articles} t={t} language={language} heading={heading} onRemove={(a) => void manager.removeArticle(a)} />
          <SavedNames names={names} t={t} language={language} heading={heading} onEdit={(n, edit) => manager.editName(n, edit)} onRemove={(n) => void manager.removeName(n)} />
        </>
      )}
      <div class="actions saved-transfer">
        <button
          type="button"
          class="button"
          id="saved-export"
          disabled={loading || empty}
          onClick={() =>
            void manager.exportPack().then((text) => {
              if (text !== undefined) download(text, SAVED_EXPORT_FILE);
            })
          }
        >
          {t('optionsSavedExport')}
        </button>
        <span class="file">
          <input
            type="file"
            id="saved-import-file"
            class="visually-hidden"
            accept={`${PACK_EXTENSION},.json,application/json`}
            aria-describedby="saved-transfer-hint"
            disabled={importing !== undefined}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again imports again.
              input.value = '';
              if (file) void manager.importFile(file, MAX_PACK_BYTES);
            }}
          />
          <label for="saved-import-file" class="button">
            {t('optionsSavedImport')}
          </label>
        </span>
      </div>
      <p class="hint" id="saved-transfer-hint">
        {t('optionsSavedTransferHint', PACK_EXTENSION)}
      </p>
      {importing !== undefined && (
        <div class="progress-line">
          <label for="saved-progress">{t('optionsSavedImporting', importing)}</label>
          <progress id="saved-progress" />
        </div>
      )}
      {/* Both regions are always in the page, so that what is put into them is announced. */}
      <div class={outcome?.ok ? 'message ok' : undefined} role="status" id="saved-status">
        {outcome?.ok && lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div class={outcome && !outcome.ok ? 'message error' : undefined} role="alert" id="saved-error">
        {outcome && !outcome.ok && lines.map((line) => <p key={line}>{line}</p>)}
      </div>
    </section>
  );
}
