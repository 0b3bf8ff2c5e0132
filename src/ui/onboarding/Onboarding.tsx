import { Fragment } from 'preact';
import { ARTICLE_PAGE } from '../../shared/article-address';
import type { Translate } from '../../shared/i18n';
import { Example } from './Example';
import { Marked } from './Marked';
import type { CommandRow } from './onboarding-model';
import { Privacy } from './Privacy';

export interface OnboardingProps {
  t: Translate;
  /** The UI language, for the page's lang attribute. */
  language: string;
  /** The browser this build is for: where its settings live differs. */
  target: 'chrome' | 'firefox';
  /** Backstory's keyboard commands, as the browser reports them now. */
  commands: CommandRow[];
  onOpenOptions(): void;
  /** Opens the browser's shortcut settings, when this browser lets an extension do so. */
  onOpenShortcuts?: () => void;
}

/** The demo: the index's first source article, painted like a web page. */
export const DEMO_ARTICLE_URL = `${ARTICLE_PAGE}?article=0`;

/** Where each browser changes extension shortcuts. */
const SHORTCUT_SETTINGS = {
  chrome: { key: 'onboardingKeysChangeChrome', url: 'chrome://extensions/shortcuts' },
  firefox: { key: 'onboardingKeysChangeFirefox', url: 'about:addons' },
} as const;

/** The first-run page, shown once after install: what Backstory does, privacy, site switch, keyboard. */
export function Onboarding({ t, language, target, commands, onOpenOptions, onOpenShortcuts }: OnboardingProps) {
  return (
    <main class="onboarding" lang={language}>
      <header class="hero">
        <img src="icons/icon-128.png" alt="" width={64} height={64} />
        <div>
          <h1>{t('onboardingTitle')}</h1>
          <p class="lead">{t('onboardingLead')}</p>
        </div>
      </header>

      <section class="panel" aria-labelledby="what-heading">
        <h2 id="what-heading">{t('onboardingWhatHeading')}</h2>
        <p>{t('onboardingWhatText')}</p>
        <Example t={t} />
        <p>{t('onboardingWhatIndex')}</p>
        <p class="demo">
          <a class="button primary" href={DEMO_ARTICLE_URL} target="_blank" rel="noopener noreferrer" aria-describedby="demo-hint">
            {t('onboardingTryDemo')}
          </a>
          <span class="hint" id="demo-hint">
            {t('onboardingTryDemoHint')}
          </span>
        </p>
      </section>

      <Privacy t={t} target={target} />

      <SiteSwitch t={t} onOpenOptions={onOpenOptions} />

      <Keyboard t={t} target={target} commands={commands} {...(onOpenShortcuts ? { onOpenShortcuts } : {})} />

      <footer class="footer">
        <p>{t('onboardingFooter')}</p>
      </footer>
    </main>
  );
}

const EXAMPLE_HOST = 'www.example.com';
const EXAMPLE_DOMAIN = 'example.com';

/** Turning Backstory off on one site, or everywhere: the popup's own labels, so the words match. */
function SiteSwitch({ t, onOpenOptions }: { t: Translate; onOpenOptions(): void }) {
  const site = t('popupAnnotateSite', EXAMPLE_HOST);
  const domain = t('popupScopeDomain', EXAMPLE_DOMAIN);
  const scope = t('popupScope');
  const command = t('commandToggleSite');
  const pause = t('popupPause');
  return (
    <section class="panel" aria-labelledby="off-heading">
      <h2 id="off-heading">{t('onboardingOffHeading')}</h2>
      <ol class="steps">
        <li>{t('onboardingOffButton')}</li>
        <li>
          <Marked
            text={t('onboardingOffUntick', site, domain, scope)}
            marks={[
              { text: site, kind: 'label' },
              { text: domain, kind: 'label' },
              { text: scope, kind: 'label' },
            ]}
          />
        </li>
      </ol>
      <p>
        <Marked text={t('onboardingOffShortcut', command)} marks={[{ text: command, kind: 'label' }]} />
      </p>
      <p>
        <Marked text={t('onboardingOffPause', pause)} marks={[{ text: pause, kind: 'label' }]} />
      </p>
      <p>{t('onboardingOffOptions')}</p>
      <p>
        <button type="button" class="button" onClick={onOpenOptions}>
          {t('onboardingOpenOptions')}
        </button>
      </p>
    </section>
  );
}

interface KeyboardProps {
  t: Translate;
  target: 'chrome' | 'firefox';
  commands: CommandRow[];
  onOpenShortcuts?: () => void;
}

/** The keyboard commands with their shortcuts now, and where the browser changes them. */
function Keyboard({ t, target, commands, onOpenShortcuts }: KeyboardProps) {
  const settings = SHORTCUT_SETTINGS[target];
  return (
    <section class="panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">{t('onboardingKeysHeading')}</h2>
      <p id="keys-intro">{t('onboardingKeysIntro')}</p>
      <table class="commands" aria-labelledby="keys-heading" aria-describedby="keys-intro">
        <thead>
          <tr>
            <th scope="col">{t('onboardingKeysShortcut')}</th>
            <th scope="col">{t('onboardingKeysAction')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => (
            <tr key={command.name} data-command={command.name}>
              <td class="keys">
                {command.keys.length === 0 ? (
                  <span class="unset">{t('popupNoShortcut')}</span>
                ) : (
                  <kbd>
                    {command.keys.map((key, i) => (
                      <Fragment key={i}>
                        {i > 0 && '+'}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </kbd>
                )}
              </td>
              <td>{command.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Marked text={t(settings.key, settings.url)} marks={[{ text: settings.url, kind: 'code' }]} />
      </p>
      {onOpenShortcuts && (
        <p>
          <button type="button" class="button" onClick={onOpenShortcuts}>
            {t('onboardingKeysOpenSettings')}
          </button>
        </p>
      )}
    </section>
  );
}
