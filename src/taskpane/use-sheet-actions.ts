import { useCallback, useMemo, useState } from 'react';
import type { Workbook } from '../domain/grid';
import type { Reconciliation } from '../domain/reconciliation';
import type { FixOutcome, TextNumberFix } from '../workflow/port';
import { useHost } from './host-context';
import { textNumberFixes } from './pane-model';
import { useActiveSheet } from './use-active-sheet';
import type { Highlights } from './use-highlights';
import { useBusy } from './use-busy';
import { type HostCall, useHostCall } from './use-host-call';
import type { WriteGuard } from './use-write-guard';

export type SheetNotice =
  | { readonly kind: 'highlighted'; readonly lostSheets?: readonly string[] }
  | { readonly kind: 'cleared'; readonly lostSheets?: readonly string[] }
  | ({ readonly kind: 'fixed' } & FixOutcome);

export interface SheetActions {
  readonly fixes: readonly TextNumberFix[];
  /** The workbook keeps highlights to take away: «Quitar resaltado» is offered. */
  readonly clearable: boolean;
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
export function useSheetActions(
  rec: Reconciliation,
  workbook: Workbook,
  guard: WriteGuard,
  recheck: () => Promise<void>,
  highlights: Highlights,
): SheetActions {
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

  /** A highlight or a clear, then what the workbook keeps now, before the bar says it is done. */
  const paint = async (kind: 'highlighted' | 'cleared', action: () => Promise<{ lostSheets: readonly string[] }>): Promise<SheetNotice> => {
    const { lostSheets } = await action();
    await highlights.refresh();
    return { kind, lostSheets };
  };

  return {
    fixes,
    clearable: highlights.on === true,
    notice,
    call,
    selectCall,
    highlight: () => write('highlight', () => paint('highlighted', () => host.highlight(rec.findings))),
    clear: () => write('clear', () => paint('cleared', () => host.clearHighlights())),
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
