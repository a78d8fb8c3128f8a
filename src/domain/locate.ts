import { holdsAmount, rowHasAmounts } from './amount-cell';
import { type Catalog, indicatorByCode, indicatorByLabel, ancestors, leadingCode, rootKey, suggestCode } from './catalog';
import type { FindingDraft } from './finding-draft';
import { type Grid, type GridCell, a1, isoDate, cellAt, forEachCell, gridBottom, gridRight, isBlank, textOf } from './grid';
import { foldLabel, parseMonth } from './months';

/**
 * Finds the recovery table on an arbitrary grid (RECONCILIATION.md §2): the label column
 * with the month names, the stacked header above the first month, the indicator columns,
 * and the body rows down to the totals row.
 */

export type BodyRow =
  | { readonly kind: 'month'; readonly row: number; readonly label: string; readonly month: number; readonly year?: number }
  | { readonly kind: 'adjustment'; readonly row: number; readonly label: string; readonly reference: string | null }
  | { readonly kind: 'totals'; readonly row: number; readonly label: string }
  | { readonly kind: 'other'; readonly row: number; readonly label: string };

export interface HeaderCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface LocatedTable {
  readonly labelCol: number;
  readonly headerRows: readonly number[];
  /** Indicator key → sheet column, one column per indicator. */
  readonly columns: ReadonlyMap<string, number>;
  /** Indicator key → the header cell that identified it. */
  readonly headerCells: ReadonlyMap<string, HeaderCell>;
  /** Columns of the table that no indicator claims, with their header text if any. */
  readonly otherColumns: readonly { readonly col: number; readonly header: string }[];
  readonly body: readonly BodyRow[];
  readonly firstCol: number;
  readonly lastCol: number;
  readonly year: number | null;
  readonly region: string | null;
  readonly findings: readonly FindingDraft[];
}

export type Location = { readonly found: true; readonly table: LocatedTable } | { readonly found: false; readonly why: 'no-months' | 'no-header' };

/** Rows that are neither months nor adjustments after which the table is taken to have ended. */
const END_GAP = 3;
const MAX_HEADER_ROWS = 3;
const REFERENCE = /\bIESS-(?:[A-Z0-9]+-)*?\d{4}-\d{3,5}-M\b/i;
/**
 * How much of a label is searched for a document reference. The lazy pattern is retried from
 * every `IESS-` it meets, so a cell of 100,000 characters repeating `IESS-` would take seconds;
 * a reference a person cites sits in the first words of the label.
 */
const REFERENCE_REACH = 1000;
const YEAR_TITLE = /\b(?:ANO|YEAR|EJERCICIO|PERIODO)\s*:?\s*((?:19|20)\d{2})\b/;

export function locateTable(grid: Grid, catalog: Catalog, settingsYear?: number): Location {
  const candidates = labelColumnCandidates(grid);
  if (candidates.length === 0) return { found: false, why: 'no-months' };
  const rows = new RowFacts(grid, catalog);
  for (const candidate of candidates) {
    const header = findHeader(rows, candidate.col, candidate.firstRow);
    if (header) return { found: true, table: buildTable(grid, catalog, candidate.col, candidate.firstRow, header, settingsYear) };
  }
  return { found: false, why: 'no-header' };
}

interface Candidate {
  readonly col: number;
  readonly firstRow: number;
  readonly distinct: number;
  readonly named: boolean;
}

/**
 * Columns holding month labels, best first: month names beat date cells (a column of dates
 * in unrelated data must not win over the table's ENERO…DICIEMBRE), then more distinct months.
 */
function labelColumnCandidates(grid: Grid): Candidate[] {
  const byCol = new Map<number, { firstRow: number; months: Set<number>; named: boolean }>();
  grid.cells.forEach((cells, r) => {
    forEachCell(cells, (cell, c) => {
      if (cell.kind === 'text' && cell.value.length > 24) return;
      const month = parseMonth(cell);
      if (!month) return;
      const col = grid.left + c;
      const entry = byCol.get(col) ?? { firstRow: grid.top + r, months: new Set<number>(), named: false };
      entry.months.add(month.month);
      entry.named ||= cell.kind === 'text';
      byCol.set(col, entry);
    });
  });
  return [...byCol.entries()]
    .map(([col, e]) => ({ col, firstRow: e.firstRow, distinct: e.months.size, named: e.named }))
    .sort((a, b) => Number(b.named) - Number(a.named) || b.distinct - a.distinct || a.col - b.col);
}

interface Header {
  readonly rows: readonly number[];
}

