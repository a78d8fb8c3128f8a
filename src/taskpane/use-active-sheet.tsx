import { type ReactNode, createContext, useContext, useMemo, useState } from 'react';

/**
 * The sheet the pane last put in front of the user (or read as active): after a report is
 * inserted its sheet is active, so «Ir a la hoja» is offered only once the pane has moved the
 * user elsewhere (selecting a finding's cell on the source sheet, a new check).
 */
export interface ActiveSheet {
  readonly name: string | null;
  readonly set: (name: string | null) => void;
}

const ActiveSheetContext = createContext<ActiveSheet | null>(null);

export function ActiveSheetProvider({ children }: { readonly children: ReactNode }) {
  const [name, set] = useState<string | null>(null);
  const value = useMemo(() => ({ name, set }), [name]);
  return <ActiveSheetContext.Provider value={value}>{children}</ActiveSheetContext.Provider>;
}

export function useActiveSheet(): ActiveSheet {
  const active = useContext(ActiveSheetContext);
  if (active === null) throw new Error('useActiveSheet() outside <ActiveSheetProvider>.');
  return active;
}
