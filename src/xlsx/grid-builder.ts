import { type Cell, type Grid, type GridCell, emptyGrid, forEachCell } from '../domain/grid';

/** 1-based sheet coordinates of a merged range's corners. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Builds a sheet's grid as its cells are read: each cell goes straight into its row, so a
 * sheet of 1.6 million cells is held once, as the grid, and not also as a list of them.
 */
export class GridBuilder {
  /** By 1-based sheet row; each row by 0-based column. Rows and cells never seen stay holes. */
  private readonly rows: GridCell[][] = [];

  set(row: number, col: number, cell: Cell): void {
    (this.rows[row] ??= [])[col - 1] = cell;
  }

  /** A merged range shows its top-left cell alone in Excel, whatever the file keeps in the others. */
  merge(range: MergedRange): void {
    const [from, to] = [range.left - 1, range.right - 1];
    for (let r = range.top; r <= Math.min(range.bottom, this.rows.length - 1); r++) {
      const row = this.rows[r];
      if (!row) continue;
      const covered = (c: number): boolean => c >= from && c <= to && (r !== range.top || c !== from);
      // A wide range over a short row walks the row's cells; a narrow one, its own columns.
      const blank = (c: number): void => {
        if (covered(c)) delete row[c];
      };
      if (to - from > row.length) forEachCell(row, (_, c) => blank(c));
      else for (let c = from; c <= Math.min(to, row.length - 1); c++) blank(c);
    }
  }

  /** The smallest grid holding the cells: a table far from A1 costs no empty rows or columns. */
  build(sheet: string): Grid {
    let [top, bottom, left] = [-1, -1, Infinity];
    this.rows.forEach((row, r) => {
      let held = false;
      forEachCell(row, (_, c) => {
        held = true;
        if (c < left) left = c;
      });
      if (!held) return;
      if (top < 0) top = r;
      bottom = r;
    });
    if (top < 0) return emptyGrid(sheet);
    const cells: GridCell[][] = [];
    for (let r = top; r <= bottom; r++) cells.push(shifted(this.rows[r] ?? [], left));
    return { sheet, top, left: left + 1, cells };
  }
}

/** A row without its first `by` places; a sparse row stays sparse. */
function shifted(row: GridCell[], by: number): GridCell[] {
  if (by === 0) return row;
  const out: GridCell[] = [];
  forEachCell(row, (cell, c) => {
    out[c - by] = cell;
  });
  return out;
}
