import { describe, expect, it, vi } from 'vitest';
import { ONBOARDING_FLAG, showOnboardingOnce, type OnboardingDeps } from './onboarding';

const PAGE = 'chrome-extension://abc/onboarding.html';

/** A storage.local fake over a plain object, with a log of calls shared with openTab. */
function fakes(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = { ...initial };
  const log: string[] = [];
  const deps: OnboardingDeps = {
    storage: {
      get: vi.fn(async (key: string) => {
        log.push(`get ${key}`);
        return key in data ? { [key]: data[key] } : {};
      }),
      set: vi.fn(async (items: Record<string, unknown>) => {
        log.push(`set ${JSON.stringify(items)}`);
        Object.assign(data, items);
      }),
    },
    openTab: vi.fn(async (url: string) => {
      log.push(`open ${url}`);
    }),
    pageUrl: PAGE,
  };
  return { deps, data, log };
}

describe('showOnboardingOnce', () => {
  it('on a first install, sets the flag first, then opens the page', async () => {
    const { deps, data, log } = fakes();
    expect(await showOnboardingOnce({ reason: 'install' }, deps)).toBe('opened');
    expect(log).toEqual([`get ${ONBOARDING_FLAG}`, `set {"${ONBOARDING_FLAG}":true}`, `open ${PAGE}`]);
    expect(data[ONBOARDING_FLAG]).toBe(true);
  });

  it('opens it once: a second install event finds the flag', async () => {
    const { deps } = fakes();
    await showOnboardingOnce({ reason: 'install' }, deps);
    expect(await showOnboardingOnce({ reason: 'install' }, deps)).toBe('already-shown');
    expect(deps.openTab).toHaveBeenCalledTimes(1);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('does nothing on %s, and leaves storage alone', async (reason) => {
    const { deps, log } = fakes();
    expect(await showOnboardingOnce({ reason }, deps)).toBe('not-install');
    expect(log).toEqual([]);
  });

  it('does not open it on a reinstall that kept the flag', async () => {
    const { deps } = fakes({ [ONBOARDING_FLAG]: true });
    expect(await showOnboardingOnce({ reason: 'install' }, deps)).toBe('already-shown');
    expect(deps.openTab).not.toHaveBeenCalled();
    expect(deps.storage.set).not.toHaveBeenCalled();
  });

  it('takes any stored flag value as shown', async () => {
    const { deps } = fakes({ [ONBOARDING_FLAG]: 'yes' });
    expect(await showOnboardingOnce({ reason: 'install' }, deps)).toBe('already-shown');
  });

  it('does not open it when storage cannot be read or written (once could not be kept)', async () => {
    const unreadable = fakes();
    unreadable.deps.storage.get = () => Promise.reject(new Error('storage is gone'));
    expect(await showOnboardingOnce({ reason: 'install' }, unreadable.deps)).toBe('storage-failed');
    expect(unreadable.deps.openTab).not.toHaveBeenCalled();

    const unwritable = fakes();
    unwritable.deps.storage.set = () => Promise.reject(new Error('quota'));
    expect(await showOnboardingOnce({ reason: 'install' }, unwritable.deps)).toBe('storage-failed');
    expect(unwritable.deps.openTab).not.toHaveBeenCalled();
  });

  it('keeps the flag when the tab fails to open, so the page never shows twice, and does not reject', async () => {
    const { deps, data } = fakes();
    deps.openTab = () => Promise.reject(new Error('no window'));
    expect(await showOnboardingOnce({ reason: 'install' }, deps)).toBe('open-failed');
    expect(data[ONBOARDING_FLAG]).toBe(true);
    const again = { ...deps, openTab: vi.fn(async () => undefined) };
    expect(await showOnboardingOnce({ reason: 'install' }, again)).toBe('already-shown');
    expect(again.openTab).not.toHaveBeenCalled();
  });
});
