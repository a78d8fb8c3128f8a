import { useCallback, useMemo, useState } from 'react';
import type { Workbook } from '../domain/grid';
import type { Reconciliation } from '../domain/reconciliation';
import type { FixOutcome, TextNumberFix } from '../workflow/port';
import { useHost } from './host-context';
import { textNumberFixes } from './pane-model';
import { useActiveSheet } from './use-active-sheet';
import { useBusy } from './use-busy';
import { type HostCall, useHostCall } from './use-host-call';
import type { WriteGuard } from './use-write-guard';

export type SheetNotice =
  | { readonly kind: 'highlighted'; readonly lostSheets?: readonly string[] }
  | { readonly kind: 'cleared'; readonly lostSheets?: readonly string[] }
  | ({ readonly kind: 'fixed' } & FixOutcome);

export interface SheetActions {
  readonly fixes: readonly TextNumberFix[];
  /** What the last write did, and when (`Busy.startedNow`): its bar goes when the next action starts. */
  readonly notice: { readonly what: SheetNotice; readonly after: number } | null;
  /** Highlight, clear and fix: the writes. */
  readonly call: HostCall;
  readonly selectCall: HostCall;
  readonly highlight: () => void;
  readonly clear: () => void;
  /** Turns text amounts into numbers, then checks again so the findings match the sheet. */
  readonly fix: () => void;
  readonly selectCell: (sheet: string, cell: string) => void;
}

/** What the pane does to the sheet after a check: select, highlight, fix. */
export function useSheetActions(rec: Reconciliation, workbook: Workbook, guard: WriteGuard, recheck: () => Promise<void>): SheetActions {
  const host = useHost();
  const call = useHostCall();
  const selectCall = useHostCall();
  const { run } = call;
  const { startedNow } = useBusy();
  const active = useActiveSheet();
  const [notice, setNotice] = useState<SheetActions['notice']>(null);
  const fixes = useMemo(() => textNumberFixes(rec, workbook), [rec, workbook]);

  const write = useCallback(
    (operation: 'highlight' | 'clear' | 'fix', action: () => Promise<SheetNotice>) => {
      setNotice(null);
      guard.request('sheet', () => run(operation, async () => setNotice({ what: await action(), after: startedNow() })));
    },
    [guard, run, startedNow],
  );

  return {
    fixes,
    notice,
    call,
    selectCall,
    highlight: () => write('highlight', async () => ({ kind: 'highlighted', lostSheets: (await host.highlight(rec.findings)).lostSheets })),
    clear: () => write('clear', async () => ({ kind: 'cleared', lostSheets: (await host.clearHighlights()).lostSheets })),
    fix: () =>
      write('fix', async () => {
        const outcome = await host.fixTextNumbers(fixes);
        await recheck();
        return { kind: 'fixed', ...outcome };
      }),
    selectCell: (sheet, cell) =>
      void selectCall.run('select', async () => {
        await host.selectCell(sheet, cell);
        active.set(sheet);
      }),
  };
}
