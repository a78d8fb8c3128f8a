import { type AmountReading, holdsAmount, readAmount } from './amount-cell';
import { type Catalog, ancestors, defaultCatalog, identities } from './catalog';
import { carryUp } from './carry-up';
import type { FindingDraft } from './finding-draft';
import { type Finding, SEVERITY_OF, summarize } from './findings';
import { type Grid, a1, cellAt, columnLetters } from './grid';
import { type LocatedTable, locateTable } from './locate';
import { messageFor } from './messages';
import { type Amount, type Lang, ZERO, add, isNegative, isZero, subtract, sum, toJson, within } from './money';
import type { AdjustmentRow, Amounts, MonthRow, ReconcileOptions, Reconciliation, TableInfo } from './reconciliation';

/**
 * The reconciliation of one sheet: a pure function of the grid and the catalog
 * (RECONCILIATION.md §3–5). Data problems come back as findings; nothing here throws for them.
 */
export function reconcile(grid: Grid, options: ReconcileOptions = {}): Reconciliation {
  const catalog = options.catalog ?? defaultCatalog();
  const lang = options.lang ?? 'es';
  const location = locateTable(grid, catalog, options.year);
  if (!location.found) {
    return result(grid.sheet, catalog, lang, null, [], [], NO_TOTALS, [{ code: 'table.not-found', detail: { notFound: location.why, sheets: [grid.sheet] } }]);
  }
  const checker = new TableChecker(grid, catalog, location.table, options.tolerance ?? ZERO);
  return result(grid.sheet, catalog, lang, checker.info(), checker.months, checker.adjustments, checker.totals(), checker.drafts);
}

/**
 * The finding of a workbook with no table in any of the sheets looked at (the choice of the
 * sheet is src/workflow's): `table.not-found` naming them all, on the first.
 */
export function tableNotFound(sheets: readonly string[], options: ReconcileOptions = {}): Reconciliation {
  const notFound: FindingDraft = { code: 'table.not-found', detail: { sheets } };
  return result(sheets[0] ?? '', options.catalog ?? defaultCatalog(), options.lang ?? 'es', null, [], [], NO_TOTALS, [notFound]);
}

/** A reconciliation with a finding about the workbook around its sheet (`table.other-sheet`) put first. */
export function withWorkbookFinding(rec: Reconciliation, draft: FindingDraft): Reconciliation {
  const findings = [finalize(draft, rec.sheet, rec.catalog, rec.lang), ...rec.findings];
  return { ...rec, findings, summary: summarize(findings) };
}

const NO_TOTALS: Reconciliation['totals'] = { reported: {}, computed: {}, reconciled: {} };

/**
 * What the adjustments not carried to one parent add up to, gathered in place: a table with
 * thousands of adjustment rows must not copy the lists at every row. A set keeps each document
 * once, in the order first cited.
 */
interface Shortfall {
  amount: Amount;
  readonly cells: string[];
  readonly references: Set<string>;
}

class TableChecker {
  readonly drafts: FindingDraft[];
  readonly months: MonthRow[] = [];
  readonly adjustments: AdjustmentRow[] = [];
  private reported: Record<string, Amount> = {};
  /** Columns whose sum cannot be trusted because a cell in them could not be read. */
  private readonly unreadable = new Set<string>();
  /** Per indicator, whether no month row has an amount in its column; worked out once, not per blank cell. */
  private readonly emptyColumns = new Map<string, boolean>();
  private readonly tableIdentities;

  constructor(
    private readonly grid: Grid,
    private readonly catalog: Catalog,
    private readonly table: LocatedTable,
    private readonly tolerance: Amount,
  ) {
    this.drafts = [...table.findings];
    this.tableIdentities = identities(catalog).filter((i) => [i.parent, ...i.children].every((k) => table.columns.has(k)));
    this.checkRows();
    this.checkMonthsCalendar();
    this.checkColumns();
  }

