import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps a keyboard reader's place in a list whose rows can be removed: once the list has come back
 * without the row, focus goes to the next row's Remove button (the previous for the last row, the
 * section's heading when none is left), as the site rules do.
 */
export function useFocusAfterRemoval(items: readonly unknown[], heading: RefObject<HTMLElement | null>): { list: RefObject<HTMLUListElement | null>; removing: (at: number) => void } {
  const list = useRef<HTMLUListElement>(null);
  const removedAt = useRef<number | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the list, whose rows it focuses.
  useEffect(() => {
    const at = removedAt.current;
    if (at === undefined) return;
    removedAt.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.remove') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? heading.current)?.focus();
  }, [items, heading]);
  return {
    list,
    removing: (at) => {
      removedAt.current = at;
    },
  };
}
