import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { useHost } from './host-context';
import { listenTo } from './listen-to';

/**
 * The sheet in front of the user, so that «Ir a la hoja» is offered only from elsewhere. Excel
 * says when a sheet becomes active (the user clicking a tab, or the pane's own moves: the port's
 * `onSheetActivated`); the pane also sets it itself when it puts a sheet in front (a check, a
 * finding's cell, a new report), which is all it knows where Excel cannot tell it (an add-in
 * writing with its events off, or a host refusing the event: office-js #1103).
 */
export interface ActiveSheet {
  readonly name: string | null;
  readonly set: (name: string | null) => void;
}

const ActiveSheetContext = createContext<ActiveSheet | null>(null);

export function ActiveSheetProvider({ children }: { readonly children: ReactNode }) {
  const host = useHost();
  const [name, set] = useState<string | null>(null);
  useEffect(() => {
    let unmounted = false;
    // Not heard: the pane keeps to the sheets it put in front itself (see above); nothing for the user to do.
    const stop = listenTo(() => host.onSheetActivated((sheet) => !unmounted && set(sheet)));
    return () => {
      unmounted = true;
      stop();
    };
  }, [host]);
  const value = useMemo(() => ({ name, set }), [name]);
  return <ActiveSheetContext.Provider value={value}>{children}</ActiveSheetContext.Provider>;
}

export function useActiveSheet(): ActiveSheet {
  const active = useContext(ActiveSheetContext);
  if (active === null) throw new Error('useActiveSheet() outside <ActiveSheetProvider>.');
  return active;
}
