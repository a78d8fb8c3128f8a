import { useCallback, useState } from 'react';
import { HostFailure, type HostFailureReason } from '../workflow/port';
import type { Operation } from './i18n';
import { useBusy } from './use-busy';

/** A host call that failed: which operation, why, and what Excel said. */
export interface Failure {
  readonly operation: Operation;
  readonly reason: HostFailureReason;
  readonly detail: string;
}

/** A failure as the pane keeps it: shown until dismissed or until the next action starts (`Busy.started`). */
export type ShownFailure = Failure & { readonly after: number };

export function failureOf(operation: Operation, error: unknown): Failure {
  if (error instanceof HostFailure) return { operation, reason: error.reason, detail: error.detail };
  return { operation, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}

/** How a call ended: done, failed (its failure kept), or not started because another action was running. */
export type CallOutcome = 'done' | 'failed' | 'busy';

export interface HostCall {
  /** This call's operation while it runs (for its label); the pane-wide lock is `useBusy`. */
  readonly running: Operation | null;
  readonly failure: ShownFailure | null;
  /**
   * Runs one host operation under the pane's action lock; refused ('busy') while another action
   * runs. A failure is kept for the pane to show, never thrown.
   */
  readonly run: (operation: Operation, action: () => Promise<void>) => Promise<CallOutcome>;
  /** The same, as part of an action that already holds the lock (a fix that checks again). */
  readonly runWithin: (operation: Operation, action: () => Promise<void>) => Promise<CallOutcome>;
  readonly dismiss: () => void;
}

export function useHostCall(): HostCall {
  const { acquire, release, startedNow } = useBusy();
  const [running, setRunning] = useState<Operation | null>(null);
  const [failure, setFailure] = useState<ShownFailure | null>(null);
  const runWithin = useCallback(
    async (operation: Operation, action: () => Promise<void>): Promise<CallOutcome> => {
      setFailure(null);
      setRunning(operation);
      try {
        await action();
        return 'done';
      } catch (error) {
        setFailure({ ...failureOf(operation, error), after: startedNow() });
        return 'failed';
      } finally {
        setRunning(null);
      }
    },
    [startedNow],
  );
  const run = useCallback(
    async (operation: Operation, action: () => Promise<void>): Promise<CallOutcome> => {
      if (!acquire(operation)) return 'busy';
      try {
        return await runWithin(operation, action);
      } finally {
        release();
      }
    },
    [acquire, release, runWithin],
  );
  const dismiss = useCallback(() => setFailure(null), []);
  return { running, failure, run, runWithin, dismiss };
}