/** The stacked header rows directly above the first month (one blank row between is allowed). */
function findHeader(facts: RowFacts, labelCol: number, firstMonthRow: number): Header | null {
  const top = facts.grid.top;
  let row = firstMonthRow - 1;
  if (row >= top && facts.of(row).nonBlank === 0) row--;
  const rows: number[] = [];
  while (row >= top && rows.length < MAX_HEADER_ROWS && facts.of(row).nonBlank > 0) {
    rows.unshift(row);
    row--;
  }
  // Title rows stacked on the header ("AÑO 2024" with no blank row between) are not header.
  while (rows.length > 1 && !facts.namesIndicator(rows[0]!, labelCol) && facts.of(rows[0]!).nonBlank <= 1) rows.shift();
  return rows.some((r) => facts.namesIndicator(r, labelCol)) ? { rows } : null;
}

/**
 * What the header search asks of a row, worked out once per row: every column with month
 * labels is a candidate, and without this each of them would scan the same rows again
 * (quadratic on a sheet with months in thousands of columns).
 */
class RowFacts {
  private readonly known = new Map<number, { readonly nonBlank: number; readonly indicatorCols: readonly number[] }>();

  constructor(
    readonly grid: Grid,
    private readonly catalog: Catalog,
  ) {}

  of(row: number): { readonly nonBlank: number; readonly indicatorCols: readonly number[] } {
    let facts = this.known.get(row);
    if (!facts) {
      let nonBlank = 0;
      // Two columns are enough to tell whether one other than the label column names an indicator.
      const indicatorCols: number[] = [];
      forEachCell(this.grid.cells[row - this.grid.top] ?? [], (cell, c) => {
        if (isBlank(cell)) return;
        nonBlank++;
        const text = textOf(cell);
        if (indicatorCols.length < 2 && text !== '' && (leadingCode(text) !== null || indicatorByLabel(this.catalog, text) !== undefined))
          indicatorCols.push(this.grid.left + c);
      });
      facts = { nonBlank, indicatorCols };
      this.known.set(row, facts);
    }
    return facts;
  }

  /** Does a cell of the row, other than the label column's, name an indicator by code or label? */
  namesIndicator(row: number, labelCol: number): boolean {
    return this.of(row).indicatorCols.some((col) => col !== labelCol);
  }
}

function buildTable(grid: Grid, catalog: Catalog, labelCol: number, firstMonthRow: number, header: Header, settingsYear?: number): LocatedTable {
  const findings: FindingDraft[] = [];
  const columns = new Map<string, number>();
  const headerCells = new Map<string, HeaderCell>();
  const unclaimed: { col: number; header: string }[] = [];
  const nearestFirst = [...header.rows].reverse();
  const right = gridRight(grid);

  for (let col = grid.left; col <= right; col++) {
    if (col === labelCol) continue;
    const cells = nearestFirst.map((row) => ({ row, col, text: textOf(cellAt(grid, row, col)) })).filter((h) => h.text !== '');
    const identified = identifyColumn(catalog, cells, findings);
    if (!identified) {
      unclaimed.push({ col, header: cells[0]?.text ?? '' });
      continue;
    }
    const first = columns.get(identified.key);
    if (first !== undefined) {
      const firstCell = headerCells.get(identified.key)!;
      findings.push({
        code: 'header.duplicate-indicator',
        row: identified.cell.row,
        col,
        indicator: identified.key,
        detail: { text: identified.cell.text, otherCell: a1(firstCell.row, firstCell.col) },
      });
      unclaimed.push({ col, header: identified.cell.text });
      continue;
    }
    columns.set(identified.key, col);
    headerCells.set(identified.key, identified.cell);
  }

  const claimed = [...columns.values(), labelCol];
  const firstCol = Math.min(...claimed);
  let lastCol = Math.max(...claimed);
  const body = readBody(grid, labelCol, firstMonthRow, firstCol, lastCol);
  // A data column right of the last header (its header forgotten) still belongs to the table.
  while (lastCol < right && columnHasAmounts(grid, body, lastCol + 1)) lastCol++;
  for (const indicator of catalog.indicators) {
    if (!columns.has(indicator.key)) findings.push({ code: 'header.missing-indicator', indicator: indicator.key });
  }
  return {
    labelCol,
    headerRows: header.rows,
    columns,
    headerCells,
    otherColumns: unclaimed.filter((u) => u.col > firstCol && u.col <= lastCol),
    body,
    firstCol,
    lastCol,
    year: findYear(grid, header.rows[0]!, firstMonthRow, body) ?? settingsYear ?? null,
    region: findRegion(grid, catalog, header.rows, columns.get(rootKey(catalog))),
    findings,
  };
}

/**
 * A column is identified by its code first and its label second (§2). A label in a row above
 * that names an ancestor of the code's indicator is a group label (context), not a mismatch.
 */
