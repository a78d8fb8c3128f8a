import type { FindingDraft, OtherSheet } from '../domain/finding-draft';
import type { Grid, Workbook } from '../domain/grid';
import type { Lang } from '../domain/lang';
import { amount } from '../domain/money';
import { reconcile, tableNotFound, withWorkbookFinding } from '../domain/reconcile';
import type { Reconciliation } from '../domain/reconciliation';
import type { SheetRequest } from './port';
import type { CheckSettings } from './settings';

/**
 * Which sheet a check is about (RECONCILIATION.md §2), decided here for both hosts. A sheet
 * Cuadre wrote (its report, `Grid.isReport`; its audit log, `Grid.isLog`) is never a source. The active sheet is used when
 * its table is complete (every catalog indicator has a column); else the first sheet in tab
 * order with a complete table, with a `table.other-sheet` finding saying why; else the active
 * sheet's partial table, or the first one found. A sheet the user names is used as it is.
 *
 * Each sheet is reconciled at most once per check: the reconciliation that tells whether a
 * table is complete is the one returned, and the Office host asks `request()` while it reads,
 * so it stops reading once the choice is settled.
 */
export type CheckOutcome =
  | { readonly ok: true; readonly reconciliation: Reconciliation }
  /** A sheet was named that the workbook does not have: the input is wrong, not the sheet. */
  | { readonly ok: false; readonly reason: 'no-such-sheet'; readonly sheets: readonly string[] };

export class SheetChoice {
  private readonly reconciled = new WeakMap<Grid, Reconciliation>();

  constructor(
    private readonly settings: CheckSettings,
    private readonly lang: Lang,
  ) {}

  /** What the host should read: no cells of a sheet Cuadre wrote, and nothing more once a complete table is read. */
  request(): SheetRequest {
    return { wants: (sheet) => !sheet.isReport && !sheet.isLog, settles: (grid) => this.isComplete(grid) };
  }

  choose(workbook: Workbook, named?: string): CheckOutcome {
    const { sheets } = workbook;
    if (named !== undefined) {
      const wanted = named.trim().toLowerCase();
      const grid = sheets.find((s) => s.sheet === named) ?? sheets.find((s) => s.sheet.trim().toLowerCase() === wanted);
      return grid ? { ok: true, reconciliation: this.of(grid) } : { ok: false, reason: 'no-such-sheet', sheets: sheets.map((s) => s.sheet) };
    }
    const sources = sheets.filter(isSource);
    // Excel opens a file that names no active tab on its first sheet.
    const activeName = workbook.activeSheet ?? sheets[0]?.sheet ?? '';
    const active = sheets.find((s) => s.sheet === activeName);
    const activeSource = active && isSource(active) ? active : undefined;
    if (activeSource && this.isComplete(activeSource)) return { ok: true, reconciliation: this.of(activeSource) };

    const complete = sources.find((s) => s !== activeSource && this.isComplete(s));
    if (complete) return { ok: true, reconciliation: this.elsewhere(complete, activeName, active) };
    if (activeSource && this.of(activeSource).table) return { ok: true, reconciliation: this.of(activeSource) };
    const partial = sources.find((s) => s !== activeSource && this.of(s).table !== null);
    if (partial) return { ok: true, reconciliation: this.elsewhere(partial, activeName, active) };

    // No table anywhere: one sheet says why it has none; several are named together.
    if (sources.length === 1) return { ok: true, reconciliation: this.of(sources[0]!) };
    const looked = (sources.length > 0 ? sources : sheets).map((s) => s.sheet);
    return { ok: true, reconciliation: tableNotFound(looked, { lang: this.lang, catalog: this.settings.catalog }) };
  }

  private isComplete(grid: Grid): boolean {
    const table = this.of(grid).table;
    return table !== null && this.settings.catalog.indicators.every((i) => table.columns[i.key] !== undefined);
  }

  /** The reconciliation of a sheet that is not the active one, with the finding that says so and why. */
  private elsewhere(grid: Grid, activeName: string, active: Grid | undefined): Reconciliation {
    const activeTable = active && isSource(active) ? this.of(active).table : null;
    const otherSheet: OtherSheet = {
      active: activeName,
      why: active?.isReport ? 'report' : active?.isLog ? 'log' : activeTable ? 'partial' : 'no-table',
      ...(activeTable ? { missing: this.settings.catalog.indicators.filter((i) => activeTable.columns[i.key] === undefined).map((i) => i.key) } : {}),
      complete: this.isComplete(grid),
    };
    const draft: FindingDraft = { code: 'table.other-sheet', detail: { otherSheet } };
    return withWorkbookFinding(this.of(grid), draft);
  }

  private of(grid: Grid): Reconciliation {
    let rec = this.reconciled.get(grid);
    if (!rec) {
      rec = reconcile(grid, { lang: this.lang, tolerance: amount(this.settings.tolerance), catalog: this.settings.catalog });
      this.reconciled.set(grid, rec);
    }
    return rec;
  }
}

/** A sheet a check may take its table from: not one Cuadre wrote (a report or the audit log). */
function isSource(grid: Grid): boolean {
  return !grid.isReport && !grid.isLog;
}
