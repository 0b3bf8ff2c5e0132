// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INDEX_SCHEMA_VERSION, type ContextIndex, type IndexEntity } from '../index/types';
import { compileMatcherData } from '../match/compile-matcher-data';
import { NO_RULES } from '../match/matcher-data';
import type { ContentMessage, TabMessage } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { LoadResult, SettingsStore, SyncStatus } from '../shared/settings-store';
import { PageIndex, type PageIndexSource } from './page-index';
import { PageSession } from './page-session';
import { TAB_HANDLERS } from './tab-handlers';

const rubio: IndexEntity = {
  id: 'marco-rubio',
  name: 'Marco Rubio',
  kind: 'person',
  role: { en: 'U.S. Secretary of State' },
  aliases: [{ text: 'Marco Rubio', case: 'capitalized' }],
  never: [],
  mentions: [{ article: 0, sentence: 0, start: 0, end: 11 }],
  related: [],
};
const index: ContextIndex = {
  schemaVersion: INDEX_SCHEMA_VERSION,
  version: 'test',
  articles: [{ id: 'a', title: 'Title', date: '2026-01-07', source: 'Source', language: 'en', summary: 'S', sentences: ['Marco Rubio spoke.'], paragraphStarts: [0] }],
  entities: [rubio],
  matcher: compileMatcherData([rubio], NO_RULES, { buckets: {} }),
  fuzzy: { buckets: {} },
};

/** A settings store the test changes by hand: load() waits until `loaded()` says so. */
class FakeStore {
  private readonly callbacks = new Set<(settings: Settings, sync: SyncStatus) => void>();
  private release?: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.release = resolve));
  constructor(private settings: Settings) {}
  loaded(): void {
    this.release!();
  }
  change(patch: Partial<Settings>): void {
    this.settings = { ...this.settings, ...patch };
    for (const callback of this.callbacks) callback(this.settings, { state: 'synced' });
  }
  get subscribers(): number {
    return this.callbacks.size;
  }
  readonly store = {
    load: async (): Promise<LoadResult> => {
      await this.ready;
      return { settings: this.settings, problems: [], sync: { state: 'synced' } };
    },
    subscribe: (callback: (settings: Settings, sync: SyncStatus) => void) => {
      this.callbacks.add(callback);
      return () => void this.callbacks.delete(callback);
    },
    save: () => Promise.reject(new Error('the content script never saves')),
  } satisfies SettingsStore;
}

/** The index source, with a way for the test to announce a new index. */
function fakeIndexSource(): PageIndexSource & { announce(next: PageIndex): void } {
  let listener: ((next: PageIndex) => void) | undefined;
  return {
    load: async () => PageIndex.fromIndex(index),
    subscribe: (onChange, signal) => {
      listener = onChange;
      signal.addEventListener('abort', () => (listener = undefined));
    },
    announce: (next) => listener?.(next),
  };
}

// happy-dom has no CSS Custom Highlight API: a registry and a Highlight, enough for the painter.
beforeAll(() => {
  Object.defineProperty(globalThis, 'CSS', { value: Object.assign(CSS, { highlights: new Map() }), configurable: true });
  Object.assign(globalThis, {
    Highlight: class extends Set<AbstractRange> {
      priority = 0;
    },
  });
  // No StaticRange either; the page side only stores them.
  (globalThis as { StaticRange?: unknown }).StaticRange ??= class {
    constructor(readonly init: StaticRangeInit) {}
  };
});

let fake: FakeStore;
let source: ReturnType<typeof fakeIndexSource>;
let sent: ContentMessage[];
let errors: unknown[];
let handle: ((message: TabMessage) => unknown) | undefined;
let tabSignal: AbortSignal | undefined;
let session: PageSession;

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example/story');
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Marco Rubio spoke.' }));
  fake = new FakeStore({ ...DEFAULT_SETTINGS });
  source = fakeIndexSource();
  sent = [];
  errors = [];
  handle = undefined;
  session = new PageSession(PageIndex.fromIndex(index), {
    store: fake.store,
    listenToTabMessages: (h, signal) => {
      handle = h;
      tabSignal = signal;
    },
    indexSource: source,
    send: (message) => sent.push(message),
    isConnected: () => true,
    t: (key) => key,
    language: () => 'en',
    onError: (error) => errors.push(error),
  });
});

afterEach(() => {
  session.destroy();
  expect(errors).toEqual([]);
});

describe('PageSession', () => {
  it('answers the popup while the settings are being read, and annotates once they say so', async () => {
    expect(handle!({ type: 'get-page-entities' })).toEqual({ entities: [], scanning: true });
    expect(session.active).toBeUndefined();
    const started = session.start();
    fake.loaded();
    await started;
    expect(session.active?.passive).toBe(false);
    await vi.waitFor(() => expect(handle!({ type: 'get-page-entities' })).toEqual({ entities: [{ id: 'marco-rubio', count: 1 }] }));
    expect(sent).toContainEqual({ type: 'page-entities', entities: 1 });
  });

  it('lets a change made while the settings load win over what the read returns', async () => {
    const started = session.start();
    fake.change({ paused: true });
    fake.loaded();
    await started;
    expect(session.active).toBeUndefined();
  });

  it('follows the settings: the site off takes the annotation away, a look-up then gets one that only looks up', async () => {
    fake.loaded();
    await session.start();
    const first = session.active!;
    fake.change({ dwellMs: 900 });
    expect(session.active, 'a change that paints nothing differently keeps the annotation').toBe(first);
    fake.change({ density: 'first' });
    expect(session.active).not.toBe(first);
    expect(first.destroyed).toBe(true);
    fake.change({ paused: true });
    expect(session.active).toBeUndefined();
    const lookUp = session.forLookUp();
    expect(lookUp.passive).toBe(true);
    expect(session.forLookUp()).toBe(lookUp);
    fake.change({ paused: false });
    expect(lookUp.destroyed).toBe(true);
    expect(session.active?.passive).toBe(false);
  });

  it('starts the annotation again on a new index, and keeps the rest', async () => {
    fake.loaded();
    await session.start();
    const before = session.active!;
    // The next index knows the same words under another id: the page is read with it.
    const next = PageIndex.fromIndex({ ...index, version: 'next', entities: [{ ...rubio, id: 'rubio-next' }] });
    source.announce(next);
    expect(before.destroyed).toBe(true);
    expect(session.active).toBeDefined();
    expect(session.active).not.toBe(before);
    await vi.waitFor(() => expect(handle!({ type: 'get-page-entities' })).toEqual({ entities: [{ id: 'rubio-next', count: 1 }] }));
    expect(session.destroyed).toBe(false);
    expect(fake.subscribers).toBe(1);
    expect(tabSignal!.aborted).toBe(false);
  });

  it('takes everything away in one call', async () => {
    fake.loaded();
    await session.start();
    const annotation = session.active!;
    session.destroy();
    expect(annotation.destroyed).toBe(true);
    expect(session.active).toBeUndefined();
    expect(fake.subscribers).toBe(0);
    expect(tabSignal!.aborted).toBe(true);
    fake.change({ density: 'first' });
    expect(session.active).toBeUndefined();
  });

  it('handles every tab message through the exported table', () => {
    expect(Object.keys(TAB_HANDLERS).sort()).toEqual(['get-page-entities', 'look-up', 'open-entity', 'open-next-mention']);
  });
});
