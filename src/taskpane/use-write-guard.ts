import { useCallback, useState } from 'react';
import { useHost } from './host-context';

/** Where a write was asked for: the warning shows next to the button that asked (a check writes the audit log's row). */
export type WriteArea = 'check' | 'sheet' | 'report';

export interface WriteGuard {
  /** The area whose write waits for the user to accept that Ctrl+Z will not undo it. */
  readonly pending: WriteArea | null;
  /** Runs the write now, or first asks, on a host whose writes clear the undo history. */
  readonly request: (area: WriteArea, write: () => Promise<unknown>) => void;
  readonly proceed: () => void;
  readonly cancel: () => void;
}

/**
 * Before the first write of the session on an Excel without undo grouping (ExcelApi 1.20),
 * the pane warns that Ctrl+Z will not undo it and waits for "Continuar"; once accepted, the
 * session's later writes go ahead. When Excel fails a group (the write left nothing written and
 * the host gives grouping up), the same question is asked before the write is tried again.
 */
export function useWriteGuard(): WriteGuard {
  const host = useHost();
  const [accepted, setAccepted] = useState(false);
  const [pending, setPending] = useState<{ readonly area: WriteArea; readonly write: () => Promise<unknown> } | null>(null);

  const request = useCallback(
    (area: WriteArea, write: () => Promise<unknown>) => {
      if (!accepted && !host.capabilities().undoGroup) {
        setPending({ area, write });
        return;
      }
      void write().then(() => {
        if (!accepted && !host.capabilities().undoGroup) setPending({ area, write });
      });
    },
    [accepted, host],
  );
  const proceed = useCallback(() => {
    setAccepted(true);
    setPending(null);
    if (pending) void pending.write();
  }, [pending]);
  const cancel = useCallback(() => setPending(null), []);

  return { pending: pending?.area ?? null, request, proceed, cancel };
}
