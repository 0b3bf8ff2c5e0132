/** The storage.local key that records that the onboarding page was opened once. */
export const ONBOARDING_FLAG = 'onboardingShown';

/** What showOnboardingOnce needs from the browser, passed in so it is tested with fakes. */
export interface OnboardingDeps {
  /** browser.storage.local: cleared by an uninstall, so a real reinstall shows the page again. */
  storage: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  openTab(url: string): Promise<unknown>;
  /** The onboarding page's address, browser.runtime.getURL('onboarding.html'). */
  pageUrl: string;
}

/** What happened: the page opened, or why it did not. */
export type OnboardingOutcome = 'opened' | 'not-install' | 'already-shown' | 'storage-failed' | 'open-failed';

/**
 * Opens the onboarding page after a first install, once: never on an update of Backstory or of the
 * browser, and never when storage already holds the flag. The flag is written before the tab opens,
 * so a failure in between can lose the page but never show it twice; when storage cannot be read or
 * written the page is not opened, as "once" could not be kept. Never rejects (it runs from an event
 * listener with nobody to catch).
 */
export async function showOnboardingOnce(details: { reason: string }, deps: OnboardingDeps): Promise<OnboardingOutcome> {
  if (details.reason !== 'install') return 'not-install';
  try {
    const stored = await deps.storage.get(ONBOARDING_FLAG);
    if (stored[ONBOARDING_FLAG] !== undefined) return 'already-shown';
    await deps.storage.set({ [ONBOARDING_FLAG]: true });
  } catch {
    return 'storage-failed';
  }
  try {
    await deps.openTab(deps.pageUrl);
    return 'opened';
  } catch {
    return 'open-failed';
  }
}
