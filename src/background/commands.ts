import { BROWSER, browser } from '../shared/browser';
import type { TabMessage } from '../shared/messages';
import type { SettingsStore } from '../shared/settings-store';
import { canAnnotate, isEnabled, setSiteRule } from '../shared/site-rules';

/** Keyboard commands (manifest "commands"); `_execute_action` (the popup) is the browser's own. */
export async function runCommand(command: string, tab: { id?: number; url?: string } | undefined, store: SettingsStore): Promise<void> {
  const active = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return;
  if (command === 'open-next-mention') {
    const message: TabMessage = { type: 'open-next-mention' };
    await browser.tabs.sendMessage(active.id, message, { frameId: 0 }).catch(() => {
      // No content script there (a browser page, or a page loaded before install).
    });
  } else if (command === 'toggle-site') {
    // The command is a user gesture: activeTab lets us read the tab's address now.
    const check = canAnnotate(active.url ?? '', BROWSER);
    if (!check.ok) return;
    // Decided and written under the save lock, from the stored settings at that moment.
    await store.save((settings) => ({ siteRules: setSiteRule(settings.siteRules, check.host, !isEnabled(active.url!, { ...settings, paused: false })) }));
  }
}
