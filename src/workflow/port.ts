import type { Finding } from '../domain/findings';
import type { Grid, Workbook } from '../domain/grid';
import type { AuditLogPlan } from './audit-log';
import type { LastCheck } from './last-check';
import type { PaneOptions } from './pane-options';
import type { WritePlan } from './report-plan';
import type { CheckSettings, StoredSettings } from './settings';
import type { Reviews } from './reviews';

/**
 * The task pane's port to the workbook. The pane never calls Excel itself: the Office.js
 * adapter (src/excel/) implements this interface, and tests pass fakes. The adapter does
 * host I/O only: it reads grids and writes finished layouts. Which sheets to read, which one
 * to check and what the report holds are decided in src/workflow, the same for the CLI.
 *
 * Every method that fails rejects with a `HostFailure` whose `reason` the pane turns into a
 * message saying what happened and what to do; an adapter never swallows an Office error.
 */
export interface CuadreHost {
  /** Office's display language (`es-EC`, `en-US`…): the pane speaks English when it starts with `en`. */
  readonly displayLanguage: string;

  /** What this Excel can do; the pane adapts its wording and warnings to it. */
  capabilities(): HostCapabilities;

  /**
   * Reads worksheets' used ranges as plain grids (values and number formats through host-cells.ts
   * `cellFromHostValue`), each with Cuadre's report marker if it has one: the active sheet first,
   * then the others in tab order, until `request.settles` a grid read. The workbook lists the
   * sheets reached in tab order and names the active one. Reports progress as it reads.
   */
  readWorkbook(request: SheetRequest, onProgress: (progress: ReadProgress) => void): Promise<Workbook>;

  /** Activates the sheet and selects the cell, so the user sees it. */
  selectCell(sheet: string, cell: string): Promise<void>;

  /**
   * Colours the cell of every finding that has one by its severity (and, where `notes` is
   * supported, adds a note with its message), remembering each cell's previous fill.
   */
  highlight(findings: readonly Finding[]): Promise<HighlightOutcome>;

  /**
   * Restores every cell `highlight` changed, in this session or an earlier one. Highlights of a
   * sheet found by neither its id nor its name are forgotten and named in the outcome.
   */
  clearHighlights(): Promise<HighlightOutcome>;

  /**
   * Whether the workbook keeps highlights of Cuadre's (from this session or an earlier one) that
   * `clearHighlights` would take away: the pane offers «Quitar resaltado» only then.
   */
  highlightsOn(): Promise<boolean>;

  /**
   * Writes each fix's number into its cell, only where the cell still holds `text` (the sheet
   * may have changed since it was read), with a number format if the cell was formatted as text.
   */
  fixTextNumbers(fixes: readonly TextNumberFix[]): Promise<FixOutcome>;

  /**
   * Writes a planned report (src/workflow/report-plan.ts) on a new, active sheet marked as
   * Cuadre's report, under the plan's name or the first free one numbered after it.
   */
  insertReport(plan: WritePlan): Promise<InsertedReport>;

  activateSheet(name: string): Promise<void>;

  /**
   * Appends the plan's rows (src/workflow/audit-log.ts) after the last used row of Cuadre's audit
   * log: the sheet marked as the log (`LOG_MARKER`) whatever its name, or, when there is none
   * (never made, or deleted), a new sheet under the plan's name (numbered when a sheet of the user's
   * has it), marked, with the plan's header. The active sheet stays the active one.
   */
  appendAuditRows(plan: AuditLogPlan): Promise<AuditLogWritten>;

  /** Cuadre's settings as the workbook keeps them (Office document settings), unchecked. */
  loadSettings(): Promise<StoredSettings>;

  saveSettings(settings: CheckSettings): Promise<void>;

  /**
   * The pane's own options (pane-options.ts: «Validar al editar», the audit log) as the workbook
   * keeps them (document settings), unchecked: `readPaneOptions`.
   */
  loadPaneOptions(): Promise<unknown>;

  /** Keeps the whole record, replacing the one kept. */

  savePaneOptions(options: PaneOptions): Promise<void>;

  /** The «Revisado» marks as the workbook keeps them (document settings), unchecked: reviews.ts `readReviews`. */
  loadReviews(): Promise<unknown>;

  saveReviews(reviews: Reviews): Promise<void>;

  /**
   * The last check of a sheet as the document keeps it (last-check.ts `LastCheck`), unchecked:
   * read it with `readLastCheck`. Found by the worksheet's id, so that a renamed sheet keeps it;
   * `null` asks for the active sheet's. Resolves to null when the sheet has none.
   */
  loadLastCheck(sheet: string | null): Promise<unknown>;

