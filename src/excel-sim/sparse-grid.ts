import type { Rect } from './a1';
import { lastColumn, lastRow } from './a1';

/**
 * One layer of a sheet (values, formulas, formats…) stored as an array of row arrays that
 * exist only for rows holding something: a 200,000-row sheet costs one array per used row,
 * and reading a block of rows is a slice per row, not an object per cell.
 */
export class SparseGrid<T> {
  private rows: ((T | undefined)[] | undefined)[] = [];
  private cachedBounds: Rect | null | undefined;

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  /** Sets a cell; `undefined` empties it. */
  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
    this.cachedBounds = undefined;
  }

  /** Replaces a whole row from `column` on, keeping `values` itself: the seed path for big sheets. */
  setRow(row: number, column: number, values: (T | undefined)[]): void {
    this.rows[row] = column === 0 ? values : [...new Array<T | undefined>(column), ...values];
    this.cachedBounds = undefined;
  }

  /** Calls `visit` for every filled cell inside `rect`, row by row. */
  forEachIn(rect: Rect, visit: (value: T, row: number, column: number) => void): void {
    const bottom = Math.min(lastRow(rect), this.rows.length - 1);
    const right = lastColumn(rect);
    for (let row = rect.row; row <= bottom; row++) {
      const cells = this.rows[row];
      if (cells === undefined) continue;
      const end = Math.min(right, cells.length - 1);
      for (let column = rect.column; column <= end; column++) {
        const value = cells[column];
        if (value !== undefined) visit(value, row, column);
      }
    }
  }

  /** The block's cells converted one by one (empty cells arrive as `undefined`), one array per row. */
  read<F>(rect: Rect, convert: (value: T | undefined, row: number, column: number) => F): F[][] {
    const out: F[][] = new Array<F[]>(rect.rowCount);
    for (let r = 0; r < rect.rowCount; r++) {
      const row = rect.row + r;
      const cells = this.rows[row];
      const line = new Array<F>(rect.columnCount);
      for (let c = 0; c < rect.columnCount; c++) {
        const column = rect.column + c;
        line[c] = convert(cells?.[column], row, column);
      }
      out[r] = line;
    }
    return out;
  }

  clear(rect: Rect): void {
    this.forEachIn(rect, (_value, row, column) => {
      this.rows[row]![column] = undefined;
    });
    this.cachedBounds = undefined;
  }

  /** The smallest rectangle holding every filled cell, or null when the layer is empty. */
  bounds(): Rect | null {
    if (this.cachedBounds === undefined) this.cachedBounds = this.scanBounds();
    return this.cachedBounds;
  }

  private scanBounds(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    for (let row = 0; row < this.rows.length; row++) {
      const cells = this.rows[row];
      if (cells === undefined) continue;
      let first = -1;
      let last = -1;
      for (let column = 0; column < cells.length; column++) {
        if (cells[column] === undefined) continue;
        if (first < 0) first = column;
        last = column;
      }
      if (first < 0) continue;
      if (top < 0) top = row;
      bottom = row;
      left = Math.min(left, first);
      right = Math.max(right, last);
    }
    if (top < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/** The smallest rectangle holding all of `rects`, or null when there are none. */
export function union(rects: readonly (Rect | null)[]): Rect | null {
  let result: Rect | null = null;
  for (const rect of rects) {
    if (rect === null) continue;
    if (result === null) {
      result = rect;
      continue;
    }
    const row = Math.min(result.row, rect.row);
    const column = Math.min(result.column, rect.column);
    result = {
      row,
      column,
      rowCount: Math.max(lastRow(result), lastRow(rect)) - row + 1,
      columnCount: Math.max(lastColumn(result), lastColumn(rect)) - column + 1,
    };
  }
  return result;
}
