import { useState } from 'preact/hooks';
import type { Translate } from '../../shared/i18n';

export interface SiteState {
  host: string;
  domain: string;
  /** Whether this host is annotated (pause aside). */
  enabled: boolean;
  /** The scope of the rule that decides, if one does. */
  scope?: 'host' | 'domain';
}

export interface SiteControlsProps {
  t: Translate;
  site: SiteState;
  paused: boolean;
  onToggle(enabled: boolean, scope: 'host' | 'domain'): void;
}

/** This site on or off, for the host alone or the whole domain. */
export function SiteControls({ t, site, paused, onToggle }: SiteControlsProps) {
  const [scope, setScope] = useState<'host' | 'domain'>(site.scope ?? 'host');
  return (
    <fieldset class="site" disabled={paused}>
      <legend class="visually-hidden">{site.host}</legend>
      <label class="toggle">
        <input type="checkbox" checked={site.enabled} onChange={(e) => onToggle(e.currentTarget.checked, scope)} />
        {t('popupAnnotateSite', site.host)}
      </label>
      {site.domain !== site.host && (
        <label class="scope">
          {t('popupScope')}{' '}
          <select value={scope} onChange={(e) => setScope(e.currentTarget.value as 'host' | 'domain')}>
            <option value="host">{t('popupScopeHost')}</option>
            <option value="domain">{t('popupScopeDomain', site.domain)}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
