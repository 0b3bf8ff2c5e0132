import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ENTITY_KINDS, KIND_KEYS } from '../../shared/definitions';
import type { Translate } from '../../shared/i18n';
import { DWELL_RANGE, type Settings } from '../../shared/settings';
import type { SyncStatus } from '../../shared/settings-store';
import { describeSummary, type IndexSummary } from '../index-summary';
import { syncNotice } from '../sync-notice';
import { Backup, type ImportConfirm, type ImportFile, type ImportStatus } from './Backup';
import { Checkbox, RadioGroup } from './controls';
import { FIELD_LABELS } from './fields';
import { describeProblems, type ProblemSummary } from './problems';
import { Sites } from './Sites';

export interface OptionsProps {
  settings: Settings;
  /** What was wrong with the stored settings when the page opened; they were repaired on read. */
  loadProblems: ProblemSummary;
  t: Translate;
  /** The UI language, for lists ("A, B and C"). */
  language: string;
  /** Saves a change at once: there is no Save button. */
  onChange: (patch: Partial<Settings>) => void;
  onExport: () => void;
  onImport: (file: ImportFile) => void;
  onConfirmImport: () => void;
  onCancelImport: () => void;
  /** What the last import did, if there was one. */
  importStatus?: ImportStatus | undefined;
  /** An import read and waiting for the reader's yes. */
  importConfirm?: ImportConfirm | undefined;
  /** The extension's version and its index, for the About section. */
  about: About;
  /** The last change could not be saved. */
  saveFailed?: boolean;
  /** How much of the settings syncs; the page says what does not, and why. */
  sync?: SyncStatus;
  /** The packs section (it owns its state: see Packs). */
  packs?: ComponentChildren;
  /** "Your articles and names" (it owns its state: see Saved). */
  saved?: ComponentChildren;
}

export interface About {
  version: string;
  /** The bundled index's content hash and what it holds; absent when the page has no index. */
  indexVersion?: string;
  summary?: IndexSummary;
}

const DWELL_STEP = 10;

