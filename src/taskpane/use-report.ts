import { useState } from 'react';
import { localCalendarDate } from '../domain/host-cells';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { planReport } from '../workflow/report-plan';
import { useHost } from './host-context';
import { type HostCall, useHostCall } from './use-host-call';
import type { WriteGuard } from './use-write-guard';

export interface ReportState {
  readonly policy: AdjustmentPolicy;
  readonly setPolicy: (policy: AdjustmentPolicy) => void;
  readonly chart: boolean;
  readonly setChart: (chart: boolean) => void;
  /** The sheet the last insertion created. */
  readonly sheetName: string | null;
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
  const [sheetName, setSheetName] = useState<string | null>(null);

  const insert = (): void => {
    setSheetName(null);
    guard.request('report', () =>
      call.run('report', async () => {
        // The source line names the sheet: the pane has no file name to give.
        const plan = planReport(rec, { adjustments: policy, lang, chart, generatedOn: localCalendarDate(new Date()), source: rec.sheet });
        setSheetName((await host.insertReport(plan)).sheetName);
      }),
    );
  };
  const goToSheet = (): void => {
    if (sheetName !== null) void call.run('activate', () => host.activateSheet(sheetName));
  };

  return { policy, setPolicy, chart, setChart, sheetName, call, insert, goToSheet };
}
