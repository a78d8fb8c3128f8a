import type { Rect } from './a1';
import { cellCount, isUnbounded } from './a1';
import { readCellInput } from './cell-input';
import type { CellStyle } from './cell-style';
import type { CellValue } from './cell-value';
import { ErrorCodes, hostError } from './rich-api-error';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/**
 * Host-side semantics of a range's cell-level properties (`values`, `formulas`,
 * `numberFormat`, `valueTypes`, `text`) and of its format properties.
 */

/** What a Range proxy stands for once resolved. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** "A range is limited to five million cells for get operations" (performance docs). */
export const READ_LIMIT_CELLS = 5_000_000;

const DIMENSION_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Reads a cell-level property; null for whole rows or columns (as documented for unbounded
 * ranges), RangeExceedsLimit past five million cells.
 */
export function readCells<V>(ref: RangeRef, location: string, convert: (value: CellValue | undefined, row: number, column: number) => V): V[][] | null {
  if (isUnbounded(ref.rect)) return null;
  if (cellCount(ref.rect) > READ_LIMIT_CELLS) throw hostError(ErrorCodes.rangeExceedsLimit, location);
  return ref.sheet.values.read(ref.rect, convert);
}

/**
 * The written value of each cell: a 2-D array of the range's shape, or one value for every
 * cell. Whole rows or columns cannot be written cell by cell.
 */
function cellInputs(ref: RangeRef, input: unknown, location: string): (row: number, column: number) => unknown {
  if (isUnbounded(ref.rect)) throw hostError(ErrorCodes.invalidArgument, location);
  const { rect } = ref;
  if (!Array.isArray(input)) return () => input;
  const fits = input.length === rect.rowCount && input.every((line) => Array.isArray(line) && line.length === rect.columnCount);
  if (!fits) throw hostError(ErrorCodes.invalidArgument, location, DIMENSION_MISMATCH);
  const rows = input as unknown[][];
  return (row, column) => rows[row - rect.row]![column - rect.column];
}

function forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let row = rect.row; row < rect.row + rect.rowCount; row++) {
    for (let column = rect.column; column < rect.column + rect.columnCount; column++) visit(row, column);
  }
}

/** `values` and `formulas` take the same input: each cell is read as typed input. */
export function writeCells(ref: RangeRef, input: unknown, location: string, workbook: WorkbookModel): void {
  const inputAt = cellInputs(ref, input, location);
  const { sheet, rect } = ref;
  // Check every cell before changing any, so a rejected write leaves the range as it was.
  forEachCell(rect, (row, column) => {
    if (readCellInput(inputAt(row, column), sheet.numberFormatAt(row, column)) === null) {
      throw hostError(ErrorCodes.invalidArgument, location);
    }
  });
  let changed = false;
  forEachCell(rect, (row, column) => {
    const cell = readCellInput(inputAt(row, column), sheet.numberFormatAt(row, column))!;
    if (sheet.applyInput(row, column, cell)) changed = true;
  });
  if (changed) workbook.markDirty();
}

/** `numberFormat`: a code per cell; null leaves a cell as it is, `''` resets it to General. */
export function writeNumberFormats(ref: RangeRef, input: unknown, location: string): void {
  const inputAt = cellInputs(ref, input, location);
  forEachCell(ref.rect, (row, column) => {
    const format = inputAt(row, column);
    if (format !== null && format !== undefined && typeof format !== 'string') {
      throw hostError(ErrorCodes.invalidArgument, location);
    }
  });
  forEachCell(ref.rect, (row, column) => {
    const format = inputAt(row, column);
    if (typeof format === 'string') ref.sheet.setNumberFormat(row, column, format);
  });
}

/**
 * A format property of a range: its value when every cell agrees, null when they differ
 * ("Blank and null values in Excel add-ins"). Only styled cells are visited, so a whole
 * column costs what it holds.
 */
export function uniform<V>(ref: RangeRef, get: (style: CellStyle | undefined) => V): V | null {
  const seen = new Set<V>();
  let styled = 0;
  ref.sheet.styles.forEachIn(ref.rect, (style) => {
    styled++;
    seen.add(get(style));
  });
  if (styled < cellCount(ref.rect)) seen.add(get(undefined));
  return seen.size === 1 ? [...seen][0]! : null;
}

/** The same for per-column or per-row sizes. */
export function uniformSize(first: number, count: number, sizeOf: (index: number) => number): number | null {
  const size = sizeOf(first);
  for (let index = first + 1; index < first + count; index++) if (sizeOf(index) !== size) return null;
  return size;
}
