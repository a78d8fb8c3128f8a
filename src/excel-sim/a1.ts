/**
 * A1 addresses as Excel writes them. The simulator keeps its own copy of these helpers rather
 * than importing the domain's: a test double that shared code with the code under test could
 * hide that code's bugs.
 */

/** The grid of every Excel sheet since 2007. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangular block of cells, zero-based like `getRangeByIndexes`. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Every cell of a sheet, as `getRange()` without an address gives it. */
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

export function lastRow(rect: Rect): number {
  return rect.row + rect.rowCount - 1;
}

export function lastColumn(rect: Rect): number {
  return rect.column + rect.columnCount - 1;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

/** Whole columns or whole rows: Excel answers `null` for their cell-level properties. */
export function isUnbounded(rect: Rect): boolean {
  return rect.rowCount === MAX_ROWS || rect.columnCount === MAX_COLUMNS;
}

export function isInsideGrid(rect: Rect): boolean {
  return rect.row >= 0 && rect.column >= 0 && rect.rowCount > 0 && rect.columnCount > 0 && lastRow(rect) < MAX_ROWS && lastColumn(rect) < MAX_COLUMNS;
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row <= lastRow(rect) && column >= rect.column && column <= lastColumn(rect);
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(lastRow(a), lastRow(b));
  const right = Math.min(lastColumn(a), lastColumn(b));
  if (bottom < row || right < column) return null;
  return { row, column, rowCount: bottom - row + 1, columnCount: right - column + 1 };
}

export function singleCell(row: number, column: number): Rect {
  return { row, column, rowCount: 1, columnCount: 1 };
}

/** Zero-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Letters to a zero-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; column?: number };

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]!) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return null;
}

/**
 * Parses a local address: `B7`, `$A$1:$C$9`, whole columns `A:C`, whole rows `2:4`.
 * Null when it is none of these or falls outside the grid.
 */
export function parseLocalAddress(address: string): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length > 2) return null;
  const first = parseCorner(parts[0]!);
  const second = parts.length === 2 ? parseCorner(parts[1]!) : first;
  if (!first || !second) return null;
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  if (wholeColumns && first.column !== undefined && second.column !== undefined) {
    return spanning(0, MAX_ROWS - 1, first.column, second.column);
  }
  if (wholeRows && first.row !== undefined && second.row !== undefined) {
    return spanning(first.row, second.row, 0, MAX_COLUMNS - 1);
  }
  if (first.row === undefined || first.column === undefined) return null;
  if (second.row === undefined || second.column === undefined) return null;
  return spanning(first.row, second.row, first.column, second.column);
}

function spanning(rowA: number, rowB: number, columnA: number, columnB: number): Rect | null {
  const rect = {
    row: Math.min(rowA, rowB),
    column: Math.min(columnA, columnB),
    rowCount: Math.abs(rowB - rowA) + 1,
    columnCount: Math.abs(columnB - columnA) + 1,
  };
  return isInsideGrid(rect) ? rect : null;
}

/** `A1`, `A1:C3`; whole columns as `A:C` and whole rows as `2:4`, the way Excel prints them. */
export function formatLocalAddress(rect: Rect): string {
  if (rect.rowCount === MAX_ROWS && rect.columnCount !== MAX_COLUMNS) {
    return `${columnLetters(rect.column)}:${columnLetters(lastColumn(rect))}`;
  }
  if (rect.columnCount === MAX_COLUMNS) return `${rect.row + 1}:${lastRow(rect) + 1}`;
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(lastColumn(rect))}${lastRow(rect) + 1}`;
}

/** The same with `$` on every coordinate, as Excel prints print titles (`$1:$3`). */
export function formatAbsoluteAddress(rect: Rect): string {
  return formatLocalAddress(rect).replace(/([A-Z]+|\d+)/g, '$$$1');
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^([A-Za-z]{1,3})(\d+)$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C?\d*|C\d*)$/i;

/**
 * Excel quotes a sheet name in an address unless it is a plain word (letters, digits, `_`, `.`,
 * not starting with a digit) that could not be read as a cell reference: `Sheet1!A1` but
 * `'Recaudación 2024'!A1` and `'A1'!A1`. An apostrophe inside a quoted name is doubled.
 */
export function quoteSheetName(name: string): string {
  const a1 = LOOKS_LIKE_A1.exec(name);
  const readsAsCell = a1 !== null && columnIndex(a1[1]!) < MAX_COLUMNS;
  if (PLAIN_SHEET_NAME.test(name) && !readsAsCell && !LOOKS_LIKE_R1C1.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatLocalAddress(rect)}`;
}

/** Splits `'My sheet'!A1:B2` or `Sheet1!A1` into sheet and local parts; no sheet for `A1`. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), local: quoted[2]! };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}
