/**
 * The plain grid both hosts hand the domain: what a sheet holds, cell by cell, with no
 * host types. Office.js and exceljs adapters each build one; the domain reads only this.
 */

/** A calendar date without time or zone: what a date cell means to an analyst. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number;
}

/** `2024-01-31`: how a date reads where it stands for itself (a label, a cell that holds no amount). */
export function isoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export type Cell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly value: CalendarDate }
  /** `#REF!`, `#VALUE!`, `#N/A`… as Excel shows them. */
  | { readonly kind: 'error'; readonly value: string }
  /**
   * A formula whose result the file does not carry: never calculated, or `stale` when the file
   * holds one but asks to be recalculated on load (its cached value is a placeholder).
   */
  | { readonly kind: 'uncalculated'; readonly formula: string; readonly stale?: boolean };

/** A blank cell is `undefined`, so sparse rows cost nothing. */
export type GridCell = Cell | undefined;

export interface Grid {
  readonly sheet: string;
  /** 1-based sheet row of `cells[0]`. */
  readonly top: number;
  /** 1-based sheet column of `cells[r][0]`. */
  readonly left: number;
  /** Rows of cells; rows may be ragged, a missing cell is blank. */
  readonly cells: readonly (readonly GridCell[])[];
  /** The sheet carries Cuadre's report marker: Cuadre wrote it, it is never a source (§2). Absent otherwise. */
  readonly isReport?: true;
  /** The sheet carries Cuadre's audit-log marker («Registro Cuadre»): never a source either (§2). Absent otherwise. */
  readonly isLog?: true;
}

/** A workbook as the domain sees it: its sheets in tab order, and which one is active. */
export interface Workbook {
  readonly sheets: readonly Grid[];
  readonly activeSheet?: string;
}

export function emptyGrid(sheet: string): Grid {
  return { sheet, top: 1, left: 1, cells: [] };
}

/** The cell at 1-based sheet coordinates, or undefined (blank) outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): GridCell {
  return grid.cells[row - grid.top]?.[col - grid.left];
}

/** Rows at least this long are walked by their cells rather than by their places. */
const LONG_ROW = 256;

/**
 * Calls `visit` with each cell a row holds and its index, in column order, at a cost in the
 * cells held: a row with one cell at column 16,000 is one visit, not 16,000 (`forEach` walks
 * every place of a sparse array, and a sheet with a cell per column on a diagonal has 134
 * million of them).
 */
export function forEachCell(row: readonly GridCell[], visit: (cell: Cell, index: number) => void): void {
  if (row.length < LONG_ROW) {
    row.forEach((cell, i) => cell !== undefined && visit(cell, i));
    return;
  }
  for (const key of Object.keys(row)) {
    const cell = row[Number(key)];
    if (cell !== undefined) visit(cell, Number(key));
  }
}

export function gridBottom(grid: Grid): number {
  return grid.top + grid.cells.length - 1;
}

export function gridRight(grid: Grid): number {
  let width = 0;
  for (const row of grid.cells) width = Math.max(width, row.length);
  return grid.left + width - 1;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Letters to column number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Parses `B7` (or `$B$7`) into 1-based coordinates; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

/** Trimmed text of a text cell, '' otherwise. */
export function textOf(cell: GridCell): string {
  return cell?.kind === 'text' ? cell.value.trim() : '';
}

export function isBlank(cell: GridCell): boolean {
  return cell === undefined || (cell.kind === 'text' && cell.value.trim() === '');
}
