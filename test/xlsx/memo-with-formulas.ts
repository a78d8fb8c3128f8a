import ExcelJS from 'exceljs';
import { MEMO_SHEET, memoXlsx } from '../support/workbook-builder';

/**
 * The memo with its totals row made of `=SUM` formulas, next to a sheet of notes with
 * formulas of its own (one whose result is 0, one that gives a date): what an analyst's
 * workbook holds, and what writing the report must leave as it is.
 */
export async function memoWithFormulas(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await memoXlsx()) as unknown as ExcelJS.Buffer);
  const memo = book.getWorksheet(MEMO_SHEET)!;
  for (const col of ['B', 'C', 'D', 'E', 'F', 'G', 'H']) {
    const result = memo.getCell(`${col}19`).value as number;
    memo.getCell(`${col}19`).value = { formula: `SUM(${col}6:${col}18)`, result };
  }
  const notes = book.addWorksheet('Notas');
  const ref = (cell: string): string => `'${MEMO_SHEET}'!${cell}`;
  notes.getCell('A1').value = 'MORA menos sus componentes';
  notes.getCell('B1').value = { formula: `${ref('D19')}-SUM(${ref('E19')}:${ref('H19')})`, result: -122471.11 };
  notes.getCell('A2').value = 'Identidad de enero';
  notes.getCell('B2').value = { formula: `${ref('D6')}-SUM(${ref('E6')}:${ref('H6')})`, result: 0 };
  notes.getCell('A3').value = new Date(Date.UTC(2025, 1, 22));
  notes.getCell('A3').numFmt = 'dd/mm/yyyy';
  notes.getCell('B3').value = { formula: 'A3+30', result: new Date(Date.UTC(2025, 2, 24)) };
  notes.getCell('B3').numFmt = 'dd/mm/yyyy';
  return Buffer.from(await book.xlsx.writeBuffer());
}
