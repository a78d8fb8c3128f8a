import { type ReactNode, createContext, useContext } from 'react';
import type { CuadreHost } from '../workflow/port';

const HostContext = createContext<CuadreHost | null>(null);

/** Gives the pane its workbook port: the Office host in Excel, a fake in tests. */
export function HostProvider({ host, children }: { readonly host: CuadreHost; readonly children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): CuadreHost {
  const host = useContext(HostContext);
  if (host === null) throw new Error('useHost() outside <HostProvider>: the pane has no workbook port.');
  return host;
}
