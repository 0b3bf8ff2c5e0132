import { render } from 'preact';
import { browser, translate, uiLocale } from '../../shared/browser';
import { uiLanguageOf } from '../../shared/i18n';
import { commandRows, type BrowserCommand } from './onboarding-model';
import { Onboarding } from './Onboarding';

/**
 * Opens the browser's shortcut settings where an extension may: Chrome opens chrome:// pages from
 * tabs.create; Firefox (137+) has commands.openShortcutSettings, as about:addons cannot be opened.
 */
function shortcutOpener(): (() => void) | undefined {
  if (__TARGET__ === 'chrome') return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const open = commands.openShortcutSettings;
  return typeof open === 'function' ? () => void open.call(commands) : undefined;
}

/** The onboarding page (onboarding.html), opened once after install by the background. */
async function show(): Promise<void> {
  const language = uiLanguageOf(uiLocale());
  document.documentElement.lang = language;
  document.title = translate('onboardingTitle');
  const commands: BrowserCommand[] = await browser.commands.getAll().catch(() => []);
  const onOpenShortcuts = shortcutOpener();
  render(
    <Onboarding
      t={translate}
      language={language}
      target={__TARGET__}
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
