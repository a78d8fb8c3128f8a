import { a1, columnLetters } from '../domain/grid';
import type { CellRange, CellStyle, LayoutValue, SheetLayout } from '../report/layout';
import { REPORT_MARKER, REPORT_MARKER_CELL } from '../report/marker';

/**
 * Renders the report's declarative layout into a worksheet through Office.js. Everything is
 * queued; the caller syncs once. Values go in as one block of formulas (a text that Excel
 * would read as a number or formula is written with a leading apostrophe).
 */

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Excel's column width unit is points here; the layout gives characters of the default font. */
export const POINTS_PER_CHARACTER = 7;

/** `printSetup`: false on hosts before ExcelApi 1.9, which have no `pageLayout`. */
export function queueLayout(sheet: Excel.Worksheet, layout: SheetLayout, host: { readonly printSetup: boolean } = { printSetup: true }): void {
  const bottom = Math.max(...layout.cells.map((c) => c.row));
  const right = Math.max(...layout.cells.map((c) => c.col));
  const block: (string | number)[][] = Array.from({ length: bottom }, () => new Array<string | number>(right).fill(''));
  for (const cell of layout.cells) if (cell.value) block[cell.row - 1]![cell.col - 1] = formulaOf(cell.value);

  const whole = sheet.getRange(`A1:${a1(bottom, right)}`);
  whole.format.font.name = layout.font.name;
  whole.format.font.size = layout.font.size;
  whole.formulas = block;

  for (const cell of layout.cells) applyStyle(sheet.getRange(a1(cell.row, cell.col)), cell.style, layout.font.size);
  for (const m of layout.merges) sheet.getRange(rangeAddress(m)).merge(false);
  layout.columnWidths.forEach((width, i) => {
    sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const { row, height } of layout.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  if (!host.printSetup) return;

  const print = layout.print;
  sheet.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  sheet.pageLayout.paperSize = 'A4';
  sheet.pageLayout.centerHorizontally = print.centerHorizontally;
  sheet.pageLayout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  sheet.pageLayout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // «Página N de M», as the CLI's copy prints it (RECONCILIATION.md §5b: one plan, both hosts).
  sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}

/** Marks the sheet as Cuadre's report (src/report/marker.ts), so no later check takes it for a source. */
export function queueMarkAsReport(sheet: Excel.Worksheet): void {
  queueMarker(sheet, REPORT_MARKER, REPORT_MARKER_CELL);
}

/** Queues one of Cuadre's hidden sheet-scoped markers (src/report/marker.ts) on a sheet. */
export function queueMarker(sheet: Excel.Worksheet, name: string, cell: string): void {
  const marker = sheet.names.add(name, sheet.getRange(cell));
  // Kept out of the Name Manager's way: it is Cuadre's, not the analyst's.
  marker.visible = false;
}

function formulaOf(value: LayoutValue): string | number {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'formula':
      return value.formula;
    case 'text':
      return /^[=+\-@]|^\s*[\d.,]+\s*$/.test(value.text) ? `'${value.text}` : value.text;
  }
}

function applyStyle(range: Excel.Range, style: CellStyle, baseSize: number): void {
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size !== undefined && style.size !== baseSize) range.format.font.size = style.size;
  if (style.fill) range.format.fill.color = `#${style.fill}`;
  if (style.horizontal) range.format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical) range.format.verticalAlignment = style.vertical === 'top' ? 'Top' : style.vertical === 'middle' ? 'Center' : 'Bottom';
  if (style.wrap) range.format.wrapText = true;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

export function rangeAddress(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/**
 * The stacked-column chart of a parent's components by month (the four arrears components),
 * beside the table. Series must be adjacent columns (they are, in catalog order).
 */
export function queueChart(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { chart, columns, monthRows, headerRows, labelColumn } = layout.table;
  if (!chart) return;
  const cols = chart.series.map((key) => columns.find((c) => c.key === key)?.col).filter((c): c is number => c !== undefined);
  if (cols.length === 0 || cols.some((c, i) => i > 0 && c !== cols[i - 1]! + 1)) return;
  const data = sheet.getRange(`${a1(headerRows.last, cols[0]!)}:${a1(monthRows.last, cols[cols.length - 1]!)}`);
  const added = sheet.charts.add('ColumnStacked', data, 'Columns');
  added.title.text = chart.title;
  added.axes.categoryAxis.setCategoryNames(sheet.getRange(`${a1(monthRows.first, labelColumn)}:${a1(monthRows.last, labelColumn)}`));
  const right = Math.max(...columns.map((c) => c.col)) + 2;
  added.setPosition(a1(headerRows.first, right), a1(headerRows.first + 18, right + 7));
}
