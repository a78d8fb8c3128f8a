import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { JUNE_SHEET, SAMPLE_AMOUNT_FORMAT, SAMPLE_MERGES, SAMPLE_SHEET, memoSheetValues, memoTemplateValues } from '../src/sample/memo-2024';
import { pinZipDates } from '../src/xlsx/zip-dates';

/**
 * Writes the sample workbook: the memo's table "RECAUDACIÓN TOTAL – AÑO 2024" as an analyst's
 * sheet (table A4:H19), its totals row as printed, with the gap the memo leaves in MORA and
 * TOTAL. And its companion, the same sheet as a yearly template filled through JUNIO, as an
 * analyst checks it in July. `npm run sample [-- year.xlsx [june.xlsx]]`; the same bytes every time.
 */

export const SAMPLE_FILE = 'samples/recaudacion-2024.xlsx';
export const JUNE_SAMPLE_FILE = 'samples/recaudacion-2024-junio.xlsx';

/** The day the June sheet is checked: its files carry this date, not when they were written. */
const JUNE_CHECK_DATE = new Date(Date.UTC(2024, 6, 5, 12));

/** The memo's own date, so that the file carries no trace of when it was written. */
const MEMO_DATE = new Date(Date.UTC(2025, 4, 13, 12));

const HEADER_TOP = 4;
const FIRST_AMOUNT_ROW = 6;
const LAST_ROW = 19;
const LAST_COL = 8;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

export function sampleWorkbook(): Promise<Buffer> {
  return memoBook(SAMPLE_SHEET, MEMO_DATE, memoSheetValues(), LAST_ROW);
}

/** The yearly template filled through JUNIO: TOTAL and MORA formulas in every month, `=SUM` totals (table A4:H18). */
export function juneWorkbook(): Promise<Buffer> {
  return memoBook(JUNE_SHEET, JUNE_CHECK_DATE, memoTemplateValues(6), LAST_ROW - 1);
}

/** One sheet laid out as the memo's table, its zip dates pinned to `date` so the bytes are the same on every run. */
async function memoBook(sheetName: string, date: Date, rows: unknown[][], lastRow: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cuadre';
  book.lastModifiedBy = 'Cuadre';
  book.created = date;
  book.modified = date;
  const sheet = book.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: FIRST_AMOUNT_ROW - 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRows(rows);
  lay(sheet, lastRow);
  return pinZipDates(Buffer.from(await book.xlsx.writeBuffer()), date);
}

function lay(sheet: ExcelJS.Worksheet, lastRow: number): void {
  sheet.columns = [{ width: 48 }, ...Array.from({ length: LAST_COL - 1 }, () => ({ width: 18 }))];
  SAMPLE_MERGES.forEach((area) => sheet.mergeCells(area));
  for (const row of [1, 2]) {
    sheet.getCell(row, 1).font = { bold: true, size: row === 1 ? 14 : 12 };
    sheet.getCell(row, 1).alignment = { horizontal: 'center' };
  }
  // Rows of wrapped text keep the height set here: Excel does not refit them when it opens the file.
  sheet.getRow(HEADER_TOP).height = 30;
  sheet.getRow(FIRST_AMOUNT_ROW - 1).height = 80;
  for (let row = HEADER_TOP; row <= lastRow; row++) {
    for (let col = 1; col <= LAST_COL; col++) styleTableCell(sheet.getCell(row, col), row, col, lastRow);
  }
}

function styleTableCell(cell: ExcelJS.Cell, row: number, col: number, lastRow: number): void {
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (row < FIRST_AMOUNT_ROW) {
    cell.font = { bold: true, size: row === HEADER_TOP ? 11 : 9 };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return;
  }
  if (row === lastRow) cell.font = { bold: true };
  if (col > 1) cell.numFmt = SAMPLE_AMOUNT_FORMAT;
}

async function main(): Promise<void> {
  const year = resolve(process.argv[2] ?? SAMPLE_FILE);
  const june = resolve(process.argv[3] ?? JUNE_SAMPLE_FILE);
  await writeFile(year, await sampleWorkbook());
  await writeFile(june, await juneWorkbook());
  console.log(`${year}\n${june}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
