import { render } from 'preact';
import { browser, BROWSER, shortcutSettingsOpener, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { commandRows, type BrowserCommand } from './onboarding-model';
import { Onboarding } from './Onboarding';

/** The onboarding page (onboarding.html), opened once after install by the background. */
async function show(): Promise<void> {
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  document.title = translate('onboardingTitle');
  const commands: BrowserCommand[] = await browser.commands.getAll().catch(() => []);
  const onOpenShortcuts = shortcutSettingsOpener();
  render(
    <Onboarding
      t={translate}
      language={language}
      target={BROWSER}
      commands={commandRows(commands, translate)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      {...(onOpenShortcuts ? { onOpenShortcuts } : {})}
    />,
    document.getElementById('root')!,
  );
}

void show();
// Back from the shortcut settings in another tab: show the shortcuts as they are now.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void show();
});
