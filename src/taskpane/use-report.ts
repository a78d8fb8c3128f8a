import { useMemo, useState } from 'react';
import { localCalendarDate } from '../domain/host-cells';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { type ReportGate, reportGate } from '../workflow/report-gate';
import { useHost } from './host-context';
import { loadChecks } from './chunks';
import { useActiveSheet } from './use-active-sheet';
import { useAuditLog } from './use-audit-log';
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
  /** The analyst's source line for the footnote; empty for the sheet and range. */
  readonly source: string;
  readonly setSource: (source: string) => void;
  /** Whether the final report may be inserted, and what it resolves (src/workflow decides). */
  readonly gate: ReportGate;
  readonly call: HostCall;
  /** Inserts the final report, or a draft when the gate refuses the final one. */
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
  const audit = useAuditLog();
  const [inserted, setInserted] = useState<ReportState['inserted']>(null);
  const [source, setSource] = useState('');
  const gate = useMemo(() => reportGate(rec), [rec]);

  const insert = (): void => {
    guard.request('report', () =>
      call.run('report', async () => {
        // Without a source line of the analyst's, the footnote names the sheet and range: the pane has no file name to give.
        const { planReport } = await loadChecks();
        const plan = planReport(rec, { adjustments: policy, lang, chart, draft: !gate.final, source, generatedOn: localCalendarDate(new Date()) });
        // The pane offers the insertion only as the gate allows (a draft when it refuses the final report).
        if (plan.kind === 'refused') return;
        const { sheetName } = await host.insertReport(plan);
        setInserted({ sheetName, after: startedNow() });
        active.set(sheetName);
        await audit.record({ reconciliation: rec, report: { sheetName, draft: plan.draft } });
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

  return { policy, setPolicy, chart, setChart, inserted, elsewhere, source, setSource, gate, call, insert, goToSheet };
}
