import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpeningStatus, WorkbookOpening } from './open-workbook-bar';
import { type OpenedWorkbook, type SimulatedExcel, openWorkbook, simulatedExcel } from './open-workbook';
import type { PlaygroundOptions } from './options';
import { Playground } from './playground';
import { type PlaygroundDocument, loadDocument, saveDocument } from './playground-document';
import type { CellEdit } from './sheet-view';

/**
 * The page's state: which workbook the in-memory Excel holds. Opening another one starts a new
 * in-memory Excel and a new pane over it, as opening another workbook in Excel would; the
 * pane's adapter is the production one (src/excel/host.ts).
 */

interface Session extends SimulatedExcel {
  readonly id: number;
  readonly name: string;
}

const startSession = (workbook: OpenedWorkbook, options: PlaygroundOptions, id = 0, settings?: Readonly<Record<string, unknown>>): Session => ({
  id,
  name: workbook.name,
  ...simulatedExcel(workbook, options, settings),
});

/** The document this tab kept (playground-document.ts) opened again: its workbook, settings, then the user's edits in order. */
function reopenSession(first: OpenedWorkbook, options: PlaygroundOptions, kept: PlaygroundDocument): Session {
  const session = startSession(kept.opened ?? first, options, 0, kept.settings);
  for (const { sheet, address, input } of kept.edits) {
    try {
      session.sim.edit(sheet, address, input);
    } catch {
      // A sheet or address the workbook no longer has: the edit is gone with it.
    }
  }
  return session;
}

export function PlaygroundSession({ first, options }: { readonly first: OpenedWorkbook; readonly options: PlaygroundOptions }) {
  const kept = useRef<PlaygroundDocument>(null as unknown as PlaygroundDocument);
  const [session, setSession] = useState(() => {
    const stored = loadDocument();
    kept.current = stored ?? { opened: null, edits: [], settings: {} };
    return stored ? reopenSession(first, options, stored) : startSession(first, options);
  });
  const [status, setStatus] = useState<OpeningStatus>({ kind: 'idle' });

  // What the add-in saves in the document (saveAsync) is kept with it, so a reload finds it.
  useEffect(
    () =>
      session.sim.onChange((change) => {
        if (change.kind !== 'settings') return;
        kept.current = { ...kept.current, settings: session.sim.savedSettings() };
        saveDocument(kept.current);
      }),
    [session],
  );
  const edit: CellEdit = useCallback(
    (sheet, address, input) => {
      session.sim.edit(sheet, address, input);
      kept.current = { ...kept.current, edits: [...kept.current.edits, { sheet, address, input }] };
      saveDocument(kept.current);
    },
    [session],
  );

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
        kept.current = { opened: outcome.workbook, edits: [], settings: {} };
        saveDocument(kept.current);
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
  return <Playground key={session.id} sim={session.sim} host={session.host} options={options} opening={opening} edit={edit} />;
}
