import type { Rect } from './a1';
import { MAX_COLUMNS, intersection, lastColumn, lastRow, singleCell } from './a1';
import type { CellInput } from './cell-input';
import type { CellStyle, StyleChange, StyleTable } from './cell-style';
import type { CellValue } from './cell-value';
import type { RangeRef } from './range-cells';
import { GENERAL, formatCell } from './number-format';
import { SparseGrid, union } from './sparse-grid';

/** Excel's defaults for Calibri 11, in points as the API gives them. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface NoteModel {
  content: string;
  readonly authorName: string;
  visible: boolean;
}

export interface CommentModel {
  content: string;
  readonly authorName: string;
  readonly creationDate: Date;
}

/** A defined name scoped to its sheet, referring to a block of cells. */
export interface NamedItemModel {
  readonly name: string;
  readonly target: RangeRef;
  comment: string;
  visible: boolean;
}

export type SeriesBy = 'Rows' | 'Columns';

export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  readonly source: Rect;
  readonly seriesBy: SeriesBy;
  readonly title: { text: string; visible: boolean };
  position?: { readonly start: string; readonly end?: string };
  /** Cells naming the categories (`axes.categoryAxis.setCategoryNames`). */
  categoryNames?: Rect;
}

export interface PageZoom {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  zoom: PageZoom;
  printTitleRows: Rect | null;
  /** The centred footer of every page, in Excel's header/footer codes (`&P`, `&N`). */
  centerFooter: string;
}

export type ClearTarget = 'All' | 'Formats' | 'Contents';

/** The sheets a comment or note collection covers, and the sheet of addresses without one. */
export interface AnnotationScope {
  readonly sheets: readonly SheetModel[];
  readonly defaultSheet: SheetModel;
}

/** Notes and comments are keyed by cell; this key also sorts them in reading order. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellOfKey(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** One worksheet: its cells in layers, and the sheet-level features the add-in touches. */
export class SheetModel {
  /** Cell values; a formula cell holds its last calculated result here. */
  readonly values = new SparseGrid<CellValue>();
  readonly formulas = new SparseGrid<string>();
  /** Absent means General. */
  readonly numberFormats = new SparseGrid<string>();
  readonly styles = new SparseGrid<CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  frozen = { rows: 0, columns: 0 };
  readonly pageLayout: PageLayoutModel = { orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null, centerFooter: '' };
  readonly charts: ChartModel[] = [];
  readonly notes = new Map<number, NoteModel>();
  readonly comments = new Map<number, CommentModel>();
  /** Sheet-scoped defined names, by upper-cased name. */
  readonly names = new Map<string, NamedItemModel>();
  selection: Rect = singleCell(0, 0);

  constructor(
    /** Changes only when the file is opened again on a host that renumbers (profiles.ts). */
    public id: string,
    public name: string,
  ) {}

  numberFormatAt(row: number, column: number): string {
    return this.numberFormats.get(row, column) ?? GENERAL;
  }

  textAt(row: number, column: number): string {
    return formatCell(this.values.get(row, column), this.numberFormatAt(row, column));
  }

  /** Applies one written value; returns whether a value or formula changed. */
  applyInput(row: number, column: number, input: CellInput): boolean {
    switch (input.kind) {
      case 'unchanged':
        return false;
      case 'blank':
        this.values.set(row, column, undefined);
        this.formulas.set(row, column, undefined);
        return true;
      case 'value':
        this.values.set(row, column, input.value);
        this.formulas.set(row, column, undefined);
        if (input.numberFormat) this.numberFormats.set(row, column, input.numberFormat);
        return true;
      case 'formula':
        this.formulas.set(row, column, input.formula);
        // A formula cell always has an entry in `values`, so range scans meet it; 0 until calculated.
        if (this.values.get(row, column) === undefined) this.values.set(row, column, 0);
        return true;
    }
  }

  /** `''` resets to General. */
  setNumberFormat(row: number, column: number, format: string): void {
    this.numberFormats.set(row, column, format === '' || format === GENERAL ? undefined : format);
  }

  restyle(rect: Rect, change: StyleChange, table: StyleTable): void {
    for (let row = rect.row; row <= lastRow(rect); row++) {
      for (let column = rect.column; column <= lastColumn(rect); column++) {
        this.styles.set(row, column, table.restyle(this.styles.get(row, column), change));
      }
    }
  }

  clear(rect: Rect, target: ClearTarget): void {
    if (target !== 'Formats') {
      this.values.clear(rect);
      this.formulas.clear(rect);
    }
    if (target !== 'Contents') {
      this.numberFormats.clear(rect);
      this.styles.clear(rect);
    }
  }

  /** Cells with a value or formula, plus (unless `valuesOnly`) cells with formatting. */
  usedRange(valuesOnly: boolean): Rect | null {
    const content = [this.values.bounds(), this.formulas.bounds()];
    if (valuesOnly) return union(content);
    return union([...content, this.numberFormats.bounds(), this.styles.bounds()]);
  }

  /**
   * Merges the block (or each of its rows, `across`). Merges it overlaps are replaced, and
   * only the top-left value of each merged area is kept, as Excel does.
   */
  merge(rect: Rect, across: boolean): void {
    const areas = across ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 })) : [rect];
    this.unmerge(rect);
    for (const area of areas) {
      if (area.rowCount * area.columnCount === 1) continue;
      const keep = { value: this.values.get(area.row, area.column), formula: this.formulas.get(area.row, area.column) };
      this.values.clear(area);
      this.formulas.clear(area);
      this.values.set(area.row, area.column, keep.value);
      this.formulas.set(area.row, area.column, keep.formula);
      this.merges.push(area);
    }
  }

  unmerge(rect: Rect): void {
    this.merges = this.merges.filter((area) => intersection(area, rect) === null);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /**
   * Sets each column to fit its longest text in the block, at about 7 pixels a character plus
   * 5 of padding (Calibri 11: the default 48 points are 8.43 characters). Empty columns keep
   * their width.
   */
  autofitColumns(rect: Rect): void {
    const longest = new Map<number, number>();
    this.values.forEachIn(rect, (_value, row, column) => {
      const length = this.textAt(row, column).length;
      longest.set(column, Math.max(longest.get(column) ?? 0, length));
    });
    for (const [column, chars] of longest) {
      this.columnWidths.set(column, Math.round((chars * 7 + 5) * 0.75 * 4) / 4);
    }
  }

  /** Sets each row to the default height, or more lines of it where wrapped text needs them. */
  autofitRows(rect: Rect): void {
    for (let row = rect.row; row <= lastRow(rect); row++) {
      let lines = 1;
      this.values.forEachIn({ ...rect, row, rowCount: 1 }, (_value, _row, column) => {
        if (!this.styles.get(row, column)?.wrapText) return;
        const fits = Math.max(1, Math.floor((this.columnWidth(column) / 0.75 - 5) / 7));
        lines = Math.max(lines, Math.ceil(this.textAt(row, column).length / fits));
      });
      if (lines === 1) this.rowHeights.delete(row);
      else this.rowHeights.set(row, lines * DEFAULT_ROW_HEIGHT);
    }
  }
}
