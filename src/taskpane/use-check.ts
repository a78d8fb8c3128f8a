import { useCallback, useState } from 'react';
import type { Workbook } from '../domain/grid';
import { type Lang, amount } from '../domain/money';
import { reconcileWorkbook } from '../domain/reconcile';
import type { Reconciliation } from '../domain/reconciliation';
import type { PaneSettings, ReadProgress } from './host';
import { useHost } from './host-context';
import { useActiveSheet } from './use-active-sheet';
import { type HostCall, useHostCall } from './use-host-call';

export interface CheckResult {
  readonly reconciliation: Reconciliation;
  readonly workbook: Workbook;
}

export interface Check {
  /** While the host reads: how far it got (null before the first sheet). */
  readonly reading: { readonly progress: ReadProgress | null } | null;
  /** The last check's result, kept on screen while the next one reads; null after a failed check. */
  readonly result: CheckResult | null;
  readonly call: HostCall;
  /** Reads the workbook and reconciles it; resolves when the result (or the failure) is there. Waits for no one: refused while another action runs. */
  readonly run: () => Promise<void>;
  /** The same, inside an action that holds the pane's lock (a fix checks again). */
  readonly recheck: () => Promise<void>;
}

/** "Validar y conciliar": the host reads the workbook, the domain reconciles it. */
export function useCheck(settings: PaneSettings, lang: Lang): Check {
  const host = useHost();
  const call = useHostCall();
  const { run: runHost, runWithin } = call;
  const active = useActiveSheet();
  const [reading, setReading] = useState<Check['reading']>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  const checkWith = useCallback(
    async (runner: HostCall['run']) => {
      const outcome = await runner('check', async () => {
        setReading({ progress: null });
        try {
          const workbook = await host.readWorkbook((progress) => setReading({ progress }));
          setResult({ reconciliation: reconcileActiveFirst(workbook, settings, lang), workbook });
          active.set(workbook.activeSheet ?? null);
        } finally {
          setReading(null);
        }
      });
      if (outcome === 'failed') setResult(null);
    },
    [host, settings, lang, active.set],
  );
  const run = useCallback(() => checkWith(runHost), [checkWith, runHost]);
  const recheck = useCallback(() => checkWith(runWithin), [checkWith, runWithin]);

  return { reading, result, call, run, recheck };
}

/** The sheet with the table, the active sheet first (RECONCILIATION.md §2). */
function reconcileActiveFirst(workbook: Workbook, settings: PaneSettings, lang: Lang): Reconciliation {
  const choice = reconcileWorkbook(workbook, { lang, tolerance: amount(settings.tolerance), catalog: settings.catalog });
  if (!choice.ok) throw new Error(`reconcileWorkbook refused a workbook without a sheet name: ${choice.reason}`);
  return choice.reconciliation;
}
