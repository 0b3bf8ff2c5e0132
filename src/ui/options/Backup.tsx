import { useEffect, useRef } from 'preact/hooks';
import type { MessageKey, Translate } from '../../shared/i18n';
import { FIELD_LABELS, type SettingField } from './fields';
import type { ImportFailure } from './import-plan';
import { describeProblems, formatList, type ProblemSummary } from './problems';

/** What the last import did, for the page to say. */
export type ImportStatus = { ok: false; file: string; reason: ImportFailure } | { ok: true; file: string; changed: SettingField[]; siteRules: number; problems: ProblemSummary };

/** An import read and waiting for the reader's yes: the file and what it would change. */
export interface ImportConfirm {
  file: string;
  changed: SettingField[];
  siteRules: number;
}

/** The part of a chosen File the page needs: its name and size (checked before reading), and its text. */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface BackupProps {
  t: Translate;
  language: string;
  status: ImportStatus | undefined;
  /** Set while an import waits for the reader to confirm it. */
  confirm?: ImportConfirm | undefined;
  onExport: () => void;
  onImport: (file: ImportFile) => void;
  onConfirmImport: () => void;
  onCancelImport: () => void;
}

const FAILURES: Record<ImportFailure, MessageKey> = {
  'not-json': 'optionsImportNotJson',
  'not-settings': 'optionsImportNotSettings',
  'too-big': 'optionsImportTooBig',
  unreadable: 'optionsImportUnreadable',
  'not-saved': 'optionsImportNotSaved',
};

/** The sentences that report an import: what it changed, then what it skipped. */
export function describeImport(status: ImportStatus, t: Translate, language: string): string[] {
  const file = t('optionsQuoted', status.file);
  if (!status.ok) return [t(FAILURES[status.reason], file)];
  const changed = fieldNames(status, t);
  return [t('optionsImportDone', file), changed.length > 0 ? t('optionsImportChanged', formatList(changed, language)) : t('optionsImportUnchanged'), ...describeProblems(status.problems, t, language)];
}

/** The changed fields as the page names them; site rules with how many the file has. */
function fieldNames(change: { changed: SettingField[]; siteRules: number }, t: Translate): string[] {
  return change.changed.map((field) => (field === 'siteRules' ? t('optionsImportRuleCount', t(FIELD_LABELS[field]), String(change.siteRules)) : t(FIELD_LABELS[field])));
}

/** The question asked before an import replaces the settings, and what it would change. */
export function describeConfirm(confirm: ImportConfirm, t: Translate, language: string): string[] {
  const changed = fieldNames(confirm, t);
  return [t('optionsImportConfirm', t('optionsQuoted', confirm.file)), changed.length > 0 ? t('optionsImportWouldChange', formatList(changed, language)) : t('optionsImportWouldChangeNothing')];
}

/** Export to and import from a JSON file; the file never leaves the computer. An import asks first. */
export function Backup({ t, language, status, confirm, onExport, onImport, onConfirmImport, onCancelImport }: BackupProps) {
  const lines = status ? describeImport(status, t, language) : [];
  const question = useRef<HTMLDivElement>(null);
  // The question takes focus as it appears, so a keyboard or screen reader user meets it first.
  useEffect(() => {
    if (confirm) question.current?.focus();
  }, [confirm]);
  return (
    <section class="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
      <p class="hint">{t('optionsBackupIntro')}</p>
      <p class="hint" id="backup-local-only">
        {t('optionsBackupLocalOnly')}
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={onExport}>
          {t('optionsExport')}
        </button>
        <span class="file">
          <input
            type="file"
            id="import-file"
            class="visually-hidden"
            accept=".json,application/json"
            aria-describedby="import-hint"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) imports again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
          <label for="import-file" class="button">
            {t('optionsImport')}
          </label>
        </span>
      </div>
      <p class="hint" id="import-hint">
        {t('optionsImportHint')}
      </p>
      {confirm && (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would draw a border and legend the question does not need; the group role names it.
        <div class="message warning confirm" role="group" aria-labelledby="import-question">
          <div id="import-question" tabIndex={-1} ref={question}>
            {describeConfirm(confirm, t, language).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <div class="actions">
            <button type="button" class="button primary" onClick={onConfirmImport}>
              {t('optionsImportReplace')}
            </button>
            <button type="button" class="button" onClick={onCancelImport}>
              {t('optionsImportCancel')}
            </button>
          </div>
        </div>
      )}
      {/* Both regions are always in the page, empty until an import: screen readers announce what
          is put into a live region, and often miss one that appears with its text. */}
      <div class={status?.ok ? 'message ok' : undefined} role="status">
        {status?.ok && lines.map((line) => <p key={line}>{line}</p>)}
      </div>
      <div class={status && !status.ok ? 'message error' : undefined} role="alert">
        {status && !status.ok && lines.map((line) => <p key={line}>{line}</p>)}
      </div>
    </section>
  );
}
