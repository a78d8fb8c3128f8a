import { useState } from 'react';
import { localCalendarDate } from '../domain/host-cells';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { planReport } from '../workflow/report-plan';
import { useHost } from './host-context';
import { useActiveSheet } from './use-active-sheet';
import { useBusy } from './use-busy';
import { type HostCall, useHostCall } from './use-host-call';
import type { WriteGuard } from './use-write-guard';

export interface ReportState {
  readonly policy: AdjustmentPolicy;
  readonly setPolicy: (policy: AdjustmentPolicy) => void;
  readonly chart: boolean;
  readonly setChart: (chart: boolean) => void;
  /** The sheet the last insertion created, and when (`Busy.startedNow`). */
  readonly inserted: { readonly sheetName: string; readonly after: number } | null;
  /** The user is on another sheet than the report: «Ir a la hoja» makes sense. */
  readonly elsewhere: boolean;
  readonly call: HostCall;
  readonly insert: () => void;
  readonly goToSheet: () => void;
}

/** "Insertar informe anual": the options, the insertion, and the way to the new sheet. */
export function useReport(rec: Reconciliation, lang: Lang, guard: WriteGuard): ReportState {
  const host = useHost();
  const call = useHostCall();
  const [policy, setPolicy] = useState<AdjustmentPolicy>('propagate');
  const [chart, setChart] = useState(true);
  const { startedNow } = useBusy();
  const active = useActiveSheet();
  const [inserted, setInserted] = useState<ReportState['inserted']>(null);

  const insert = (): void => {
    guard.request('report', () =>
      call.run('report', async () => {
        // The source line names the sheet: the pane has no file name to give.
        const plan = planReport(rec, { adjustments: policy, lang, chart, generatedOn: localCalendarDate(new Date()), source: rec.sheet });
        const { sheetName } = await host.insertReport(plan);
        setInserted({ sheetName, after: startedNow() });
        active.set(sheetName);
      }),
    );
  };
  const goToSheet = (): void => {
    if (inserted !== null)
      void call.run('activate', async () => {
        await host.activateSheet(inserted.sheetName);
        active.set(inserted.sheetName);
      });
  };
  const elsewhere = inserted !== null && active.name !== inserted.sheetName;

  return { policy, setPolicy, chart, setChart, inserted, elsewhere, call, insert, goToSheet };
}
