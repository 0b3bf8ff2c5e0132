import { describe, expect, it } from 'vitest';
import en from '../../assets/_locales/en/messages.json';
import es from '../../assets/_locales/es/messages.json';
import { translateFrom } from '../shared/i18n';
import { syncNotice } from './sync-notice';

describe('syncNotice', () => {
  it('says nothing when everything syncs', () => {
    expect(syncNotice({ state: 'synced' }, translateFrom(en), 'options')).toBeUndefined();
  });

  it('says how many of the newest rules stay in this browser, and why, in the UI language', () => {
    expect(syncNotice({ state: 'partial', localOnlyRules: 312 }, translateFrom(en), 'options')).toMatch(/^Sync is off for your 312 newest site rules: .*100 KB.*kept in this browser only/);
    expect(syncNotice({ state: 'partial', localOnlyRules: 312 }, translateFrom(es), 'popup')).toMatch(/^La sincronización está desactivada para tus 312 reglas de sitio más recientes/);
    expect(syncNotice({ state: 'partial', localOnlyRules: 1 }, translateFrom(en), 'popup')).toMatch(/^Sync is off for your newest site rule: it does not fit/);
  });

  it('says when the last save did not reach sync at all', () => {
    expect(syncNotice({ state: 'local' }, translateFrom(en), 'popup')).toBe(en.popupSyncLocal.message);
    expect(syncNotice({ state: 'local' }, translateFrom(es), 'options')).toBe(es.optionsSyncLocal.message);
  });
});