  private checkRows(): void {
    for (const row of this.table.body) {
      switch (row.kind) {
        case 'month': {
          const amounts = this.readRow(row.row, row.label, row.month);
          this.months.push({ month: row.month, label: row.label, row: row.row, amounts });
          this.checkIdentities(row.row, row.label, amounts, row.month);
          break;
        }
        case 'adjustment': {
          const amounts = this.readRow(row.row, row.label);
          this.adjustments.push({ row: row.row, label: row.label, reference: row.reference, amounts });
          if (row.reference === null) this.drafts.push({ code: 'adjustment.missing-reference', row: row.row, col: this.table.labelCol, rowLabel: row.label });
          break;
        }
        case 'totals': {
          this.reported = this.readRow(row.row, row.label);
          break;
        }
        case 'other':
          if (this.rowHasAmounts(row.row)) this.drafts.push({ code: 'row.unrecognized', row: row.row, col: this.table.labelCol, rowLabel: row.label });
      }
    }
  }

  /** Reads the indicator cells of one row, reporting each cell problem; blanks count as zero. */
  private readRow(row: number, rowLabel: string, month?: number): Record<string, Amount> {
    const amounts: Record<string, Amount> = {};
    for (const indicator of this.catalog.indicators) {
      const col = this.table.columns.get(indicator.key);
      if (col === undefined) continue;
      const at = { row, col, rowLabel, indicator: indicator.key, ...(month !== undefined ? { month } : {}) };
      const value = this.readCell(at, readAmount(cellAt(this.grid, row, col)), month !== undefined);
      if (value === null) this.unreadable.add(indicator.key);
      else amounts[indicator.key] = value;
    }
    return amounts;
  }

  private readCell(at: Omit<FindingDraft, 'code'>, reading: AmountReading, isMonth: boolean): Amount | null {
    switch (reading.kind) {
      case 'blank':
        if (isMonth && !this.emptyColumn(at.indicator!)) this.drafts.push({ code: 'cell.blank', ...at });
        return ZERO;
      case 'error':
        this.drafts.push({ code: 'cell.error-value', ...at, detail: { text: reading.value } });
        return null;
      case 'invalid':
        this.drafts.push({ code: 'cell.invalid-number', ...at, detail: { text: reading.text, reason: reading.reason } });
        return null;
      case 'amount':
        if (reading.fromText) this.drafts.push({ code: 'cell.text-number', ...at, actual: reading.amount });
        if (reading.subCent) this.drafts.push({ code: 'cell.sub-cent', ...at, actual: reading.amount });
        if (isMonth && isNegative(reading.amount)) this.drafts.push({ code: 'cell.negative', ...at, actual: reading.amount });
        return reading.amount;
    }
  }

  private emptyColumn(key: string): boolean {
    let empty = this.emptyColumns.get(key);
    if (empty === undefined) {
      const col = this.table.columns.get(key);
      empty = col !== undefined && this.table.body.every((r) => r.kind !== 'month' || readAmount(cellAt(this.grid, r.row, col)).kind === 'blank');
      this.emptyColumns.set(key, empty);
    }
    return empty;
  }

  private rowHasAmounts(row: number): boolean {
    for (let col = this.table.firstCol; col <= this.table.lastCol; col++) {
      if (col !== this.table.labelCol && holdsAmount(cellAt(this.grid, row, col))) return true;
    }
    return false;
  }

  /** Every parent = sum of its children, where all of them have a readable amount. */
  private checkIdentities(row: number, rowLabel: string, amounts: Amounts, month?: number, explain?: (parent: string) => FindingDraft['detail']): void {
    for (const { parent, children } of this.tableIdentities) {
      const actual = amounts[parent];
      const parts = children.map((c) => amounts[c]);
      if (actual === undefined || parts.some((p) => p === undefined)) continue;
      const expected = sum(parts as Amount[]);
      if (within(actual, expected, this.tolerance)) continue;
      const detail = explain?.(parent);
      this.drafts.push({
        code: 'identity.breakdown',
        row,
        col: this.table.columns.get(parent)!,
        rowLabel,
        indicator: parent,
        expected,
        actual,
        ...(month !== undefined ? { month } : {}),
        ...(detail ? { detail } : {}),
      });
    }
  }

