import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { reconcile } from '../../src/domain/reconcile';
import { type SheetLayout, ReportError, buildReportLayout, reportSheetName } from '../../src/report';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeReportFile } from '../../src/xlsx/write-report';
import { MEMO_SHEET, memoGrid, memoXlsx, xlsxFrom } from '../support/workbook-builder';
import { memoWithFormulas } from './memo-with-formulas';

const ON = { year: 2025, month: 5, day: 13 };
const LAYOUT: SheetLayout = buildReportLayout(reconcile(memoGrid()), { generatedOn: ON, source: 'memo.xlsx' });

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cuadre-write-report-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function inputFile(bytes: Promise<Buffer>, name = 'in.xlsx'): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

async function loaded(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Every non-empty cell of every sheet but `except`: value, formula and cached result, by address. */
async function sheetValues(path: string, except?: string): Promise<Record<string, Record<string, unknown>>> {
  const book = await loaded(path);
  const out: Record<string, Record<string, unknown>> = {};
  for (const sheet of book.worksheets.filter((s) => s.name !== except)) {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { type: cell.type, text: cell.text, formula: cell.formula, result: cell.result, numFmt: cell.numFmt };
      }),
    );
    out[sheet.name] = cells;
  }
  return out;
}

const WITH_FORMULAS = memoWithFormulas();

