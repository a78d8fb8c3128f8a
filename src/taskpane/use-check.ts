import { useCallback, useState } from 'react';
import type { Workbook } from '../domain/grid';
import { type Lang, amount } from '../domain/money';
import { reconcileWorkbook } from '../domain/reconcile';
import type { Reconciliation } from '../domain/reconciliation';
import type { PaneSettings, ReadProgress } from './host';
import { useHost } from './host-context';
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
  /** Reads the workbook and reconciles it; resolves when the result (or the failure) is there. */
  readonly run: () => Promise<void>;
}

/** "Validar y conciliar": the host reads the workbook, the domain reconciles it. */
export function useCheck(settings: PaneSettings, lang: Lang): Check {
  const host = useHost();
  const call = useHostCall();
  const { run: runHost } = call;
  const [reading, setReading] = useState<Check['reading']>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  const run = useCallback(async () => {
    setReading({ progress: null });
    const ok = await runHost('check', async () => {
      const workbook = await host.readWorkbook((progress) => setReading({ progress }));
      setResult({ reconciliation: reconcileActiveFirst(workbook, settings, lang), workbook });
    });
    if (!ok) setResult(null);
    setReading(null);
  }, [host, runHost, settings, lang]);

  return { reading, result, call, run };
}

/** The sheet with the table, the active sheet first (RECONCILIATION.md §2). */
function reconcileActiveFirst(workbook: Workbook, settings: PaneSettings, lang: Lang): Reconciliation {
  const choice = reconcileWorkbook(workbook, { lang, tolerance: amount(settings.tolerance), catalog: settings.catalog });
  if (!choice.ok) throw new Error(`reconcileWorkbook refused a workbook without a sheet name: ${choice.reason}`);
  return choice.reconciliation;
}
