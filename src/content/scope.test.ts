// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageListeners, Scope } from './scope';

describe('Scope and PageListeners', () => {
  it('puts back a listener the page erased, once, and never one whose scope has ended', () => {
    const listeners = new PageListeners();
    const scope = new Scope(listeners, () => {});
    let heard = 0;
    let registered: EventListener | undefined;
    const add = document.addEventListener.bind(document);
    document.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      if (type === 'x-test') registered = listener;
      add(type, listener, options);
    }) as typeof document.addEventListener;
    try {
      scope.listen(document, 'x-test', () => heard++);
    } finally {
      document.addEventListener = add;
    }
    document.dispatchEvent(new Event('x-test'));
    expect(heard).toBe(1);

    // What document.open() does to every listener of the document, ours too.
    document.removeEventListener('x-test', registered!);
    document.dispatchEvent(new Event('x-test'));
    expect(heard).toBe(1);
    listeners.reattach();
    // Twice: a listener still in place is not added again.
    listeners.reattach();
    document.dispatchEvent(new Event('x-test'));
    expect(heard).toBe(2);

    scope.end();
    expect(listeners.size).toBe(0);
    listeners.reattach();
    document.dispatchEvent(new Event('x-test'));
    expect(heard).toBe(2);
  });

  it('sends what fails in a guarded entry point or an ending step to its error handler, and runs the other steps', () => {
    const errors: unknown[] = [];
    const scope = new Scope(new PageListeners(), (error) => errors.push(error));
    const ended: string[] = [];
    scope.onEnd(() => {
      throw new Error('first step');
    });
    scope.onEnd(() => ended.push('second step'));
    scope.guard(() => {
      throw new Error('entry point');
    })();
    scope.end();
    expect(errors.map(String)).toEqual(['Error: entry point', 'Error: first step']);
    expect(ended).toEqual(['second step']);
    let ran = false;
    scope.guard(() => (ran = true))();
    expect(ran).toBe(false);
  });
});
