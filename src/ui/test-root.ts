import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * The element a component test renders into: a fresh one in the body for each test, unmounted and
 * removed after it. A live binding: import it, call renderIntoFreshRoot() once at the top of the
 * test file, and `root` is that test's element.
 */
export let root: HTMLElement;

/** Registers the hooks that make and clear `root` around each test of the calling file. */
export function renderIntoFreshRoot(): void {
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}
