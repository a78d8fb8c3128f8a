import type { ApiSupport } from './api-support';
import type { HostProfile } from './profiles';
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
