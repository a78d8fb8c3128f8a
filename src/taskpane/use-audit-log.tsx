import { type ReactNode, createContext, useCallback, useContext, useMemo } from 'react';
import type { AuditEvent } from '../workflow/audit-log';
import { loadChecks } from './chunks';
import { useHost } from './host-context';
import { type HostCall, useHostCall } from './use-host-call';
import { usePaneOptions } from './use-pane-options';

/**
 * The audit log («Registro Cuadre»), switched on by the analyst and kept so in the workbook (the
 * pane's options, use-pane-options.tsx: shown on once the workbook kept it). While on, each check
 * the analyst asks for and each report inserted adds a row, inside the action that did it (it
 * holds the pane's lock). A row that could not be written is shown as its own failure: the
 * check's result or the report stays.
 */
export interface AuditLog {
  readonly on: boolean;
  /** Until the workbook says whether the log is on. */
  readonly loading: boolean;
  readonly setOn: (on: boolean) => Promise<void>;
  /** Saving the switch. */
  readonly settingsCall: HostCall;
  /** The row of a check, of a report: each failure shown where its action is. */
  readonly checkCall: HostCall;
  readonly reportCall: HostCall;
  /**
   * Adds the event's row, timed now, when the log is on; nothing otherwise. Called inside an action
   * that holds the lock; never throws (a failure is kept on `checkCall` or `reportCall`).
   */
  readonly record: (event: Omit<AuditEvent, 'at'>) => Promise<void>;
}

const AuditLogContext = createContext<AuditLog | null>(null);

export function AuditLogProvider({ children }: { readonly children: ReactNode }) {
  const host = useHost();
  const { options, loading, current, change } = usePaneOptions();
  const settingsCall = useHostCall();
  const checkCall = useHostCall();
  const reportCall = useHostCall();
  const { run: runSettings } = settingsCall;
  const { runWithin: runCheckRow } = checkCall;
  const { runWithin: runReportRow } = reportCall;

  const setOn = useCallback(
    async (next: boolean) => {
      // Under the pane's lock: the switch decides whether the action running would write a row.
      await change({ auditLog: next }, 'once-saved', runSettings, 'save-audit-log');
    },
    [change, runSettings],
  );

  const record = useCallback(
    async (event: Omit<AuditEvent, 'at'>) => {
      // The options now: an action that began before a re-render still sees the switch as it is.
      if (!current().auditLog) return;
      const at = new Date();
      // From the checks' chunk (chunks.ts): loaded, since a check or a report comes first.
      const { planAuditLog, localDateTime } = await loadChecks();
      const plan = planAuditLog([{ ...event, at: localDateTime(at) }]);
      const runRow = event.report === undefined ? runCheckRow : runReportRow;
      await runRow(event.report === undefined ? 'log-check' : 'log-report', async () => {
        await host.appendAuditRows(plan);
      });
    },
    [host, current, runCheckRow, runReportRow],
  );

  const on = options.auditLog;
  const value = useMemo(
    () => ({ on, loading, setOn, settingsCall, checkCall, reportCall, record }),
    [on, loading, setOn, settingsCall, checkCall, reportCall, record],
  );
  return <AuditLogContext.Provider value={value}>{children}</AuditLogContext.Provider>;
}

export function useAuditLog(): AuditLog {
  const log = useContext(AuditLogContext);
  if (log === null) throw new Error('useAuditLog() outside <AuditLogProvider>: the pane has no audit log.');
  return log;
}
