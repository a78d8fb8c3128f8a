import { useCallback, useState } from 'react';
import type { Lang } from '../domain/lang';
import type { HostCheck } from '../workflow/check';
import type { LastCheck } from '../workflow/last-check';
import type { ReadProgress } from '../workflow/port';
import type { CheckSettings } from '../workflow/settings';
import { useHost } from './host-context';
import { loadChecks } from './chunks';
import { useActiveSheet } from './use-active-sheet';
import { useAuditLog } from './use-audit-log';
import { type CallOutcome, type HostCall, useHostCall } from './use-host-call';

export type CheckResult = HostCheck & {
  /** The check as kept in the workbook, with its worksheet's id (null without a table): the pane watches that sheet for edits. */
  readonly stored: LastCheck | null;
};

export interface Check {
  /** While the host reads: how far it got (null before the first sheet). */
  readonly reading: { readonly progress: ReadProgress | null } | null;
  /** The last check's result, kept on screen while the next one reads; null after a failed check. */
  readonly result: CheckResult | null;
  readonly call: HostCall;
  /** Reads the workbook and reconciles it; resolves when the result (or the failure) is there. Waits for no one: refused ('busy') while another action runs. */
  readonly run: () => Promise<CallOutcome>;
  /** The same, inside an action that holds the pane's lock (a fix checks again). */
  readonly recheck: () => Promise<CallOutcome>;
  /**
   * «Validar al editar»'s check: as `run` (under the pane's lock, refused while another action
   * runs), but it writes nothing, not even the audit log's row: the analyst did not ask for it.
   */
  readonly runOnEdit: () => Promise<CallOutcome>;
}

/** "Validar y conciliar": the workflow reads what it needs through the host and checks the sheet it chooses. */
export function useCheck(settings: CheckSettings, lang: Lang): Check {
  const host = useHost();
  const call = useHostCall();
  const { run: runHost, runWithin } = call;
  const active = useActiveSheet();
  const { record } = useAuditLog();
  const [reading, setReading] = useState<Check['reading']>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  const checkWith = useCallback(
    async (runner: HostCall['run'], log: boolean) => {
      const outcome = await runner('check', async () => {
        setReading({ progress: null });
        try {
          const { checkOpenWorkbook, compareWithLastCheck, localDateTime } = await loadChecks();
          const check = await checkOpenWorkbook(host, settings, lang, (progress) => setReading({ progress }));
          // Compared with this sheet's last check (month.restated), then kept as the last one.
          const compared = await compareWithLastCheck(host, check, localDateTime(new Date()));
          setResult(compared);
          active.set(check.workbook.activeSheet ?? null);
          // The audit log has the checks the analyst asks for, not the re-checks after a fix (docs/decisions.md).
          if (log) await record({ reconciliation: compared.reconciliation });
        } finally {
          setReading(null);
        }
      });
      if (outcome === 'failed') setResult(null);
      return outcome;
    },
    [host, settings, lang, active.set, record],
  );
  const run = useCallback(() => checkWith(runHost, true), [checkWith, runHost]);
  const recheck = useCallback(() => checkWith(runWithin, false), [checkWith, runWithin]);
  const runOnEdit = useCallback(() => checkWith(runHost, false), [checkWith, runHost]);

  return { reading, result, call, run, recheck, runOnEdit };
}
