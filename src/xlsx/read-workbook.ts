import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { emptyGrid } from '../domain/grid';
import type { Cell, Grid, GridCell, Workbook } from '../domain/grid';
import { cellOf } from './cells';
import { WorkbookReadError } from './read-error';
import type { WorkbookReadErrorKind } from './read-error';
import { sniffContainer } from './sniff';
import type { Container } from './sniff';

/**
 * The exceljs adapter: an .xlsx file in, the domain's plain workbook out. Whatever keeps the
 * file from being read is a `WorkbookReadError` the person can act on; nothing of exceljs or
 * of its zip library escapes.
 */

export async function readWorkbookFile(path: string): Promise<Workbook> {
  return readWorkbookBuffer(await readBytes(path), path);
}

/** `file` names the workbook in error messages. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, file?: string): Promise<Workbook> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const container = sniffContainer(bytes);
  if (container !== 'zip') throw new WorkbookReadError(CONTAINER_ERRORS[container], file);
  const book = await loadXlsx(bytes, file);
  // A zip of another kind (.docx, .ods, .xlsb) loads as a workbook without worksheets.
  if (book.worksheets.length === 0) throw new WorkbookReadError('not-xlsx', file);
  return workbookOf(book);
}

const FILE_ERRORS: Readonly<Record<string, WorkbookReadErrorKind>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'directory',
};

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookReadError(FILE_ERRORS[code] ?? 'unreadable', path, { cause: error });
  }
}

const CONTAINER_ERRORS: Record<Exclude<Container, 'zip'>, WorkbookReadErrorKind> = {
  empty: 'empty',
  xls: 'xls',
  encrypted: 'encrypted',
  other: 'not-xlsx',
};

async function loadXlsx(bytes: Buffer, file: string | undefined): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    // exceljs declares its own ArrayBuffer-like `Buffer`; it reads Node's buffers all the same.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    // The bytes open as a zip, so whatever fails past that is a truncated or corrupt file.
    throw new WorkbookReadError('damaged', file, { cause: error });
  }
  return book;
}

function workbookOf(book: ExcelJS.Workbook): Workbook {
  const date1904 = book.properties.date1904 === true;
  const sheets = book.worksheets.map((sheet) => gridOf(sheet, date1904));
  // exceljs leaves `views` undefined, not empty, when the file has no workbook view.
  const activeTab = book.views?.[0]?.activeTab;
  const activeSheet = activeTab === undefined ? undefined : book.worksheets[activeTab]?.name;
  return activeSheet === undefined ? { sheets } : { sheets, activeSheet };
}

interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
}

function gridOf(sheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const placed: PlacedCell[] = [];
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((excelCell, col) => {
      const cell = cellOf(excelCell, date1904);
      if (cell) placed.push({ row: rowNumber, col, cell });
    });
  });
  return trimmedGrid(sheet.name, placed);
}

/** The smallest grid holding the cells: a table far from A1 costs no empty rows or columns. */
function trimmedGrid(sheet: string, placed: readonly PlacedCell[]): Grid {
  if (placed.length === 0) return emptyGrid(sheet);
  let [top, left, bottom] = [Infinity, Infinity, 0];
  for (const { row, col } of placed) {
    [top, left, bottom] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row)];
  }
  const rows: GridCell[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, cell } of placed) rows[row - top]![col - left] = cell;
  // Array.from turns the holes between cells into undefined, the grid's blank.
  return { sheet, top, left, cells: rows.map((row) => Array.from(row)) };
}
