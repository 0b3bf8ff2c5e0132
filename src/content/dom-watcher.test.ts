// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DomWatcher } from './dom-watcher';
import type { PageScanner } from './page-scanner';

const noScanner = { addText() {}, addRoot() {}, noteRemoval() {} } as unknown as PageScanner;
const unguarded = <A extends unknown[]>(fn: (...args: A) => void) => fn;

describe('DomWatcher', () => {
  it('lists the open shadow roots on the page, lets go of removed ones and lists one again when its host returns', () => {
    document.body.replaceChildren();
    const host = document.createElement('news-card');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const watcher = new DomWatcher(noScanner, unguarded);
    watcher.watch(shadow);
    expect(watcher.shadowRoots).toEqual([shadow]);
    host.remove();
    expect(watcher.shadowRoots).toEqual([]);
    document.body.append(host);
    // The scanner finds it again when it walks the returned host, and the watcher is told.
    watcher.watch(shadow);
    expect(watcher.shadowRoots).toEqual([shadow]);
    watcher.disconnect();
    expect(watcher.shadowRoots).toEqual([]);
  });
});
