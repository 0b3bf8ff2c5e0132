import { extensionApi } from './extension-api';
import type { Annotation } from './annotation';
import type { Scope } from './scope';

/** Events the browser tests send to the content script, in the test build only. */
const TEST_EVENTS = { stop: 'backstory:test-stop', ask: 'backstory:test-ask', state: 'backstory:test-state', open: 'backstory:test-open' } as const;

export interface TestState {
  /** No scan work is pending. */
  idle: boolean;
  entities: number;
  ranges: number;
  errors: string[];
}

export interface TestHooksTarget {
  readonly active: Annotation | undefined;
  /** Ends everything the content script added to the page, in one call. */
  destroy(): void;
}

/**
 * Lets the browser tests stop the content script and read its state through DOM events. Compiled
 * only into the test build (`node build.mjs --test`): the shipped content script has no such door.
 * The listeners live in the session's scope, so they too come back after `document.open()`.
 */
export function installTestHooks(scope: Scope, session: TestHooksTarget, errors: string[]): void {
  scope.listen(document, TEST_EVENTS.stop, () => session.destroy());
  // Opens an extension page in a new tab (see background/test-pages.ts); the detail names it, and
  // after a colon the name the add-name form is for ("add-name:Gustavo Bolívar").
  scope.listen<CustomEvent>(document, TEST_EVENTS.open, (e) => {
    const [page, ...name] = String(e.detail).split(':');
    void extensionApi.runtime.sendMessage({ type: 'test-open-page', page, name: name.join(':') });
  });
  scope.listen(document, TEST_EVENTS.ask, () => {
    const annotation = session.active;
    const state: TestState = {
      idle: annotation?.scanner.idle ?? true,
      entities: annotation?.matches.entities().size ?? 0,
      ranges: annotation?.matches.all().length ?? 0,
      errors,
    };
    document.dispatchEvent(new CustomEvent(TEST_EVENTS.state, { detail: JSON.stringify(state) }));
  });
}