function identifyColumn(catalog: Catalog, cells: readonly HeaderCell[], findings: FindingDraft[]): { key: string; cell: HeaderCell } | null {
  const codeCell = cells.find((h) => leadingCode(h.text) !== null);
  const labelled = cells
    .filter((h) => h !== codeCell)
    .map((h) => ({ cell: h, indicator: indicatorByLabel(catalog, h.text) }))
    .filter((l) => l.indicator !== undefined);
  if (codeCell) {
    const code = leadingCode(codeCell.text)!;
    const byCode = indicatorByCode(catalog, code);
    if (byCode) {
      const context = new Set([byCode.key, ...ancestors(catalog, byCode.key)]);
      const clash = labelled.find((l) => !context.has(l.indicator!.key));
      if (clash) {
        findings.push({
          code: 'header.label-mismatch',
          row: codeCell.row,
          col: codeCell.col,
          indicator: byCode.key,
          detail: { text: codeCell.text, otherCell: a1(clash.cell.row, clash.cell.col), otherIndicator: clash.indicator!.key },
        });
      }
      return { key: byCode.key, cell: codeCell };
    }
    const suggestion = suggestCode(catalog, code);
    findings.push({ code: 'header.unknown-code', row: codeCell.row, col: codeCell.col, ...(suggestion ? { suggestion } : {}), detail: { text: code } });
  }
  // Without a usable code the column's own label is the nearest header text.
  const nearest = cells.find((h) => h !== codeCell);
  const own = nearest ? indicatorByLabel(catalog, nearest.text) : undefined;
  return own && nearest ? { key: own.key, cell: nearest } : null;
}

function readBody(grid: Grid, labelCol: number, firstMonthRow: number, firstCol: number, lastCol: number): BodyRow[] {
  const rows: BodyRow[] = [];
  let gap = 0;
  for (let row = firstMonthRow; row <= gridBottom(grid) && gap < END_GAP; row++) {
    const labelCell = cellAt(grid, row, labelCol);
    const label = labelText(labelCell);
    const kind = classifyLabel(labelCell, label);
    if (kind.kind === 'other') {
      gap++;
      if (!isBlank(labelCell) || rowHasAmounts(grid, row, firstCol, lastCol, labelCol)) rows.push({ kind: 'other', row, label });
      continue;
    }
    gap = 0;
    rows.push({ ...kind, row, label } as BodyRow);
    if (kind.kind === 'totals') break;
  }
  // Trailing rows after the last month/adjustment (notes below the table) are not the table's.
  while (rows.length > 0 && rows[rows.length - 1]!.kind === 'other') rows.pop();
  return rows;
}

type LabelKind = { kind: 'month'; month: number; year?: number } | { kind: 'adjustment'; reference: string | null } | { kind: 'totals' } | { kind: 'other' };

function classifyLabel(cell: GridCell, label: string): LabelKind {
  const month = parseMonth(cell);
  if (month) return { kind: 'month', ...month };
  const folded = foldLabel(label);
  if (folded.startsWith('TOTAL')) return { kind: 'totals' };
  const reference = REFERENCE.exec(label.slice(0, REFERENCE_REACH))?.[0]?.toUpperCase() ?? null;
  if (reference !== null || folded.includes('AJUSTE')) return { kind: 'adjustment', reference };
  return { kind: 'other' };
}

function labelText(cell: GridCell): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return cell.value.trim();
    case 'date':
      return isoDate(cell.value);
    case 'uncalculated':
      return `=${cell.formula}`;
    default:
      return String(cell.value);
  }
}

function columnHasAmounts(grid: Grid, body: readonly BodyRow[], col: number): boolean {
  return body.some((r) => r.kind === 'month' && holdsAmount(cellAt(grid, r.row, col)));
}

/** From a title such as `AÑO 2024` above the table, else from the month labels' own years. */
function findYear(grid: Grid, firstHeaderRow: number, firstMonthRow: number, body: readonly BodyRow[]): number | null {
  for (let row = firstMonthRow - 1; row >= grid.top; row--) {
    for (const cell of grid.cells[row - grid.top] ?? []) {
      const m = YEAR_TITLE.exec(foldLabel(textOf(cell)));
      if (m) return Number(m[1]);
    }
    if (row < firstHeaderRow - 10) break;
  }
  const years = new Map<number, number>();
  for (const r of body) if (r.kind === 'month' && r.year !== undefined) years.set(r.year, (years.get(r.year) ?? 0) + 1);
  const [best] = [...years.entries()].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

/** The label over the total column that is neither an indicator nor a title (`CHIMBORAZO`). */
function findRegion(grid: Grid, catalog: Catalog, headerRows: readonly number[], totalCol: number | undefined): string | null {
  if (totalCol === undefined) return null;
  for (const row of headerRows) {
    const text = textOf(cellAt(grid, row, totalCol));
    if (text !== '' && !indicatorByLabel(catalog, text) && !leadingCode(text) && !YEAR_TITLE.test(foldLabel(text))) return text;
  }
  return null;
}
