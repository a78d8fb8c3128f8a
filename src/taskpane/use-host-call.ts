import { useCallback, useState } from 'react';
import { HostFailure, type HostFailureReason } from '../workflow/port';
import type { Operation } from './i18n';

/** A host call that failed: which operation, why, and what Excel said. */
export interface Failure {
  readonly operation: Operation;
  readonly reason: HostFailureReason;
  readonly detail: string;
}

export function failureOf(operation: Operation, error: unknown): Failure {
  if (error instanceof HostFailure) return { operation, reason: error.reason, detail: error.detail };
  return { operation, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}

export interface HostCall {
  /** The operation in flight, if any: its buttons are disabled meanwhile. */
  readonly running: Operation | null;
  readonly failure: Failure | null;
  /** Runs one host operation; a failure is kept for the pane to show, never thrown. True when it succeeded. */
  readonly run: (operation: Operation, action: () => Promise<void>) => Promise<boolean>;
  readonly dismiss: () => void;
}

export function useHostCall(): HostCall {
  const [running, setRunning] = useState<Operation | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = useCallback(async (operation: Operation, action: () => Promise<void>): Promise<boolean> => {
    setFailure(null);
    setRunning(operation);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(failureOf(operation, error));
      return false;
    } finally {
      setRunning(null);
    }
  }, []);
  const dismiss = useCallback(() => setFailure(null), []);
  return { running, failure, run, dismiss };
}
