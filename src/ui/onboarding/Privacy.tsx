import type { MessageKey, Translate } from '../../shared/i18n';
import { Marked } from './Marked';

export interface PrivacyProps {
  t: Translate;
  target: 'chrome' | 'firefox';
}

/** The manifest's permissions, in its order, each with why Backstory asks for it. */
const PERMISSIONS: readonly (readonly [string, MessageKey])[] = [
  ['storage', 'onboardingPermissionStorage'],
  ['unlimitedStorage', 'onboardingPermissionUnlimitedStorage'],
  ['activeTab', 'onboardingPermissionActiveTab'],
  ['contextMenus', 'onboardingPermissionContextMenus'],
  ['scripting', 'onboardingPermissionScripting'],
];

const PROMISES: readonly (readonly [MessageKey, MessageKey])[] = [
  ['onboardingPromiseNetwork', 'onboardingPromiseNetworkText'],
  ['onboardingPromiseLocal', 'onboardingPromiseLocalText'],
  ['onboardingPromiseIndex', 'onboardingPromiseIndexText'],
];

/** Where each browser lists an extension's background script with its own DevTools. */
const BACKGROUND_TOOLS = {
  chrome: { key: 'onboardingVerifyBackgroundChrome', url: 'chrome://extensions' },
  firefox: { key: 'onboardingVerifyBackgroundFirefox', url: 'about:debugging#/runtime/this-firefox' },
} as const satisfies Record<string, { key: MessageKey; url: string }>;

/** The context menu item as the menu shows it, with an ellipsis for the selection. */
function menuItem(t: Translate): string {
  return t('contextMenuLookUp').replace('%s', '…');
}

/** "Your reading stays yours": the promise, the permissions and why, and how to check it all. */
export function Privacy({ t, target }: PrivacyProps) {
  const background = BACKGROUND_TOOLS[target];
  const item = menuItem(t);
  return (
    <section id="privacy" class="panel privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('onboardingPrivacyHeading')}</h2>
      <ul class="promises">
        {PROMISES.map(([title, text]) => (
          <li key={title}>
            <strong>{t(title)}</strong>
            <span>{t(text)}</span>
          </li>
        ))}
      </ul>

      <h3>{t('onboardingPermissionsHeading')}</h3>
      <dl class="permissions">
        {PERMISSIONS.map(([name, key]) => (
          <div key={name}>
            <dt>
              <code translate={false}>{name}</code>
            </dt>
            <dd>{name === 'contextMenus' ? <Marked text={t(key, item)} marks={[{ text: item, kind: 'label' }]} /> : t(key)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('onboardingPermissionPages')}</dt>
          <dd>{t('onboardingPermissionPagesText')}</dd>
        </div>
      </dl>

      <h3>{t('onboardingVerifyHeading')}</h3>
      <ol class="steps">
        <li>{t('onboardingVerifyNetwork')}</li>
        <li>
          <Marked text={t(background.key, background.url)} marks={[{ text: background.url, kind: 'code' }]} />
        </li>
        <li>
          <Marked text={t('onboardingVerifyManifest', 'host_permissions')} marks={[{ text: 'host_permissions', kind: 'code' }]} />{' '}
          <a href="manifest.json" target="_blank" rel="noopener noreferrer">
            {t('onboardingVerifyManifestLink')}
          </a>
        </li>
        <li>{t('onboardingVerifySource')}</li>
      </ol>
    </section>
  );
}
