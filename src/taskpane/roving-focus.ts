import { type FocusEvent, type KeyboardEvent, useCallback, useRef } from 'react';

/**
 * A group the Tab key stops at once, whose controls the arrow keys move between (WAI-ARIA's
 * roving tabindex): the control the user was last on keeps `tabindex="0"`, every other one gets
 * `-1`, so Tab enters the group where the user left it and the next Tab leaves it.
 *
 * Written here rather than taken from Fluent (`useArrowNavigationGroup`): Fluent's hook brings
 * tabster, 23.6 KB of the pane's 120 KB gzipped budget, for this one list (docs/decisions.md).
 * It works on the DOM, not on React state, because the controls are rendered by Fluent
 * (a Checkbox's input, an Input) and appear as a finding opens, without the list re-rendering.
 */

/** What the arrow keys visit: enabled native controls not inside a `hidden` part. */
const CONTROLS = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), a[href]';

function controls(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => el.closest('[hidden]') === null);
}

/** Keys that move, and where to: the next, the previous, the first and the last control. */
const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** In a text field, Home and End move the caret, not the focus. */
const isTextField = (el: Element): boolean =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type));

export interface RovingFocus {
  readonly ref: (group: HTMLElement | null) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** Spread the result on the group's element. */
export function useRovingFocus(): RovingFocus {
  const group = useRef<HTMLElement | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const observer = useRef<MutationObserver | null>(null);

  /** One tab stop: the remembered control if it is still there, else the first. */
  const sync = useCallback((): void => {
    const el = group.current;
    if (el === null) return;
    const all = controls(el);
    const keep = current.current !== null && all.includes(current.current) ? current.current : (all[0] ?? null);
    current.current = keep;
    for (const control of all) {
      const index = control === keep ? 0 : -1;
      if (control.tabIndex !== index) control.tabIndex = index;
    }
  }, []);

  // React calls it with null as the group unmounts: the observer stops there.
  const ref = useCallback(
    (el: HTMLElement | null): void => {
      observer.current?.disconnect();
      group.current = el;
      if (el === null) return;
      sync();
      // Controls come and go (a finding opens, a comment field appears): each one must join as -1.
      observer.current = new MutationObserver(sync);
      observer.current.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'disabled'] });
    },
    [sync],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>): void => {
      if (group.current === null || !controls(group.current).includes(event.target)) return;
      current.current = event.target;
      sync();
    },
    [sync],
  );

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>): void => {
    const move = MOVES[event.key];
    const el = group.current;
    if (move === undefined || el === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if ((event.key === 'Home' || event.key === 'End') && isTextField(event.target as Element)) return;
    const all = controls(el);
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault(); // the arrows would scroll the pane
    all[move(at, all.length)]?.focus();
  }, []);

  return { ref, onFocus, onKeyDown };
}