  private checkMonthsCalendar(): void {
    const seen = new Map<number, MonthRow>();
    let previous = 0;
    let outOfOrder = false;
    for (const m of this.months) {
      const first = seen.get(m.month);
      if (first)
        this.drafts.push({
          code: 'month.duplicate',
          row: m.row,
          col: this.table.labelCol,
          rowLabel: m.label,
          month: m.month,
          detail: { otherCell: a1(first.row, this.table.labelCol) },
        });
      else seen.set(m.month, m);
      if (m.month < previous && !first && !outOfOrder) {
        outOfOrder = true;
        this.drafts.push({ code: 'month.out-of-order', row: m.row, col: this.table.labelCol, rowLabel: m.label, month: m.month });
      }
      previous = Math.max(previous, m.month);
    }
    for (let month = 1; month <= 12; month++) {
      if (!seen.has(month)) this.drafts.push({ code: 'month.missing', month });
    }
  }

  private checkColumns(): void {
    const firstMonth = this.table.body.find((r) => r.kind === 'month')!;
    for (const other of this.table.otherColumns) {
      const row = this.table.body.find((r) => r.kind === 'month' && holdsAmount(cellAt(this.grid, r.row, other.col)));
      if (row) this.drafts.push({ code: 'column.unlabeled-data', row: row.row, col: other.col, detail: { text: other.header } });
    }
    for (const [key, col] of this.table.columns) {
      if (this.emptyColumn(key)) this.drafts.push({ code: 'column.empty', row: this.table.headerCells.get(key)?.row ?? firstMonth.row, col, indicator: key });
    }
  }

  computed(): Record<string, Amount> {
    const out: Record<string, Amount> = {};
    for (const key of this.table.columns.keys()) {
      out[key] = sum([...this.months, ...this.adjustments].map((r) => r.amounts[key] ?? ZERO));
    }
    return out;
  }

  totals(): Reconciliation['totals'] {
    const computed = this.computed();
    const reconciled = { ...computed };
    const shortBy = new Map<string, Shortfall>();
    for (const adj of this.adjustments) {
      const { gaps } = carryUp(adj.amounts, this.catalog, this.tolerance);
      for (const [parent, gap] of gaps) {
        if (reconciled[parent] !== undefined) reconciled[parent] = add(reconciled[parent], gap);
      }
      this.reportNotPropagated(adj, gaps, shortBy);
    }
    const totalsRow = this.table.body.find((r) => r.kind === 'totals');
    if (!totalsRow) {
      this.drafts.push({ code: 'total.missing-row' });
      return { reported: {}, computed, reconciled };
    }
    this.checkIdentities(totalsRow.row, totalsRow.label, this.reported, undefined, (parent) => {
      const short = shortBy.get(parent);
      return short ? { unpropagated: { ...short, references: [...short.references] } } : undefined;
    });
    for (const [key, col] of this.table.columns) {
      const reported = this.reported[key];
      if (reported === undefined || this.unreadable.has(key) || within(reported, computed[key]!, this.tolerance)) continue;
      this.drafts.push({
        code: 'total.mismatch',
        row: totalsRow.row,
        col,
        rowLabel: totalsRow.label,
        indicator: key,
        expected: computed[key]!,
        actual: reported,
      });
    }
    return { reported: { ...this.reported }, computed, reconciled };
  }

