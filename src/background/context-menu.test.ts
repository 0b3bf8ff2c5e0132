import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const created: Record<string, unknown>[] = [];
const windows: Record<string, unknown>[] = [];
const sent: unknown[] = [];
vi.mock('../shared/browser', () => ({
  browser: {
    contextMenus: { removeAll: async () => {}, create: (item: Record<string, unknown>) => created.push(item) },
    windows: { create: async (data: Record<string, unknown>) => windows.push(data) },
    tabs: { sendMessage: async (...args: unknown[]) => sent.push(args) },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
  },
  translate: (key: string) => key,
}));

const { createContextMenu, onContextMenuClick } = await import('./context-menu');

describe('the context menu', () => {
  it('is offered only on the pages the content script runs on (a click elsewhere would reach nothing)', async () => {
    await createContextMenu();
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { content_scripts: { matches: string[] }[] };
    expect(created.map((c) => [c.id, c.contexts])).toEqual([
      ['backstory-look-up', ['selection']],
      ['backstory-save-article', ['page']],
      ['backstory-save-selection', ['selection']],
      ['backstory-add-name', ['selection']],
    ]);
    for (const item of created) expect(item.documentUrlPatterns).toEqual(manifest.content_scripts[0]!.matches);
  });

  it('opens the save window aimed at the tab: the article, the selection, or the form with the name', async () => {
    const tab = { id: 12 } as Parameters<typeof onContextMenuClick>[1];
    await onContextMenuClick({ menuItemId: 'backstory-save-article' }, tab);
    await onContextMenuClick({ menuItemId: 'backstory-save-selection', selectionText: 'Una línea.' }, tab);
    await onContextMenuClick({ menuItemId: 'backstory-add-name', selectionText: '  Gustavo   Bolívar ' }, tab);
    expect(windows.map((w) => w.url)).toEqual([
      'chrome-extension://id/save.html?tab=12&what=article',
      'chrome-extension://id/save.html?tab=12&what=selection',
      'chrome-extension://id/save.html?tab=12&name=Gustavo+Bol%C3%ADvar',
    ]);
    expect(windows.every((w) => w.type === 'popup')).toBe(true);
    await onContextMenuClick({ menuItemId: 'backstory-look-up', selectionText: 'Petro' }, tab);
    expect(sent).toEqual([[12, { type: 'look-up', text: 'Petro' }, { frameId: 0 }]]);
  });
});
