import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import es from '../../../assets/_locales/es/messages.json';
import manifest from '../../../manifest.json';
import { translateFrom } from '../../shared/i18n';
import { COMMAND_KEYS, commandRows, shortcutKeys, splitMarks } from './onboarding-model';

const t = translateFrom(en);

describe('shortcutKeys', () => {
  it('splits a shortcut into its keys', () => {
    expect(shortcutKeys('Alt+Shift+B')).toEqual(['Alt', 'Shift', 'B']);
    expect(shortcutKeys('Ctrl+Shift+Comma')).toEqual(['Ctrl', 'Shift', 'Comma']);
  });

  it('keeps a plus key, and a shortcut written without pluses, whole', () => {
    expect(shortcutKeys('Ctrl++')).toEqual(['Ctrl', '+']);
    expect(shortcutKeys('⌥⇧B')).toEqual(['⌥⇧B']);
  });

  it('gives no keys when no shortcut is set', () => {
    expect(shortcutKeys('')).toEqual([]);
    expect(shortcutKeys(undefined)).toEqual([]);
    expect(shortcutKeys('  ')).toEqual([]);
  });
});

describe('commandRows', () => {
  it('names every command of the manifest, with a message in each locale', () => {
    expect(Object.keys(COMMAND_KEYS).sort()).toEqual(Object.keys(manifest.commands).sort());
    for (const key of Object.values(COMMAND_KEYS)) {
      expect(en).toHaveProperty(key);
      expect(es).toHaveProperty(key);
    }
  });

  it('lists the commands in manifest order, described in the page language, with their keys', () => {
    const rows = commandRows(
      [
        { name: 'toggle-site', description: 'Activar o desactivar', shortcut: 'Alt+Shift+O' },
        { name: '_execute_action', description: '', shortcut: '' },
        { name: 'open-next-mention', shortcut: 'Alt+Shift+N' },
      ],
      t,
    );
    expect(rows).toEqual([
      { name: '_execute_action', description: en.commandOpenPopup.message, keys: [] },
      { name: 'open-next-mention', description: en.commandNextMention.message, keys: ['Alt', 'Shift', 'N'] },
      { name: 'toggle-site', description: en.commandToggleSite.message, keys: ['Alt', 'Shift', 'O'] },
    ]);
  });

  it('keeps a command it does not know, after the known ones, with the browser description; drops nameless ones', () => {
    const rows = commandRows([{ name: 'future', description: 'Something new' }, { description: 'no name' }, { name: 'toggle-site' }], t);
    expect(rows.map((r) => [r.name, r.description])).toEqual([
      ['toggle-site', en.commandToggleSite.message],
      ['future', 'Something new'],
    ]);
  });
});

describe('splitMarks', () => {
  it('sets apart the substituted texts, wherever the translation put them', () => {
    expect(
      splitMarks('Untick Annotate x. First choose all of y under Applies to.', [
        { text: 'Annotate x', kind: 'label' },
        { text: 'all of y', kind: 'label' },
        { text: 'Applies to', kind: 'label' },
      ]),
    ).toEqual([
      { text: 'Untick ' },
      { text: 'Annotate x', kind: 'label' },
      { text: '. First choose ' },
      { text: 'all of y', kind: 'label' },
      { text: ' under ' },
      { text: 'Applies to', kind: 'label' },
      { text: '.' },
    ]);
  });

  it('prefers the longest mark at one place, and marks every occurrence', () => {
    expect(
      splitMarks('Gustavo Petro met Petro', [
        { text: 'Petro', kind: 'quoted' },
        { text: 'Gustavo Petro', kind: 'mention' },
      ]),
    ).toEqual([{ text: 'Gustavo Petro', kind: 'mention' }, { text: ' met ' }, { text: 'Petro', kind: 'quoted' }]);
  });

  it('leaves the text whole when a mark is missing or empty', () => {
    expect(
      splitMarks('Nothing here', [
        { text: 'absent', kind: 'code' },
        { text: '', kind: 'code' },
      ]),
    ).toEqual([{ text: 'Nothing here' }]);
    expect(splitMarks('', [{ text: 'x', kind: 'code' }])).toEqual([]);
  });
});
