import { useCallback, useEffect, useState } from 'react';
import { useHost } from './host-context';

/**
 * Whether the workbook keeps Cuadre's highlights, as the host records them (they survive
 * closing the pane): «Quitar resaltado» is offered only then. Asked when the pane opens and
 * after each highlight or clear.
 */
export interface Highlights {
  /** null until the host has answered. */
  readonly on: boolean | null;
  /** Asks the host again. */
  readonly refresh: () => Promise<void>;
}

export function useHighlights(): Highlights {
  const host = useHost();
  const [on, setOn] = useState<boolean | null>(null);
  const refresh = useCallback(async () => {
    // Not known (the record could not be read): offered, since a clear with nothing to take away is harmless.
    setOn(await host.highlightsOn().catch(() => true));
  }, [host]);
  useEffect(() => void refresh(), [refresh]);
  return { on, refresh };
}
