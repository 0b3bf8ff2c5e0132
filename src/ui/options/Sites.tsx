import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { normalizePattern, removeSiteRule, setSiteRule, type SiteRule } from '../../shared/site-rules';
import { Checkbox } from './controls';

const DOMAIN_PREFIX = '*.';

export interface SitesProps {
  rules: readonly SiteRule[];
  /** Backstory runs only where a rule turns it on. */
  onlyListed: boolean;
  t: Translate;
  onChange: (patch: Pick<Partial<Settings>, 'siteRules' | 'onlyListedSites'>) => void;
}

/** What typing a site gives: a pattern to add, or why not. */
export type AddCheck = { ok: true; pattern: string } | { ok: false; reason: 'invalid' | 'exists'; pattern?: string };

/** Checks a typed host or domain against the rules: normalised ("Example.COM/news" → "example.com"), and new. */
export function checkNewSite(input: string, rules: readonly SiteRule[]): AddCheck {
  const pattern = normalizePattern(input);
  if (pattern === undefined) return { ok: false, reason: 'invalid' };
  if (rules.some((rule) => rule.pattern === pattern)) return { ok: false, reason: 'exists', pattern };
  return { ok: true, pattern };
}

/**
 * The site rules: the inverted list switch, a field to add a rule by typing its host, and per rule
 * what it covers, on or off, and a way to remove it. The popup adds rules too, from the site itself.
 */
export function Sites({ rules, onlyListed, t, onChange }: SitesProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  /** The row a removal emptied, whose successor takes focus once the list has re-rendered. */
  const removedAt = useRef<number | undefined>(undefined);
  const [announced, setAnnounced] = useState('');
  const [typed, setTyped] = useState('');
  const [addError, setAddError] = useState('');
  const toggle = (pattern: string, enabled: boolean) => onChange({ siteRules: rules.map((rule) => (rule.pattern === pattern ? { ...rule, enabled } : rule)) });
  const remove = (pattern: string, at: number) => {
    removedAt.current = at;
    setAnnounced(t('optionsSitesRemoved', pattern));
    onChange({ siteRules: removeSiteRule(rules, pattern) });
  };
  const add = () => {
    const check = checkNewSite(typed, rules);
    if (!check.ok) {
      setAddError(check.reason === 'exists' ? t('optionsSitesAddExists', check.pattern!) : t('optionsSitesAddInvalid', t('optionsQuoted', typed.trim())));
      return;
    }
    // A rule made here says the opposite of what sites do without one: off in the usual list, on in the inverted one.
    onChange({ siteRules: setSiteRule(rules, check.pattern, onlyListed) });
    setTyped('');
    setAddError('');
    setAnnounced(t('optionsSitesAdded', check.pattern));
  };
  // The button goes with its row: focus moves to the next row's Remove (or the previous, or the
  // heading when none is left), so a keyboard reader keeps their place in a long list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the list, whose rows it focuses.
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
      <p class="hint">{t(onlyListed ? 'optionsSitesIntroListed' : 'optionsSitesIntro')}</p>
      <p class="hint">{t('optionsSitesPatterns')}</p>
      <div class="group">
        <Checkbox id="only-listed" label={t('optionsOnlyListed')} checked={onlyListed} describedBy="only-listed-hint" onChange={(onlyListedSites) => onChange({ onlyListedSites })} />
        <p class="hint" id="only-listed-hint">
          {t('optionsOnlyListedHint')}
        </p>
      </div>
      <form
        class="group add-site"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label for="add-site" class="field-label">
          {t('optionsSitesAddLabel')}
        </label>
        <div class="add-row">
          <input
            type="text"
            id="add-site"
            value={typed}
            placeholder="www.example.com"
            autoComplete="off"
            spellcheck={false}
            aria-describedby={addError ? 'add-site-error add-site-hint' : 'add-site-hint'}
            aria-invalid={addError ? 'true' : 'false'}
            onInput={(event) => {
              setTyped(event.currentTarget.value);
              setAddError('');
            }}
          />
          <button type="submit" class="button">
            {t('optionsSitesAdd')}
          </button>
        </div>
        {addError && (
          <p class="field-error" id="add-site-error">
            {addError}
          </p>
        )}
        <p class="hint" id="add-site-hint">
          {t('optionsSitesAddHint')}
        </p>
      </form>
      {/* Always in the page, so that what is put in it is announced. */}
      <p class="visually-hidden" role="status">
        {announced}
      </p>
      {rules.length === 0 ? (
        <p class="empty">{t(onlyListed ? 'optionsSitesEmptyListed' : 'optionsSitesEmpty')}</p>
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
                        <input
                          type="checkbox"
                          id={id}
                          checked={rule.enabled}
                          aria-label={t('optionsSitesOnFor', rule.pattern)}
                          onChange={(event) => toggle(rule.pattern, event.currentTarget.checked)}
                        />
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
