import { useEffect, useRef, useState } from 'preact/hooks';
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
  const body = useRef<HTMLTableSectionElement>(null);
  /** The row a removal emptied, whose successor takes focus once the list has re-rendered. */
  const removedAt = useRef<number | undefined>(undefined);
  const [removed, setRemoved] = useState('');
  const toggle = (pattern: string, enabled: boolean) => onChange(rules.map((rule) => (rule.pattern === pattern ? { ...rule, enabled } : rule)));
  const remove = (pattern: string, at: number) => {
    removedAt.current = at;
    setRemoved(pattern);
    onChange(removeSiteRule(rules, pattern));
  };
  // The button goes with its row: focus moves to the next row's Remove (or the previous, or the
  // heading when none is left), so a keyboard reader keeps their place in a long list.
  useEffect(() => {
    const at = removedAt.current;
    if (at === undefined) return;
    removedAt.current = undefined;
    const buttons = body.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? heading.current)?.focus();
  }, [rules]);
  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading" ref={heading} tabIndex={-1}>
        {t('optionsSitesHeading')}
      </h2>
      <p class="hint">{t('optionsSitesIntro')}</p>
      <p class="hint">{t('optionsSitesPatterns')}</p>
      {/* Always in the page, so that what is put in it is announced. */}
      <p class="visually-hidden" role="status">
        {removed && t('optionsSitesRemoved', removed)}
      </p>
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
            <tbody ref={body}>
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
                      <button type="button" class="button" aria-label={t('optionsSitesRemoveFor', rule.pattern)} onClick={() => remove(rule.pattern, i)}>
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
