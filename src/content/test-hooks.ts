import type { Annotation } from './annotator';

/** Events the browser tests send to the content script, in the test build only. */
export const TEST_EVENTS = { stop: 'backstory:test-stop', ask: 'backstory:test-ask', state: 'backstory:test-state' } as const;

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
