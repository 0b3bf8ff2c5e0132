import { describe, expect, it } from 'vitest';
import { readSaveRequest, saveWindowPath } from './save-address';

describe('the save window address', () => {
  it('carries the tab and what to save, or the name, there and back', () => {
    for (const request of [
      { tab: 3, what: 'article' as const },
      { tab: 3, what: 'selection' as const },
      { tab: 0, name: 'Gustavo Bolívar & co' },
    ]) {
      const path = saveWindowPath(request);
      expect(readSaveRequest(path.slice(path.indexOf('?')))).toEqual(request);
    }
  });

  it('reads nothing from a query without a tab, or with neither', () => {
    expect(readSaveRequest('?what=article')).toBeUndefined();
    expect(readSaveRequest('?tab=x&what=article')).toBeUndefined();
    expect(readSaveRequest('?tab=2')).toBeUndefined();
    expect(readSaveRequest('?tab=2&name=%20')).toBeUndefined();
  });
});
