import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditEvent } from '../workflow/audit-log';
import { loadChecks } from './chunks';
import { useHost } from './host-context';
import { type HostCall, useHostCall } from './use-host-call';

/**
 * The audit log («Registro Cuadre»), switched on by the analyst and kept so in the workbook's
 * document settings. While on, each check the analyst asks for and each report inserted adds a
 * row, inside the action that did it (it holds the pane's lock). A row that could not be written
 * is shown as its own failure: the check's result or the report stays.
 */
export interface AuditLog {
  readonly on: boolean;
  /** Until the workbook says whether the log is on. */
  readonly loading: boolean;
  readonly setOn: (on: boolean) => Promise<void>;
  /** Reading and saving the switch. */
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
  const settingsCall = useHostCall();
  const checkCall = useHostCall();
  const reportCall = useHostCall();
  const { run: runSettings, runWithin: loadWithin } = settingsCall;
  const { runWithin: runCheckRow } = checkCall;
  const { runWithin: runReportRow } = reportCall;
  const [on, setOnState] = useState(false);
  const [loading, setLoading] = useState(true);
  // Read by `record` inside an action that started before a re-render.
  const onNow = useRef(false);

  useEffect(() => {
    // Read alongside the check's settings when the pane opens (which hold the pane's lock then): the document's settings are in memory.
    void loadWithin('load-settings', async () => {
      const stored = (await host.loadAuditLogOn()) === true;
      onNow.current = stored;
      setOnState(stored);
    }).finally(() => setLoading(false));
  }, [host, loadWithin]);

  const setOn = useCallback(
    async (next: boolean) => {
      if ((await runSettings('save-audit-log', () => host.saveAuditLogOn(next))) !== 'done') return;
      onNow.current = next;
      setOnState(next);
    },
    [host, runSettings],
  );

  const record = useCallback(
    async (event: Omit<AuditEvent, 'at'>) => {
      if (!onNow.current) return;
      const at = new Date();
      // From the checks' chunk (chunks.ts): loaded, since a check or a report comes first.
      const { planAuditLog, localDateTime } = await loadChecks();
      const plan = planAuditLog([{ ...event, at: localDateTime(at) }]);
      const runRow = event.report === undefined ? runCheckRow : runReportRow;
      await runRow(event.report === undefined ? 'log-check' : 'log-report', async () => {
        await host.appendAuditRows(plan);
      });
    },
    [host, runCheckRow, runReportRow],
  );

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
