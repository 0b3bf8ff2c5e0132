import { useRef } from 'preact/hooks';
import type { Translate } from '../../shared/i18n';
import { removeSiteRule, type SiteRule } from '../../shared/site-rules';

const DOMAIN_PREFIX = '*.';

export interface SitesProps {
  rules: readonly SiteRule[];
  t: Translate;
  onChange: (rules: SiteRule[]) => void;
}

/** The site rules: what each covers, on or off, and a way to remove it. Rules are made in the popup. */
export function Sites({ rules, t, onChange }: SitesProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = (pattern: string, enabled: boolean) => onChange(rules.map((rule) => (rule.pattern === pattern ? { ...rule, enabled } : rule)));
  const remove = (pattern: string) => {
    onChange(removeSiteRule(rules, pattern));
    // The button goes with its row: keep keyboard focus in the section instead of losing it to <body>.
    heading.current?.focus();
  };
  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading" ref={heading} tabIndex={-1}>
        {t('optionsSitesHeading')}
      </h2>
      <p class="hint">{t('optionsSitesIntro')}</p>
      <p class="hint">{t('optionsSitesPatterns')}</p>
      {rules.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="sites">
            <thead>
              <tr>
                <th scope="col">{t('optionsSitesColumnSite')}</th>
                <th scope="col">{t('optionsSitesColumnOn')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optionsSitesColumnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule, i) => {
                const id = `site-${i}`;
                const domain = rule.pattern.startsWith(DOMAIN_PREFIX) ? rule.pattern.slice(DOMAIN_PREFIX.length) : undefined;
                return (
                  <tr key={rule.pattern}>
                    <th scope="row">
                      <code>{rule.pattern}</code>
                      <span class="covers">{domain === undefined ? t('optionsSitesOneHost') : t('optionsSitesWholeDomain', domain)}</span>
                    </th>
                    <td>
                      <span class="choice">
                        <input type="checkbox" id={id} checked={rule.enabled} aria-label={t('optionsSitesOnFor', rule.pattern)} onChange={(event) => toggle(rule.pattern, event.currentTarget.checked)} />
                        <label for={id}>{t('optionsSitesOn')}</label>
                      </span>
                    </td>
                    <td>
                      <button type="button" class="button" aria-label={t('optionsSitesRemoveFor', rule.pattern)} onClick={() => remove(rule.pattern)}>
                        {t('optionsSitesRemove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
