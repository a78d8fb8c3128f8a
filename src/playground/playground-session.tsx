import { useCallback, useState } from 'react';
import type { OpeningStatus, WorkbookOpening } from './open-workbook-bar';
import { type OpenedWorkbook, type SimulatedExcel, openWorkbook, simulatedExcel } from './open-workbook';
import type { PlaygroundOptions } from './options';
import { Playground } from './playground';

/**
 * The page's state: which workbook the in-memory Excel holds. Opening another one starts a new
 * in-memory Excel and a new pane over it, as opening another workbook in Excel would; the
 * pane's adapter is the production one (src/excel/host.ts).
 */

interface Session extends SimulatedExcel {
  readonly id: number;
  readonly name: string;
}

const startSession = (workbook: OpenedWorkbook, options: PlaygroundOptions, id = 0): Session => ({ id, name: workbook.name, ...simulatedExcel(workbook, options) });

export function PlaygroundSession({ first, options }: { readonly first: OpenedWorkbook; readonly options: PlaygroundOptions }) {
  const [session, setSession] = useState(() => startSession(first, options));
  const [status, setStatus] = useState<OpeningStatus>({ kind: 'idle' });

  const open = useCallback(
    async (file: File) => {
      setStatus({ kind: 'reading', name: file.name });
      const outcome = await openWorkbook(file, file.name);
      if (!outcome.ok) {
        setStatus({ kind: 'failed', message: outcome.message });
        return;
      }
      try {
        const next = startSession(outcome.workbook, options, session.id + 1);
        setSession(next);
        setStatus({ kind: 'idle' });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setStatus({
          kind: 'failed',
          message: { es: `El Excel simulado no pudo cargar «${file.name}» (${detail}).`, en: `The simulated Excel could not load "${file.name}" (${detail}).` },
        });
      }
    },
    [options, session.id],
  );

  const opening: WorkbookOpening = { name: session.name, status, open: (file) => void open(file) };
  // A new key: the pane starts over on the new workbook, as a pane opened on it in Excel would.
  return <Playground key={session.id} sim={session.sim} host={session.host} options={options} opening={opening} />;
}