/** The options page: every setting, the site rules, and backup to a file. Takes props only. */
export function Options(props: OptionsProps) {
  const { settings, loadProblems, t, language, onChange, saveFailed } = props;
  const repairs = describeProblems(loadProblems, t, language);
  const notSynced = props.sync && syncNotice(props.sync, t, 'options');
  return (
    <main class="options">
      <header class="title">
        <img src="icons/icon-48.png" alt="" width={36} height={36} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="intro">{t('optionsIntro')}</p>
      {saveFailed && (
        <p class="message error" role="alert">
          {t('optionsSaveFailed')}
        </p>
      )}
      {notSynced && (
        <p class="message warning" id="sync-notice">
          {notSynced}
        </p>
      )}
      {repairs.length > 0 && (
        <section class="message warning" aria-labelledby="repaired-heading">
          <h2 id="repaired-heading">{t('optionsRepairedHeading')}</h2>
          <ul>
            {repairs.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <Annotation settings={settings} t={t} onChange={onChange} />
      <Cards settings={settings} t={t} onChange={onChange} />
      <Highlights settings={settings} t={t} onChange={onChange} />
      <Sites rules={settings.siteRules} onlyListed={settings.onlyListedSites} t={t} onChange={onChange} />
      {props.saved}
      {props.packs}
      <Backup
        t={t}
        language={language}
        status={props.importStatus}
        confirm={props.importConfirm}
        onExport={props.onExport}
        onImport={props.onImport}
        onConfirmImport={props.onConfirmImport}
        onCancelImport={props.onCancelImport}
      />
      <AboutSection about={props.about} t={t} language={language} />
    </main>
  );
}

interface SectionProps {
  settings: Settings;
  t: Translate;
  onChange: (patch: Partial<Settings>) => void;
}

function Annotation({ settings, t, onChange }: SectionProps) {
  return (
    <section class="panel" aria-labelledby="annotation-heading">
      <h2 id="annotation-heading">{t('optionsAnnotationHeading')}</h2>
      <div class="group">
        <Checkbox id="paused" label={t('optionsPause')} checked={settings.paused} describedBy="paused-hint" onChange={(paused) => onChange({ paused })} />
        <p class="hint" id="paused-hint">
          {t('optionsPauseHint')}
        </p>
      </div>
      <RadioGroup
        name="density"
        legend={t(FIELD_LABELS.density)}
        value={settings.density}
        choices={[
          { value: 'all', label: t('optionsDensityAll') },
          { value: 'first', label: t('optionsDensityFirst') },
        ]}
        onChange={(density) => onChange({ density })}
      />
      <fieldset class="group">
        <legend>{t(FIELD_LABELS.kinds)}</legend>
        {ENTITY_KINDS.map((kind) => (
          <Checkbox key={kind} id={`kind-${kind}`} label={t(KIND_KEYS[kind])} checked={settings.kinds[kind]} onChange={(shown) => onChange({ kinds: { ...settings.kinds, [kind]: shown } })} />
        ))}
      </fieldset>
    </section>
  );
}

function Cards({ settings, t, onChange }: SectionProps) {
  return (
    <section class="panel" aria-labelledby="cards-heading">
      <h2 id="cards-heading">{t('optionsCardsHeading')}</h2>
      <RadioGroup
        name="trigger"
        legend={t(FIELD_LABELS.trigger)}
        value={settings.trigger}
        choices={[
          { value: 'hover', label: t('optionsTriggerHover') },
          { value: 'hover-alt', label: t('optionsTriggerHoverAlt') },
          { value: 'click', label: t('optionsTriggerClick') },
        ]}
        onChange={(trigger) => onChange({ trigger })}
      />
      <Dwell value={settings.dwellMs} unused={settings.trigger === 'click'} t={t} onChange={(dwellMs) => onChange({ dwellMs })} />
      <RadioGroup
        name="theme"
        legend={t(FIELD_LABELS.theme)}
        hint={t('optionsThemeHint')}
        value={settings.theme}
        choices={[
          { value: 'auto', label: t('optionsThemeAuto') },
          { value: 'light', label: t('optionsThemeLight') },
          { value: 'dark', label: t('optionsThemeDark') },
        ]}
        onChange={(theme) => onChange({ theme })}
      />
    </section>
  );
}

/**
 * The dwell slider shows its value while it moves and saves when it is let go (sync storage limits
 * writes per minute). It is off, and says why, when cards open on click: there is no dwell then.
 */
function Dwell({ value, unused, t, onChange }: { value: number; unused: boolean; t: Translate; onChange: (ms: number) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const shown = t('optionsDwellValue', String(draft));
  return (
    <div class="group">
      <label for="dwell" class="field-label">
        {t(FIELD_LABELS.dwellMs)}
      </label>
      <div class="range">
        <input
          type="range"
          id="dwell"
          min={DWELL_RANGE.min}
          max={DWELL_RANGE.max}
          step={DWELL_STEP}
          value={draft}
          disabled={unused}
          aria-valuetext={shown}
          aria-describedby="dwell-hint"
          onInput={(event) => setDraft(Number(event.currentTarget.value))}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for="dwell" id="dwell-value">
          {shown}
        </output>
      </div>
      <p class="hint" id="dwell-hint">
        {t(unused ? 'optionsDwellUnused' : 'optionsDwellHint')}
      </p>
    </div>
  );
}

function Highlights({ settings, t, onChange }: SectionProps) {
  const preview = (style: Settings['highlightStyle']) => (
    <span class={`preview preview-${style}`} aria-hidden="true">
      {ENTITY_KINDS.map((kind) => (
        <span key={kind} class={`sample kind-${kind}`}>
          {t(KIND_KEYS[kind])}
        </span>
      ))}
    </span>
  );
  return (
    <section class="panel" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('optionsHighlightsHeading')}</h2>
      <RadioGroup
        name="highlight"
        legend={t(FIELD_LABELS.highlightStyle)}
        value={settings.highlightStyle}
        choices={[
          { value: 'underline', label: t('optionsHighlightUnderline'), extra: preview('underline') },
          { value: 'background', label: t('optionsHighlightBackground'), extra: preview('background') },
        ]}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
      />
    </section>
  );
}

/** Which Backstory this is, and a way back to the first-run page. */
function AboutSection({ about, t, language }: { about: About; t: Translate; language: string }) {
  return (
    <section class="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      <p id="about-version">
        {t('optionsAboutVersion', about.version, about.indexVersion ?? '–')}
        {about.summary && ` · ${describeSummary(about.summary, t, language)}`}
      </p>
      <p>
        <a href="onboarding.html" id="welcome-link">
          {t('optionsAboutWelcome')}
        </a>
      </p>
    </section>
  );
}