describe('writeReportFile', () => {
  it('adds the report as a new, active sheet after the source sheets', async () => {
    const input = await inputFile(memoXlsx());
    const output = join(dir, 'out.xlsx');
    const { sheetName } = await writeReportFile({ input, output, layout: LAYOUT, sheetName: reportSheetName([], 2024) });
    const book = await loaded(output);
    expect(sheetName).toBe('Informe 2024');
    expect(book.worksheets.map((w) => w.name)).toEqual([MEMO_SHEET, 'Informe 2024']);
    expect(book.views[0]?.activeTab).toBe(1);
  });

  it('numbers the sheet name when the input already has one', async () => {
    const bytes = xlsxFrom([{ name: 'Datos', rows: [['x']] }, { name: 'informe 2024', rows: [['y']] }]);
    const input = await inputFile(bytes);
    const output = join(dir, 'out.xlsx');
    const { sheetName } = await writeReportFile({ input, output, layout: LAYOUT, sheetName: 'Informe 2024' });
    expect(sheetName).toBe('Informe 2024 (2)');
    expect((await loaded(output)).worksheets.map((w) => w.name)).toEqual(['Datos', 'informe 2024', 'Informe 2024 (2)']);
  });

  it.each([
    ['memo with number cells', () => memoXlsx()],
    ['memo with text amounts, away from A1, with notes', () => memoXlsx({ amountsAs: 'text', top: 3, left: 2, notes: true })],
    ['memo with a formula totals row and a sheet of formulas', () => WITH_FORMULAS],
  ])('leaves the source sheets as they were: %s', async (_, bytes) => {
    const input = await inputFile(bytes());
    const output = join(dir, 'out.xlsx');
    const before = await sheetValues(input);
    const grids = await readWorkbookFile(input);
    const { sheetName } = await writeReportFile({ input, output, layout: LAYOUT, sheetName: 'Informe 2024' });
    expect(await sheetValues(output, sheetName)).toEqual(before);
    const after = await readWorkbookFile(output);
    expect(after.sheets.filter((s) => s.sheet !== sheetName)).toEqual(grids.sheets);
  });

  it('keeps the formulas of the input, with their results', async () => {
    const input = await inputFile(WITH_FORMULAS);
    const output = join(dir, 'out.xlsx');
    await writeReportFile({ input, output, layout: LAYOUT, sheetName: 'Informe 2024' });
    const book = await loaded(output);
    const memo = book.getWorksheet(MEMO_SHEET)!;
    expect([memo.getCell('D19').formula, memo.getCell('D19').result]).toEqual(['SUM(D6:D18)', 9175678.45]);
    const notes = book.getWorksheet('Notas')!;
    expect(['B1', 'B2'].map((a) => [notes.getCell(a).formula, notes.getCell(a).result])).toEqual([
      [`'${MEMO_SHEET}'!D19-SUM('${MEMO_SHEET}'!E19:'${MEMO_SHEET}'!H19)`, -122471.11],
      [`'${MEMO_SHEET}'!D6-SUM('${MEMO_SHEET}'!E6:'${MEMO_SHEET}'!H6)`, 0],
    ]);
  });

  it('writes the totals as SUM formulas with their results cached', async () => {
    const input = await inputFile(memoXlsx());
    const output = join(dir, 'out.xlsx');
    await writeReportFile({ input, output, layout: LAYOUT, sheetName: 'Informe 2024' });
    const report = (await loaded(output)).getWorksheet('Informe 2024')!;
    const { totalsRow, monthRows, adjustmentRows } = LAYOUT.table;
    const row = report.getRow(totalsRow);
    expect(['B', 'D'].map((c) => [row.getCell(c).formula, row.getCell(c).result])).toEqual([
      [`SUM(B${monthRows.first}:B${adjustmentRows!.last})`, 150374057.48],
      [`SUM(D${monthRows.first}:D${adjustmentRows!.last})`, 9298149.56],
    ]);
  });

  it('writes the layout: format, bold totals, merges, widths, frozen header, print setup', async () => {
    const input = await inputFile(memoXlsx());
    const output = join(dir, 'out.xlsx');
    await writeReportFile({ input, output, layout: LAYOUT, sheetName: 'Informe 2024' });
    const report = (await loaded(output)).getWorksheet('Informe 2024')!;
    const { totalsRow, monthRows, headerRows } = LAYOUT.table;
    expect(report.getCell(monthRows.first, 2).numFmt).toBe('#,##0.00');
    expect(report.getCell(totalsRow, 2).font.bold).toBe(true);
    expect(report.getCell(headerRows.last, 4).alignment.wrapText).toBe(true);
    expect(report.getCell(headerRows.first, 3).isMerged).toBe(true);
    expect(report.getColumn(2).width).toBe(LAYOUT.columnWidths[1]);
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRows.last });
    expect(report.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRows.first}:${headerRows.last}` });
  });
});

describe('writeReportFile refuses', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['the same file by a relative path', (input: string) => relative(process.cwd(), input)],
    ['the same file through a link', (input: string) => {
      const link = join(dir, 'link.xlsx');
      symlinkSync(input, link);
      return link;
    }],
  ])('to write over the input: %s', async (_, outputOf) => {
    const input = await inputFile(memoXlsx());
    const bytes = readFileSync(input);
    const { mtimeMs } = statSync(input);
    const attempt = writeReportFile({ input, output: outputOf(input), layout: LAYOUT, sheetName: 'Informe 2024' });
    await expect(attempt).rejects.toThrow(ReportError);
    await expect(attempt).rejects.toMatchObject({ code: 'same-file', messages: { es: expect.stringContaining('--out'), en: expect.stringContaining('--out') } });
    expect(readFileSync(input).equals(bytes) && statSync(input).mtimeMs === mtimeMs).toBe(true);
  });

  it.each([
    ['an input that is not a workbook', 'unreadable-input', () => inputFile(Promise.resolve(Buffer.from('no soy un libro')), 'in.xlsx'), 'out.xlsx'],
    ['an output in a missing folder', 'unwritable-output', () => inputFile(memoXlsx()), join('no', 'such', 'dir', 'out.xlsx')],
  ])('%s', async (_, code, input, output) => {
    const attempt = writeReportFile({ input: await input(), output: join(dir, output), layout: LAYOUT, sheetName: 'Informe 2024' });
    await expect(attempt).rejects.toMatchObject({ code });
  });
});
