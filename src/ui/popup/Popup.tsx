import { KIND_KEYS, type EntityKind, type Theme } from '../../shared/definitions';
import type { DirectoryEntity } from '../../packs/pack-store';
import type { CardModel } from '../card-model';
import type { MessageKey, Translate } from '../../shared/i18n';
import type { AnnotateCheck } from '../../shared/site-rules';
import { IndexSearch } from './IndexSearch';
import { describeSummary, type IndexSummary } from '../index-summary';
import type { ListedEntity } from './popup-model';
import { SaveArticle, type SaveView } from './SaveArticle';
import { SiteControls, type SiteState } from './SiteControls';

export interface PopupProps {
  t: Translate;
  language: string;
  theme: Theme;
  /** Every entity of the enabled packs, for the search. */
  entities: readonly DirectoryEntity[];
  /** A search result's card. */
  cardContent(id: string, language: string): Promise<CardModel | undefined>;
  /** Why this tab cannot be annotated, if it cannot. */
  cannot?: Extract<AnnotateCheck, { ok: false }>['reason'];
  site?: SiteState;
  paused: boolean;
  needsPermission: boolean;
  /** Set after the permission was granted: the page must be reloaded. */
  reloadNeeded: boolean;
  /** The page is still being read (or its script is starting): the list may grow. */
  reading?: boolean;
  /** The page did not take the last "open this name" (its script is gone). */
  openFailed?: boolean;
  /** Said when part of the settings does not sync (see sync-notice.ts). */
  syncNotice?: string;
  groups: { kind: EntityKind; entities: ListedEntity[] }[];
  /** What the footer counts: packs and their articles. */
  summary: IndexSummary;
  shortcuts: { description: string; shortcut: string }[];
  /** Saving the tab's article into "Saved by you" (issue #15). */
  save: SaveView;
  onSave(): void;
  onToggleSite(enabled: boolean, scope: 'host' | 'domain'): void;
  onPause(paused: boolean): void;
  onGrant(): void;
  onOpenEntity(id: string): void;
  onReadArticle(pack: string, article: number, sentence: number, entity: string): void;
  onOptions(): void;
}

/** The toolbar popup: where Backstory speaks on this site, what the page mentions, the whole index. */
export function Popup(props: PopupProps) {
  const { t, cannot, site, paused } = props;
  const cannotKey: MessageKey | undefined = cannot === 'store' ? 'popupCannotStore' : cannot === 'protected' ? 'popupCannotProtected' : cannot ? 'popupCannotNotWeb' : undefined;
  return (
    <main class={`popup theme-${props.theme}`} lang={props.language}>
      <h1>Backstory</h1>
      {cannotKey && <p class="notice">{t(cannotKey)}</p>}
      {!cannot && props.needsPermission && (
        <div class="notice" role="status">
          <p>{t('popupNeedsPermission')}</p>
          <button type="button" onClick={props.onGrant}>
            {t('popupGrant')}
          </button>
        </div>
      )}
      {props.reloadNeeded && <p class="notice">{t('popupReload')}</p>}
      {props.openFailed && !props.reloadNeeded && (
        <p class="notice" role="alert">
          {t('popupOpenFailed')}
        </p>
      )}
      {props.syncNotice && (
        <p class="notice" id="sync-notice">
          {props.syncNotice}
        </p>
      )}
      {site && <SiteControls t={t} site={site} paused={paused} onToggle={props.onToggleSite} />}
      <label class="toggle">
        <input type="checkbox" checked={paused} onChange={(e) => props.onPause(e.currentTarget.checked)} />
        {t('popupPause')}
      </label>
      <IndexSearch t={t} language={props.language} theme={props.theme} entities={props.entities} cardContent={props.cardContent} onReadArticle={props.onReadArticle} />
      {site && (
        <section aria-labelledby="on-this-page">
          <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
          {paused ? (
            <p class="muted">{t('popupPaused')}</p>
          ) : !site.enabled ? (
            <p class="muted">{t('popupSiteOff')}</p>
          ) : props.groups.length === 0 ? (
            <p class="muted">{t(props.reading ? 'popupReading' : 'popupNothingFound')}</p>
          ) : (
            props.groups.map((g) => (
              <div key={g.kind} class="group">
                <h3>{t(KIND_KEYS[g.kind])}</h3>
                <ul>
                  {g.entities.map((e) => (
                    <li key={e.id}>
                      <button type="button" class="entity" onClick={() => props.onOpenEntity(e.id)}>
                        <span>{e.name}</span>
                        {/* A label on a plain span is not part of the button's name: the words are, hidden from sight. */}
                        <span class="count" aria-hidden="true">
                          {e.count}
                        </span>
                        <span class="visually-hidden">{`, ${e.count === 1 ? t('popupOneMention') : t('popupMentions', String(e.count))}`}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </section>
      )}
      <footer>
        <SaveArticle t={t} view={props.save} onSave={props.onSave} />
        <p class="muted" id="index-summary">
          {describeSummary(props.summary, t, props.language)}
        </p>
        <details>
          <summary>{t('popupShortcuts')}</summary>
          <ul class="shortcuts">
            {props.shortcuts.map((s) => (
              <li key={s.description}>
                <kbd>{s.shortcut || t('popupNoShortcut')}</kbd> {s.description}
              </li>
            ))}
          </ul>
        </details>
        <button type="button" class="link" onClick={props.onOptions}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
