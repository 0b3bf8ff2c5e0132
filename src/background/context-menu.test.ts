import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const created: Record<string, unknown>[] = [];
vi.mock('../shared/browser', () => ({
  browser: { contextMenus: { removeAll: async () => {}, create: (item: Record<string, unknown>) => created.push(item) } },
  translate: (key: string) => key,
}));

const { createContextMenu } = await import('./context-menu');

describe('the Look up menu', () => {
  it('is offered only on the pages the content script runs on (a click elsewhere would reach nothing)', async () => {
    await createContextMenu();
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { content_scripts: { matches: string[] }[] };
    expect(created).toHaveLength(1);
    expect(created[0]!.contexts).toEqual(['selection']);
    expect(created[0]!.documentUrlPatterns).toEqual(manifest.content_scripts[0]!.matches);
  });
});
