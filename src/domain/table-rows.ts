import { type AmountReading, readAmount, rowHasAmounts } from './amount-cell';
import type { Catalog } from './catalog';
import type { FindingDraft } from './finding-draft';
import { type Grid, cellAt } from './grid';
import type { BodyRow, LocatedTable } from './locate';
import { type Period, isEmptyRow } from './period';
import { type Amount, ZERO, isNegative } from './money';
import type { AdjustmentRow, Amounts, MonthRow } from './reconciliation';

/** The figures of a located table's body, read once, with every problem of a cell or row as a finding. */
export interface TableRows {
  readonly months: readonly MonthRow[];
  readonly adjustments: readonly AdjustmentRow[];
  /** The totals row as the sheet has it, or null when the table has none. */
  readonly totalsRow: (BodyRow & { readonly kind: 'totals' }) | null;
  readonly reported: Amounts;
  /** Indicators with a cell that could not be read: their sums cannot be trusted. */
  readonly unreadable: ReadonlySet<string>;
  /** Indicators whose column has no amount in any month row of the period (one `column.empty`, not a `cell.blank` per row). */
  readonly emptyColumns: ReadonlySet<string>;
  /** Sheet rows of the period's months that are empty (§2b): each is a `month.missing`, not seven `cell.blank`. */
  readonly emptyRows: ReadonlySet<number>;
  readonly findings: readonly FindingDraft[];
}

/**
 * Reads the body rows of the table: the month rows of the period, adjustment rows and the
 * totals row, in sheet order. Month rows after the period are not yet loaded (§2b): not read,
 * no finding. Pure: the same grid gives the same rows and findings, however often it is called.
 */
export function readTableRows(grid: Grid, catalog: Catalog, table: LocatedTable, period: Period): TableRows {
  const findings: FindingDraft[] = [];
  const unreadable = new Set<string>();
  const monthRows = table.body.filter((r) => r.kind === 'month' && r.month <= period.to);
  const emptyRows = new Set(monthRows.filter((r) => isEmptyRow(grid, table, r.row)).map((r) => r.row));
  const emptyColumns = emptyIndicatorColumns(
    grid,
    table,
    monthRows.filter((r) => !emptyRows.has(r.row)),
  );
  const months: MonthRow[] = [];
  const adjustments: AdjustmentRow[] = [];
  let reported: Amounts = {};
  let totalsRow: TableRows['totalsRow'] = null;

  const readRow = (row: number, rowLabel: string, month?: number): Record<string, Amount> => {
    const blankIsFinding = month !== undefined && !emptyRows.has(row);
    const amounts: Record<string, Amount> = {};
    for (const indicator of catalog.indicators) {
      const col = table.columns.get(indicator.key);
      if (col === undefined) continue;
      const at = { row, col, rowLabel, indicator: indicator.key, ...(month !== undefined ? { month } : {}) };
      const reading = readAmount(cellAt(grid, row, col));
      const value = readCell(at, reading, blankIsFinding && !emptyColumns.has(indicator.key), findings);
      if (value === null) unreadable.add(indicator.key);
      else amounts[indicator.key] = value;
    }
    return amounts;
  };

  for (const row of table.body) {
    switch (row.kind) {
      case 'month':
        if (row.month > period.to) break;
        months.push({ month: row.month, label: row.label, row: row.row, amounts: readRow(row.row, row.label, row.month) });
        break;
      case 'adjustment':
        adjustments.push({ row: row.row, label: row.label, reference: row.reference, amounts: readRow(row.row, row.label) });
        if (row.reference === null) findings.push({ code: 'adjustment.missing-reference', row: row.row, col: table.labelCol, rowLabel: row.label });
        break;
      case 'totals':
        reported = readRow(row.row, row.label);
        totalsRow = row;
        break;
      case 'other':
        if (rowHasAmounts(grid, row.row, table.firstCol, table.lastCol, table.labelCol))
          findings.push({ code: 'row.unrecognized', row: row.row, col: table.labelCol, rowLabel: row.label });
    }
  }
  return { months, adjustments, totalsRow, reported, unreadable, emptyColumns, emptyRows, findings };
}

/** One cell's amount (blank = zero), or null when it cannot be read; its problems go to `findings`. */
function readCell(at: Omit<FindingDraft, 'code'>, reading: AmountReading, blankIsFinding: boolean, findings: FindingDraft[]): Amount | null {
  switch (reading.kind) {
    case 'blank':
      if (blankIsFinding) findings.push({ code: 'cell.blank', ...at });
      return ZERO;
    case 'error':
      findings.push({ code: 'cell.error-value', ...at, detail: { text: reading.value } });
      return null;
    case 'invalid':
      findings.push({ code: 'cell.invalid-number', ...at, detail: { text: reading.text, reason: reading.reason } });
      return null;
    case 'not-calculated':
      findings.push({ code: 'cell.not-calculated', ...at, detail: { text: reading.formula, stale: reading.stale } });
      return null;
    case 'amount': {
      const isMonth = at.month !== undefined;
      if (reading.fromText) findings.push({ code: 'cell.text-number', ...at, actual: reading.amount });
      if (reading.subCent) findings.push({ code: 'cell.sub-cent', ...at, actual: reading.amount });
      if (isMonth && isNegative(reading.amount)) findings.push({ code: 'cell.negative', ...at, actual: reading.amount });
      return reading.amount;
    }
  }
}

/**
 * Indicators whose column is blank on every month row with data. Empty rows say nothing about
 * a column (they are `month.missing`), and with no row of data no column is said empty.
 */
function emptyIndicatorColumns(grid: Grid, table: LocatedTable, monthRows: readonly BodyRow[]): Set<string> {
  const empty = new Set<string>();
  if (monthRows.length === 0) return empty;
  for (const [key, col] of table.columns) {
    if (monthRows.every((r) => readAmount(cellAt(grid, r.row, col)).kind === 'blank')) empty.add(key);
  }
  return empty;
}
