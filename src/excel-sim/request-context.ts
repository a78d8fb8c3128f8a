import type { BatchAction, Delivery } from './batch';
import { describeBatch, surroundingStatements } from './batch';
import type { ExcelHost } from './host';
import { Workbook } from './proxies/workbook';
import type { Application } from './proxies/application';
import { ErrorCodes, RichApiError, hostError } from './rich-api-error';
import { utf8Length } from './sync-stats';
import { Runtime } from './proxies/events';
import { type ChangeKind, type WorksheetActivatedEventArgs, changeOf, eventsOf } from './worksheet-events';
import type { RangeRef } from './range-cells';

/**
 * `Excel.RequestContext`: queues what the add-in asks of its proxies and sends it to the host
 * at `sync()`. Nothing reaches the workbook before that, and loaded values are those of the
 * moment their load ran in the batch.
 */
export class RequestContext {
  readonly workbook: Workbook;
  /** Set by `Excel.run({ mergeUndoGroup: true })` on a host with ExcelApi 1.20. */
  mergeUndoGroup = false;
  /** Set by `Excel.run({ delayForCellEdit: true })` on a host with ExcelApi 1.11. */
  delayForCellEdit = false;
  /** `context.trackedObjects`: the simulator frees nothing, so tracking is a no-op. */
  readonly trackedObjects = { add: (): void => {}, remove: (): void => {} };
  private queue: BatchAction[] = [];
  private nextObjectId = 1;
  private calculationSuspended = false;
  private undoEntryOpen = false;

  constructor(readonly host: ExcelHost) {
    this.workbook = new Workbook(this);
  }

  get application(): Application {
    return this.workbook.application;
  }

  private runtimeProxy: Runtime | undefined;

  /** `context.runtime`. */
  get runtime(): Runtime {
    this.runtimeProxy ??= new Runtime(this, { parent: undefined, step: { kind: 'root', name: 'runtime', args: [] }, resolve: () => this.host });
    return this.runtimeProxy;
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  enqueue(action: BatchAction): void {
    this.queue.push(action);
  }

  /** `Application.suspendApiCalculationUntilNextSync`, from inside the batch. */
  suspendCalculation(): void {
    this.calculationSuspended = true;
  }

  /** Loads read calculated values, unless calculation was suspended earlier in this batch. */
  beforeRead(): void {
    if (!this.calculationSuspended) this.host.workbook.recalculateIfDirty();
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    // A real sync is a round trip: never resolve within the caller's turn.
    await Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    if (actions.length === 0) return passThroughValue as T;
    if (this.host.inCellEdit) {
      // "When false, if the user is in cell edit … the batch automatically fails" (Excel.RunOptions).
      if (!this.delayForCellEdit) throw this.cellEditError();
      await this.host.cellEditDone();
    }
    this.send(actions);
    return passThroughValue as T;
  }

  /** InvalidOperationInCellEditMode from ExcelApi 1.11; an older host's plain InvalidOperation is a guess. */
  private cellEditError(): RichApiError {
    const modern = this.host.api.isSetSupported('ExcelApi', '1.11');
    const code = modern ? ErrorCodes.invalidOperationInCellEditMode : ErrorCodes.invalidOperation;
    return hostError(code, undefined, hostError(ErrorCodes.invalidOperationInCellEditMode).message);
  }

  /** A group fault of the profile (profiles.ts `UndoGroupFault`) that this action meets, if any. */
  private groupFault(action: BatchAction): RichApiError | null {
    if (!this.mergeUndoGroup) return null;
    const fault = this.host.profile.undoGroup;
    if (fault === 'formulas-block' && action.type === 'SetProperty' && action.name === 'formulas') {
      const rows = action.args[0];
      const cells = Array.isArray(rows) ? rows.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0) : 0;
      if (cells >= this.host.profile.undoFormulaCells) return hostError(ErrorCodes.undoNotSupported, 'Range.formulas');
    }
    if (fault === 'internal-error' && action.type === 'Method' && action.name === 'add' && action.owner.step.name === 'worksheets') {
      return hostError(ErrorCodes.generalException, 'WorksheetCollection.add');
    }
    return null;
  }

