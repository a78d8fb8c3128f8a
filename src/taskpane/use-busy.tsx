import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { Operation } from './i18n';

/**
 * One action at a time across the whole pane. Two sections running at once is how one
 * double-click made two report sheets and «Validar» checked the report being inserted: every
 * host call takes this lock first, and a control that would start an action waits while it is held.
 */
export interface Busy {
  /** The action in flight, if any. */
  readonly operation: Operation | null;
  /** Actions started so far: a success bar shown after action n goes away when action n + 1 starts. */
  readonly started: number;
  /** `started` as of now, for a result recorded inside an action (state in a closure would be stale). */
  readonly startedNow: () => number;
  /**
   * Takes the lock for `operation`; false when another action holds it. Synchronous (a ref, not
   * state) so that two clicks in the same frame cannot both get it.
   */
  readonly acquire: (operation: Operation) => boolean;
  readonly release: () => void;
}

const BusyContext = createContext<Busy | null>(null);

export function BusyProvider({ children }: { readonly children: ReactNode }) {
  const held = useRef<Operation | null>(null);
  const [operation, setOperation] = useState<Operation | null>(null);
  const [started, setStarted] = useState(0);
  const count = useRef(0);
  const startedNow = useCallback(() => count.current, []);
  const acquire = useCallback((next: Operation): boolean => {
    if (held.current !== null) return false;
    held.current = next;
    setOperation(next);
    // Selecting a cell or opening a sheet is not news: it leaves the last result's bar in place.
    if (next !== 'select' && next !== 'activate') setStarted(++count.current);
    return true;
  }, []);
  const release = useCallback(() => {
    held.current = null;
    setOperation(null);
  }, []);
  const value = useMemo(() => ({ operation, started, startedNow, acquire, release }), [operation, started, startedNow, acquire, release]);
  return <BusyContext.Provider value={value}>{children}</BusyContext.Provider>;
}

export function useBusy(): Busy {
  const busy = useContext(BusyContext);
  if (busy === null) throw new Error('useBusy() outside <BusyProvider>: the pane has no action lock.');
  return busy;
}