  /**
   * Keeps a check as its sheet's last one, under the worksheet's id (the adapter fills it in).
   * Resolves to that id, or null when the sheet is gone (renamed or deleted since it was read).
   */
  storeLastCheck(check: LastCheck): Promise<string | null>;

  /**
   * Calls `onEdit` after the user changes cell data on any sheet (what «Validar al editar»
   * re-checks on): never after Cuadre's own writes, never for a format change (a fill is not an
   * edit). Resolves to a function that stops listening.
   */
  onSheetEdited(onEdit: (edit: SheetEdit) => void): Promise<() => Promise<void>>;

  /**
   * Calls `onActivate` with a sheet's name each time a worksheet becomes the active one (the
   * user clicking its tab, or the add-in's own `activateSheet` and report insertion), so the pane
   * knows which sheet is in front and offers «Ir a la hoja» only from elsewhere. Resolves to a
   * function that stops listening; rejects when this Excel cannot listen (the pane then knows
   * only the sheets it put in front itself).
   */
  onSheetActivated(onActivate: (sheet: string) => void): Promise<() => Promise<void>>;
}

/** A user's edit: the sheet's id and the block changed (`B6`, `B6:D8`). */
export interface SheetEdit {
  readonly sheetId: string;
  readonly address: string;
}

/** A sheet as the host lists it before reading its cells. */
export interface SheetHeader {
  readonly name: string;
  /** The sheet carries Cuadre's report marker (src/report/marker.ts). */
  readonly isReport: boolean;
  /** The sheet carries Cuadre's audit-log marker (src/report/marker.ts). */
  readonly isLog?: boolean;
}

/** Which sheets a check reads: the workflow's decision (choose-sheet.ts), asked as the host reads. */
export interface SheetRequest {
  /** Whether to read this sheet's cells; a sheet not wanted comes back as a grid without cells. */
  readonly wants: (sheet: SheetHeader) => boolean;
  /** Whether this grid settles which sheet is checked: no further sheet is read after it. */
  readonly settles: (grid: Grid) => boolean;
}

export interface HostCapabilities {
  /** ExcelApi 1.20: the add-in's writes are one undo step. Without it a write clears Ctrl+Z history. */
  readonly undoGroup: boolean;
  /** ExcelApi 1.18: `highlight` also adds a note with each finding's message. */
  readonly notes: boolean;
  /** ExcelApi 1.9: the report gets its print setup (A4, orientation, fit to width, title rows). */
  readonly printSetup: boolean;
}

export interface HighlightOutcome {
  /** Sheets of an earlier highlight found by neither id nor name (deleted): their record was dropped. */
  readonly lostSheets: readonly string[];
}

export interface InsertedReport {
  readonly sheetName: string;
  /** What this Excel could not do: `print-setup` before ExcelApi 1.9. */
  readonly skipped?: readonly 'print-setup'[];
}

/** Where the audit log's rows went. */
export interface AuditLogWritten {
  readonly sheetName: string;
  /** The log was made by this call (it was missing: first use, or the user deleted it). */
  readonly created: boolean;
}

/** Sheets read so far: `done` of `total`, the last one read being `sheet`. */
export interface ReadProgress {
  readonly sheet: string;
  readonly done: number;
  readonly total: number;
}

/** An amount stored as text (`cell.text-number`) and the number it spells. */
export interface TextNumberFix {
  readonly sheet: string;
  readonly cell: string;
  /** The text the cell held when it was read. */
  readonly text: string;
  readonly value: number;
}

export interface FixOutcome {
  /** Cells turned into numbers. */
  readonly fixed: number;
  /** Cells left alone because they no longer held the text that was read. */
  readonly changed: number;
}

/** Why a host call failed, in terms the pane can explain (the adapter maps Office error codes). */
export type HostFailureReason =
  /** InvalidOperationInCellEditMode: the user is typing in a cell. */
  | 'cell-editing'
  /** AccessDenied, a protected sheet or workbook. */
  | 'protected'
  /** ItemNotFound: the sheet or cell is gone since the last check. */
  | 'not-found'
  /** RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded. */
  | 'too-large'
  /** ActivityLimitReached, Conflict, coauthoring or sync in progress. */
  | 'busy'
  /** ApiNotFound or a requirement set this Excel lacks. */
  | 'unsupported'
  /**
   * UndoNotSupported or an internal error in an undo group: nothing was left written, and the
   * next write goes without grouping once the user accepts that Ctrl+Z will not undo it.
   */
  | 'no-undo'
  | 'unknown';

export class HostFailure extends Error {
  constructor(
    readonly reason: HostFailureReason,
    /** What Excel said (its error code and message), shown as detail. */
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'HostFailure';
  }
}
