/**
 * What the options page and the popup say when part of the settings does not sync: the newest site
 * rules over the quota, or the whole last save when sync refused it. Nothing when everything syncs.
 */
import type { MessageKey, Translate } from '../shared/i18n';
import type { SyncStatus } from '../shared/settings-store';

const KEYS: Record<'options' | 'popup', { partial: MessageKey; partialOne: MessageKey; local: MessageKey }> = {
  options: { partial: 'optionsSyncPartial', partialOne: 'optionsSyncPartialOne', local: 'optionsSyncLocal' },
  popup: { partial: 'popupSyncPartial', partialOne: 'popupSyncPartialOne', local: 'popupSyncLocal' },
};

/** The sentence for `sync` on `page` (the options page says why at more length), or undefined. */
export function syncNotice(sync: SyncStatus, t: Translate, page: 'options' | 'popup'): string | undefined {
  const keys = KEYS[page];
  if (sync.state === 'local') return t(keys.local);
  if (sync.state !== 'partial') return undefined;
  return sync.localOnlyRules === 1 ? t(keys.partialOne) : t(keys.partial, String(sync.localOnlyRules));
}
