import type { ApiSupport } from './api-support';
import type { HostProfile } from './profiles';
import { type AnyWorksheetEventArgs, type EventRegistration, kindOf } from './worksheet-events';
import type { SyncStats } from './sync-stats';
import type { WorkbookModel } from './workbook-model';

/** What changed, for a view that redraws: a sync that edited or moved the view, or saved settings. */
export interface WorkbookChange {
  readonly kind: 'edit' | 'view' | 'settings';
}

export type ChangeListener = (change: WorkbookChange) => void;

/**
 * The simulated Excel process: the workbook, what it supports, its limits, and who watches it.
 * Request contexts send their batches here.
 */
export class ExcelHost {
  private readonly listeners = new Set<ChangeListener>();
  /** Worksheet event handlers the add-in registered. */
  readonly events: EventRegistration[] = [];
  /** `context.runtime.enableEvents`. */
  eventsEnabled = true;
  private cellEditing = false;
  private readonly waitingForEdit: (() => void)[] = [];
  /** Bytes a request or response may carry; null where the platform has no such limit. */
  readonly payloadLimit: number | null;

  constructor(
    readonly workbook: WorkbookModel,
    readonly api: ApiSupport,
    readonly stats: SyncStats,
    readonly profile: HostProfile,
    /** Author of the notes and comments the add-in adds. */
    readonly userName: string,
  ) {
    this.payloadLimit = profile.payloadLimitBytes;
  }

  /** Delivers events to the matching handlers after the caller's turn, as Excel does. */
  raise(events: readonly AnyWorksheetEventArgs[]): void {
    for (const args of events) {
      const kind = kindOf(args);
      for (const r of this.events) if (r.kind === kind && (r.sheetId === null || r.sheetId === args.worksheetId)) setTimeout(() => void r.handler(args), 0);
    }
  }

  get inCellEdit(): boolean {
    return this.cellEditing;
  }

  beginCellEdit(): void {
    this.cellEditing = true;
  }

  /** Leaving cell-edit mode lets the batches that waited for it (`delayForCellEdit`) go. */
  endCellEdit(): void {
    this.cellEditing = false;
    for (const go of this.waitingForEdit.splice(0)) go();
  }

  /** Resolves once the user is not editing a cell. */
  cellEditDone(): Promise<void> {
    if (!this.cellEditing) return Promise.resolve();
    return new Promise((resolve) => this.waitingForEdit.push(resolve));
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: WorkbookChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