  private send(actions: readonly BatchAction[]): void {
    const { host } = this;
    const batch = describeBatch(actions);
    const record = host.stats.record(utf8Length(batch.requestText));
    const limit = host.payloadLimit;
    if (limit !== null && record.bytesOut > limit) {
      // Older web builds answered with an internal error instead (office-js #354, #1314).
      const code = host.profile.oversizedRequestCode === 'GeneralException' ? ErrorCodes.generalException : ErrorCodes.requestPayloadSizeLimitExceeded;
      record.error = code;
      throw code === ErrorCodes.generalException ? hostError(code, undefined, 'An internal error has occurred.') : hostError(code);
    }
    // office-js #6711: on the web a group run fails at once, nothing applied.
    if (this.mergeUndoGroup && host.profile.undoGroup === 'rejects-run') {
      record.error = ErrorCodes.generalException;
      throw hostError(ErrorCodes.generalException);
    }

    const deliveries: Delivery[] = [];
    const results: unknown[] = [];
    let failure: RichApiError | undefined;
    const effects = new Set<string>();
    const changes: { kind: ChangeKind; ref: RangeRef }[] = [];
    // `activate()`, or deleting the active sheet: each sheet that comes in front raises onActivated.
    const activations: WorksheetActivatedEventArgs[] = [];
    let inFront = host.workbook.activeSheet;
    for (const [index, action] of actions.entries()) {
      let statement = batch.instantiationOf[index] ?? batch.statementOf[index]!;
      try {
        // Instantiating the object path comes first: a missing sheet fails there, not in the action.
        action.owner.target();
        statement = batch.statementOf[index]!;
        const fault = this.groupFault(action);
        if (fault) throw fault;
        const delivery = action.run();
        effects.add(action.effect);
        // An event is raised only while events are on, as each change is made.
        const change = host.eventsEnabled ? changeOf(action) : null;
        if (change) changes.push(change);
        if (host.workbook.activeSheet !== inFront) {
          inFront = host.workbook.activeSheet;
          if (host.eventsEnabled) activations.push({ type: 'WorksheetActivated', worksheetId: inFront.id });
        }
        if (delivery) {
          deliveries.push(delivery);
          results.push({ ActionId: index + 1, Value: delivery.json });
        }
      } catch (error) {
        if (!(error instanceof RichApiError)) throw error;
        failure = withStatement(error, batch.statements, statement);
        break;
      }
    }
    this.finishBatch(effects);
    host.raise(eventsOf(changes, 'ThisLocalAddin', host.api.isSetSupported('ExcelApi', '1.14')));
    host.raise(activations);

    host.stats.received(record, utf8Length(JSON.stringify({ Results: results })));
    if (limit !== null && record.bytesIn > limit) {
      record.error = ErrorCodes.responsePayloadSizeLimitExceeded;
      throw hostError(ErrorCodes.responsePayloadSizeLimitExceeded);
    }
    // Results of the actions that ran before a failure still reach their proxies.
    for (const delivery of deliveries) delivery.deliver();
    if (failure) {
      record.error = failure.code;
      throw failure;
    }
  }

  /** Calculation resumes, the edit joins the undo stack, and views hear of it. */
  private finishBatch(effects: ReadonlySet<string>): void {
    const { host } = this;
    this.calculationSuspended = false;
    host.workbook.recalculateIfDirty();
    if (effects.has('edit')) {
      if (!(this.mergeUndoGroup && this.undoEntryOpen)) host.workbook.undoEntries++;
      this.undoEntryOpen = true;
      host.notify({ kind: 'edit' });
    } else if (effects.has('view')) {
      host.notify({ kind: 'view' });
    }
  }
}

function withStatement(error: RichApiError, statements: readonly string[], index: number): RichApiError {
  error.debugInfo = {
    ...error.debugInfo,
    statement: statements[index] ?? '',
    surroundingStatements: surroundingStatements(statements, index),
    fullStatements: ['Please enable config.extendedErrorLogging to see full statements.'],
  };
  return error;
}
