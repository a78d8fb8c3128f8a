/**
 * A declarative sheet: what the report looks like, cell by cell, with no host types. The
 * exceljs renderer (src/xlsx/write-report.ts) writes it to a file; an Office.js renderer can
 * write the same layout into the open workbook. Rows and columns are 1-based sheet coordinates.
 */

export type LayoutValue =
  | { readonly kind: 'text'; readonly text: string }
  /** An amount of cents as a spreadsheet number (exact: built from a money.ts Amount). */
  | { readonly kind: 'number'; readonly value: number }
  /**
   * A formula as a user types it, in Excel's invariant syntax (`=SUM(B8:B20)`, `,` between
   * arguments), with the result it computes (a number, or the text of a footnote sentence), so
   * a viewer that does not recalculate still shows the right figure.
   */
  | { readonly kind: 'formula'; readonly formula: string; readonly result: number | string };

export type HorizontalAlignment = 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the layout's font size when absent. */
  readonly size?: number;
  /** Solid background, RGB hex without `#` (`D9E1F2`). */
  readonly fill?: string;
  /** A thin border on all four sides. */
  readonly border?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
}

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  /** Absent for a blank cell that still carries a style (a bordered empty amount). */
  readonly value?: LayoutValue;
  readonly style: CellStyle;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Consecutive sheet rows, both ends included. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  /** Pages across; the table must fit one page wide. */
  readonly fitToWidth: number;
  /** Pages down; 0 means as many as needed. */
  readonly fitToHeight: number;
  /** Rows repeated at the top of every printed page. */
  readonly titleRows: RowSpan;
  readonly centerHorizontally: boolean;
  /**
   * The page footer in Excel's header/footer codes, centred (`Página &P de &N`: page number,
   * page count).
   */
  readonly footer: string;
}

export interface LayoutColumn {
  readonly key: string;
  readonly col: number;
  /** The indicator's name in the report's language, upper case (`CONVENIOS`). */
  readonly name: string;
}

/**
 * What a renderer needs to chart the breakdown of one parent by month (the four arrears
 * components): categories are the label column over `monthRows`, one series per key.
 */
export interface ChartHint {
  readonly title: string;
  readonly parent: string;
  readonly series: readonly string[];
}

/** Where the table is, so a renderer can add to it (a chart) and tests can read it back. */
export interface TableLocation {
  readonly headerRows: RowSpan;
  readonly labelColumn: number;
  readonly monthRows: RowSpan;
  /** Null when the reconciliation has no adjustment. */
  readonly adjustmentRows: RowSpan | null;
  readonly totalsRow: number;
  /** Indicator columns in catalog order. */
  readonly columns: readonly LayoutColumn[];
  readonly chart: ChartHint | null;
}

export interface SheetLayout {
  /**
   * The font of every cell. Arial, because LibreOffice has a metric-compatible substitute
   * (Liberation Sans) where Calibri falls back to a wider face and turns figures into `####`.
   */
  readonly font: { readonly name: string; readonly size: number };
  /** In row order, then column order. */
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly CellRange[];
  /** Width per column in characters of the default font; index 0 is column 1. */
  readonly columnWidths: readonly number[];
  /** Heights in points of the rows that need one; others keep the host's default. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Rows kept in view when scrolling: the title block and the header. */
  readonly frozenRows: number;
  readonly print: PrintSetup;
  readonly table: TableLocation;
}
