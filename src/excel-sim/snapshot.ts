import type { Rect } from './a1';
import { columnLetters, containsCell, formatAbsoluteAddress, formatLocalAddress, parseLocalAddress } from './a1';
import type { BorderLine, Side } from './cell-style';
import { DEFAULT_STYLE } from './cell-style';
import type { ValueType } from './cell-value';
import { apiValueOf, valueTypeOf } from './cell-value';
import type { PageZoom, SeriesBy, SheetModel } from './sheet-model';
import { cellKey, cellOfKey } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/**
 * Plain reads of the workbook for tests and the playground, straight from the model: no
 * proxies, no syncs, nothing counted in the stats.
 */

export interface CellSnapshot {
  readonly address: string;
  readonly value: number | string | boolean;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly text: string;
  readonly valueType: ValueType;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly fontColor: string;
  readonly horizontalAlignment: string;
  readonly wrapText: boolean;
  readonly borders: Readonly<Partial<Record<Side, BorderLine>>>;
  readonly note: string | null;
  readonly comment: string | null;
  /** The merged area holding the cell, if any. */
  readonly merge: string | null;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly chartType: string;
  readonly source: string;
  readonly seriesBy: SeriesBy;
  readonly title: string | null;
  readonly position: { readonly start: string; readonly end?: string } | null;
  readonly categoryNames: string | null;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly active: boolean;
  /** The block the grids below cover (the used range with formatting, or the one asked for). */
  readonly area: string | null;
  readonly values: (number | string | boolean)[][];
  readonly formulas: (string | null)[][];
  readonly text: string[][];
  readonly numberFormats: string[][];
  /** Fill colors, null where a cell has none. */
  readonly fills: (string | null)[][];
  readonly bold: boolean[][];
  /** Notes and comments by cell address. */
  readonly notes: Readonly<Record<string, string>>;
  readonly comments: Readonly<Record<string, string>>;
  readonly merges: readonly string[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly selection: string;
  /** Widths and heights that differ from the default, by column letters and row number. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly pageLayout: {
    readonly orientation: string;
    readonly zoom: PageZoom;
    readonly printTitleRows: string | null;
    readonly centerFooter: string;
  };
  readonly charts: readonly ChartSnapshot[];
}

export function sheetOf(workbook: WorkbookModel, name: string | undefined): SheetModel {
  const sheet = name === undefined ? workbook.activeSheet : workbook.sheet(name);
  if (!sheet) throw new Error(`excel-sim: no sheet named '${name}'`);
  return sheet;
}

function areaOf(sheet: SheetModel, address: string | undefined): Rect | null {
  if (address === undefined) return sheet.usedRange(false);
  const rect = parseLocalAddress(address);
  if (!rect) throw new Error(`excel-sim: '${address}' is not an address`);
  return rect;
}

function byAddress<T>(entries: Map<number, T>, text: (entry: T) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of [...entries].sort(([a], [b]) => a - b)) {
    const { row, column } = cellOfKey(key);
    out[formatLocalAddress({ row, column, rowCount: 1, columnCount: 1 })] = text(entry);
  }
  return out;
}

export function snapshotSheet(workbook: WorkbookModel, sheet: SheetModel, address?: string): SheetSnapshot {
  const area = areaOf(sheet, address);
  const grid = <V>(read: (row: number, column: number) => V): V[][] => (area ? sheet.values.read(area, (_value, row, column) => read(row, column)) : []);
  const columnWidths: Record<string, number> = {};
  for (const [column, width] of sheet.columnWidths) {
    columnWidths[columnLetters(column)] = width;
  }
  const rowHeights: Record<number, number> = {};
  for (const [row, height] of sheet.rowHeights) rowHeights[row + 1] = height;
  const { printTitleRows } = sheet.pageLayout;
  return {
    name: sheet.name,
    active: workbook.activeSheet === sheet,
    area: area ? formatLocalAddress(area) : null,
    values: grid((row, column) => apiValueOf(sheet.values.get(row, column))),
    formulas: grid((row, column) => sheet.formulas.get(row, column) ?? null),
    text: grid((row, column) => sheet.textAt(row, column)),
    numberFormats: grid((row, column) => sheet.numberFormatAt(row, column)),
    fills: grid((row, column) => sheet.styles.get(row, column)?.fill ?? null),
    bold: grid((row, column) => sheet.styles.get(row, column)?.bold ?? false),
    notes: byAddress(sheet.notes, (note) => note.content),
    comments: byAddress(sheet.comments, (comment) => comment.content),
    merges: sheet.merges.map(formatLocalAddress),
    frozen: { ...sheet.frozen },
    selection: formatLocalAddress(sheet.selection),
    columnWidths,
    rowHeights,
    pageLayout: {
      orientation: sheet.pageLayout.orientation,
      zoom: { ...sheet.pageLayout.zoom },
      printTitleRows: printTitleRows ? formatAbsoluteAddress(printTitleRows) : null,
      centerFooter: sheet.pageLayout.centerFooter,
    },
    charts: sheet.charts.map((chart) => ({
      name: chart.name,
      chartType: chart.chartType,
      source: formatLocalAddress(chart.source),
      seriesBy: chart.seriesBy,
      title: chart.title.visible ? chart.title.text : null,
      position: chart.position ?? null,
      categoryNames: chart.categoryNames ? formatLocalAddress(chart.categoryNames) : null,
    })),
  };
}

export function snapshotCell(sheet: SheetModel, address: string): CellSnapshot {
  const rect = parseLocalAddress(address);
  if (!rect) throw new Error(`excel-sim: '${address}' is not an address`);
  const { row, column } = rect;
  const value = sheet.values.get(row, column);
  const style = sheet.styles.get(row, column);
  const key = cellKey(row, column);
  const merge = sheet.merges.find((area) => containsCell(area, row, column));
  return {
    address: formatLocalAddress({ row, column, rowCount: 1, columnCount: 1 }),
    value: apiValueOf(value),
    formula: sheet.formulas.get(row, column) ?? null,
    numberFormat: sheet.numberFormatAt(row, column),
    text: sheet.textAt(row, column),
    valueType: valueTypeOf(value),
    fill: style?.fill ?? null,
    bold: style?.bold ?? DEFAULT_STYLE.bold,
    fontColor: style?.fontColor ?? DEFAULT_STYLE.fontColor,
    horizontalAlignment: style?.horizontalAlignment ?? DEFAULT_STYLE.horizontalAlignment,
    wrapText: style?.wrapText ?? DEFAULT_STYLE.wrapText,
    borders: style?.borders ?? {},
    note: sheet.notes.get(key)?.content ?? null,
    comment: sheet.comments.get(key)?.content ?? null,
    merge: merge ? formatLocalAddress(merge) : null,
  };
}
