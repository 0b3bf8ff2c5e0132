import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../shared/i18n';

export interface SiteState {
  host: string;
  domain: string;
  /** Whether this host is annotated (pause aside). */
  enabled: boolean;
  /** The scope of the rule that decides, if one does. */
  scope?: 'host' | 'domain';
  /** Backstory runs only on the sites a rule turns on. */
  onlyListed?: boolean;
}

export interface SiteControlsProps {
  t: Translate;
  site: SiteState;
  paused: boolean;
  onToggle(enabled: boolean, scope: 'host' | 'domain'): void;
}

/**
 * This site on or off, for the host alone or the whole domain. Changing the scope while a rule
 * decides moves that rule to the new scope at once; with no rule, it says what the switch will cover.
 */
export function SiteControls({ t, site, paused, onToggle }: SiteControlsProps) {
  const [scope, setScope] = useState<'host' | 'domain'>(site.scope ?? 'host');
  // A rule changed elsewhere (the keyboard command, the options page): the menu follows it.
  useEffect(() => {
    if (site.scope) setScope(site.scope);
  }, [site.scope]);
  const chooseScope = (next: 'host' | 'domain') => {
    setScope(next);
    if (site.scope !== undefined && next !== site.scope) onToggle(site.enabled, next);
  };
  // Why the switch is as it is, when the reader may wonder: greyed out by the pause, or off by the inverted list.
  const why = paused ? t('popupPausedHint') : site.onlyListed && !site.enabled && !site.scope ? t('popupOnlyListedHint') : undefined;
  return (
    <fieldset class="site" disabled={paused} {...(why ? { 'aria-describedby': 'site-why' } : {})}>
      <legend class="visually-hidden">{site.host}</legend>
      <label class="toggle">
        <input type="checkbox" checked={site.enabled} onChange={(e) => onToggle(e.currentTarget.checked, scope)} />
        {t('popupAnnotateSite', site.host)}
      </label>
      {site.domain !== site.host && (
        <label class="scope">
          {t('popupScope')}{' '}
          <select value={scope} onChange={(e) => chooseScope(e.currentTarget.value as 'host' | 'domain')}>
            <option value="host">{t('popupScopeHost')}</option>
            <option value="domain">{t('popupScopeDomain', site.domain)}</option>
          </select>
        </label>
      )}
      {why && (
        <p class="why" id="site-why">
          {why}
        </p>
      )}
    </fieldset>
  );
}
