import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from './i18n';
import type { WriteArea, WriteGuard } from './use-write-guard';

/** Asks, before a write on an Excel without undo grouping, whether to go ahead without Ctrl+Z. */
export function NoUndoBar({ guard, area }: { readonly guard: WriteGuard; readonly area: WriteArea }) {
  const s = useStrings();
  const proceed = useRef<HTMLButtonElement>(null);
  // The button that asked for the write gets the focus back when the question is answered.
  const invoker = useRef<HTMLElement | null>(null);
  const shown = guard.pending === area;
  useEffect(() => {
    if (!shown) return;
    invoker.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    proceed.current?.focus();
  }, [shown]);
  const answer = (then: () => void) => (): void => {
    then();
    invoker.current?.focus();
  };
  if (!shown) return null;
  return (
    <MessageBar intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{s.noUndoTitle}</MessageBarTitle> {s.noUndoBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={proceed} onClick={answer(guard.proceed)}>
          {s.proceed}
        </Button>
        <Button onClick={answer(guard.cancel)}>{s.cancel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