  /** One finding per adjustment amount that its parents on the row do not carry, on its own cell. */
  private reportNotPropagated(adj: AdjustmentRow, gaps: ReadonlyMap<string, Amount>, shortBy: Map<string, Shortfall>): void {
    for (const [key, value] of Object.entries(adj.amounts)) {
      const children = this.catalog.indicators.filter((i) => i.parent === key);
      const isSource = !isZero(value) && children.every((c) => isZero(adj.amounts[c.key] ?? ZERO));
      const missing = ancestors(this.catalog, key).filter((p) => gaps.has(p));
      if (!isSource || missing.length === 0) continue;
      const cell = a1(adj.row, this.table.columns.get(key)!);
      const nearest = missing[0]!;
      const carried = adj.amounts[nearest] ?? ZERO;
      this.drafts.push({
        code: 'adjustment.not-propagated',
        row: adj.row,
        col: this.table.columns.get(key)!,
        rowLabel: adj.label,
        indicator: key,
        expected: add(carried, gaps.get(nearest)!),
        actual: carried,
        detail: {
          adjusted: value,
          reference: adj.reference,
          notCarriedTo: missing.map((p) => ({ key: p, cell: this.table.columns.has(p) ? a1(adj.row, this.table.columns.get(p)!) : null })),
        },
      });
      for (const p of missing) {
        let entry = shortBy.get(p);
        if (!entry) shortBy.set(p, (entry = { amount: ZERO, cells: [], references: new Set() }));
        entry.amount = add(entry.amount, value);
        entry.cells.push(cell);
        if (adj.reference) entry.references.add(adj.reference);
      }
    }
  }

  info(): TableInfo {
    const lastRow = this.table.body[this.table.body.length - 1]?.row ?? this.table.headerRows[this.table.headerRows.length - 1]!;
    const columns: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const indicator of this.catalog.indicators) {
      const col = this.table.columns.get(indicator.key);
      if (col === undefined) continue;
      columns[indicator.key] = columnLetters(col);
      headers[indicator.key] = this.table.headerCells.get(indicator.key)?.text ?? '';
    }
    return {
      range: `${a1(this.table.headerRows[0]!, this.table.firstCol)}:${a1(lastRow, this.table.lastCol)}`,
      year: this.table.year,
      region: this.table.region,
      columns,
      labelColumn: columnLetters(this.table.labelCol),
      headerRows: this.table.headerRows,
      totalsRow: this.table.body.find((r) => r.kind === 'totals')?.row ?? null,
      headers,
    };
  }
}

function result(
  sheet: string,
  catalog: Catalog,
  lang: Lang,
  table: TableInfo | null,
  months: MonthRow[],
  adjustments: AdjustmentRow[],
  totals: Reconciliation['totals'],
  drafts: readonly FindingDraft[],
): Reconciliation {
  const findings = orderDrafts(drafts, catalog).map((d) => finalize(d, sheet, catalog, lang));
  return { sheet, table, months, adjustments, totals, findings, summary: summarize(findings), catalog, lang };
}

/** Sheet order (row, then catalog order), so the same sheet in another column order reads the same. */
function orderDrafts(drafts: readonly FindingDraft[], catalog: Catalog): FindingDraft[] {
  const rank = (key?: string): number => (key === undefined ? -1 : catalog.indicators.findIndex((i) => i.key === key));
  return [...drafts].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a.indicator) - rank(b.indicator) || (a.col ?? 0) - (b.col ?? 0) || a.code.localeCompare(b.code),
  );
}

function finalize(d: FindingDraft, sheet: string, catalog: Catalog, lang: Lang): Finding {
  const cell = d.row !== undefined && d.col !== undefined ? a1(d.row, d.col) : undefined;
  const finding: Finding = {
    code: d.code,
    severity: SEVERITY_OF[d.code],
    sheet,
    ...(cell !== undefined ? { cell } : {}),
    ...(d.rowLabel !== undefined ? { rowLabel: d.rowLabel } : {}),
    ...(d.month !== undefined ? { month: d.month } : {}),
    ...(d.indicator !== undefined ? { indicator: d.indicator } : {}),
    ...(d.expected !== undefined ? { expected: toJson(d.expected) } : {}),
    ...(d.actual !== undefined ? { actual: toJson(d.actual) } : {}),
    ...(d.expected !== undefined && d.actual !== undefined ? { difference: toJson(subtract(d.actual, d.expected)) } : {}),
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    message: '',
  };
  return { ...finding, message: messageFor(d, { sheet, cell, catalog, lang }) };
}
