import { extensionApi } from './extension-api';
import type { Annotation } from './annotator';

/** Events the browser tests send to the content script, in the test build only. */
const TEST_EVENTS = { stop: 'backstory:test-stop', ask: 'backstory:test-ask', state: 'backstory:test-state', open: 'backstory:test-open' } as const;

export interface TestState {
  /** No scan work is pending. */
  idle: boolean;
  entities: number;
  ranges: number;
  errors: string[];
}

/**
 * Lets the browser tests stop the annotation and read its state through DOM events. Compiled only
 * into the test build (`node build.mjs --test`): the shipped content script has no such door.
 */
export function installTestHooks(current: () => Annotation | undefined, errors: string[]): void {
  document.addEventListener(TEST_EVENTS.stop, () => current()?.stop());
  // Opens an extension page in a new tab (see background/test-pages.ts); the detail names it.
  document.addEventListener(TEST_EVENTS.open, (e) => {
    void extensionApi.runtime.sendMessage({ type: 'test-open-page', page: String((e as CustomEvent).detail) });
  });
  document.addEventListener(TEST_EVENTS.ask, () => {
    const annotation = current();
    const state: TestState = {
      idle: annotation?.scanner.idle ?? true,
      entities: annotation?.matches.entities().size ?? 0,
      ranges: annotation?.matches.all().length ?? 0,
      errors,
    };
    document.dispatchEvent(new CustomEvent(TEST_EVENTS.state, { detail: JSON.stringify(state) }));
  });
}
