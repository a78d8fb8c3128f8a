import ExcelJS, { ValueType } from 'exceljs';
import type { Cell as ExcelCell } from 'exceljs';
import { emptyGrid } from '../../src/domain/grid';
import type { Cell, Grid, GridCell, Workbook } from '../../src/domain/grid';
import { calendarDateOf, cellFromHostValue, dateFromSerial, isDateFormat } from '../../src/domain/host-cells';

/**
 * The reader Cuadre had before it read .xlsx files as a stream: exceljs loads the whole
 * workbook, and each exceljs cell becomes a grid cell. Kept here as an independent oracle:
 * the streaming reader must give the same grids on every workbook exceljs can load.
 */
export async function readWithExceljs(bytes: Buffer): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs declares its own ArrayBuffer-like `Buffer`; it reads Node's buffers all the same.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const date1904 = book.properties.date1904 === true;
  const sheets = book.worksheets.map((sheet) => gridOf(sheet, date1904));
  const activeTab = book.views?.[0]?.activeTab;
  const activeSheet = activeTab === undefined ? undefined : book.worksheets[activeTab]?.name;
  return activeSheet === undefined ? { sheets } : { sheets, activeSheet };
}

function gridOf(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const placed: { row: number; col: number; cell: Cell }[] = [];
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((excelCell, col) => {
      const cell = cellOf(excelCell, date1904);
      if (cell) placed.push({ row: rowNumber, col, cell });
    });
  });
  if (placed.length === 0) return emptyGrid(sheet.name);
  let [top, left, bottom] = [Infinity, Infinity, 0];
  for (const { row, col } of placed) [top, left, bottom] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row)];
  const rows: GridCell[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, cell } of placed) rows[row - top]![col - left] = cell;
  return { sheet: sheet.name, top, left, cells: rows };
}

function cellOf(cell: ExcelCell, date1904: boolean): GridCell {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return undefined;
    case ValueType.Formula: {
      // `cell.result`, not `cell.value.result`: exceljs's copy of the value drops results such as 0.
      const result: unknown = cell.result;
      if (result === undefined) return { kind: 'uncalculated', formula: cell.formula };
      return valueCell(result, cell.numFmt, date1904);
    }
    default:
      return valueCell(cell.value, cell.numFmt, date1904);
  }
}

const DAYS_1900_TO_1904 = 1462;
const SERIAL_ORIGIN_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function valueCell(value: unknown, format: string | undefined, date1904: boolean): GridCell {
  if (typeof value === 'number') return serialCell(value, format, date1904);
  if (value instanceof Date) return dateCell(value, format, date1904);
  if (typeof value !== 'object' || value === null) return cellFromHostValue(value);
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  return cellFromHostValue(plainText(value));
}

function serialCell(serial: number, format: string | undefined, date1904: boolean): Cell {
  const date = isDateFormat(format) ? dateFromSerial(date1904 ? serial + DAYS_1900_TO_1904 : serial) : null;
  return date ? { kind: 'date', value: date } : { kind: 'number', value: serial };
}

/** exceljs makes a Date of every serial whose format has any of y, m, d, h, s. */
function dateCell(date: Date, format: string | undefined, date1904: boolean): Cell {
  if (isDateFormat(format)) return { kind: 'date', value: calendarDateOf(date) };
  const serial = (date.getTime() - SERIAL_ORIGIN_UTC) / DAY_MS;
  return { kind: 'number', value: date1904 ? serial - DAYS_1900_TO_1904 : serial };
}

function plainText(value: object): string {
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  if ('text' in value) {
    const { text } = value;
    return typeof text === 'object' && text !== null ? plainText(text) : String(text ?? '');
  }
  throw new Error(`exceljs cell value of an unknown shape: ${JSON.stringify(value)}`);
}
