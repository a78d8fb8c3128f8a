import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/domain/grid';
import { fromCellNumber, toJson } from '../../src/domain/money';
import { checkWorkbook } from '../../src/workflow/check';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { type AdjustmentPolicy, type SheetLayout, buildReportLayout } from '../../src/report';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeReportFile } from '../../src/xlsx/write-report';
import { describeWithLibreOffice, recalculated } from '../support/libreoffice';
import { MEMO_SHEET, memoXlsx } from '../support/workbook-builder';
import { memoWithFormulas } from './memo-with-formulas';

/**
 * One LibreOffice run recalculates every report written here. The reports carry a wrong
 * cached result (-1) on purpose: the totals LibreOffice reads back come from the formulas.
 */

const POISON = -1;
const SHEET = 'Informe 2024';

interface Case {
  readonly name: string;
  readonly input: () => Promise<Buffer>;
  readonly adjustments: AdjustmentPolicy;
  readonly expected: 'reconciled' | 'computed';
}

const CASES: readonly Case[] = [
  { name: 'memo-propagate', input: () => memoXlsx(), adjustments: 'propagate', expected: 'reconciled' },
  { name: 'memo-as-reported', input: () => memoXlsx(), adjustments: 'as-reported', expected: 'computed' },
  { name: 'away-propagate', input: () => memoXlsx({ top: 7, left: 3, notes: true, amountsAs: 'text' }), adjustments: 'propagate', expected: 'reconciled' },
  { name: 'away-as-reported', input: () => memoXlsx({ top: 7, left: 3, notes: true, amountsAs: 'text' }), adjustments: 'as-reported', expected: 'computed' },
];

const poisoned = (layout: SheetLayout): SheetLayout => ({
  ...layout,
  cells: layout.cells.map((c) => (c.value?.kind === 'formula' ? { ...c, value: { ...c.value, result: POISON } } : c)),
});

const cents = (value: unknown): string => toJson(fromCellNumber(value as number).amount);

describeWithLibreOffice('the report, recalculated by LibreOffice', (soffice) => {
  const dir = mkdtempSync(join(tmpdir(), 'cuadre-lo-report-'));
  const written = new Map<string, { reconciliation: Reconciliation; layout: SheetLayout; source: Grid }>();
  const books = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    for (const c of CASES) {
      const bytes = await c.input();
      const input = join(dir, `${c.name}-input.xlsx`);
      writeFileSync(input, bytes);
      const choice = checkWorkbook(await readWorkbookBuffer(bytes));
      if (!choice.ok) throw new Error(`no table in ${c.name}`);
      const layout = buildReportLayout(choice.reconciliation, { adjustments: c.adjustments, generatedOn: { year: 2025, month: 5, day: 13 } });
      await writeReportFile({ input, output: join(dir, `${c.name}.xlsx`), layout: poisoned(layout), sheetName: SHEET });
      const source = (await readWorkbookFile(input)).sheets.find((s) => s.sheet === MEMO_SHEET)!;
      written.set(c.name, { reconciliation: choice.reconciliation, layout, source });
    }
    // A workbook with formulas for LibreOffice to write back: an input no exceljs has written.
    writeFileSync(join(dir, 'analyst.xlsx'), await memoWithFormulas());
    const names = [...CASES.map((c) => c.name), 'analyst'];
    const converted = await recalculated(soffice, names.map((n) => join(dir, `${n}.xlsx`)));
    names.forEach((n, i) => books.set(n, converted[i]!));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.name, c.expected, c] as const))('%s: the totals row equals totals.%s to the cent', (name, expected) => {
    const { reconciliation, layout } = written.get(name)!;
    const report = books.get(name)!.getWorksheet(SHEET)!;
    const totals = Object.fromEntries(layout.table.columns.map(({ key, col }) => [key, cents(report.getCell(layout.table.totalsRow, col).result)]));
    const want = Object.fromEntries(layout.table.columns.map(({ key }) => [key, toJson(reconciliation.totals[expected][key]!)]));
    expect(totals).toEqual(want);
    expect(Object.values(totals)).not.toContain(toJson(fromCellNumber(POISON).amount));
  });

  it.each(CASES.map((c) => [c.name]))('%s: LibreOffice reads the source sheet as it was', async (name) => {
    const path = join(dir, `${name}-lo.xlsx`);
    await books.get(name)!.xlsx.writeFile(path);
    const source = (await readWorkbookFile(path)).sheets.find((s) => s.sheet === MEMO_SHEET);
    expect(source).toEqual(written.get(name)!.source);
  });

  it('keeps the values and formulas of a workbook LibreOffice wrote', async () => {
    const input = join(dir, 'analyst-lo.xlsx');
    await books.get('analyst')!.xlsx.writeFile(input);
    const before = await readWorkbookFile(input);
    const choice = checkWorkbook(before, undefined, { sheet: MEMO_SHEET });
    if (!choice.ok) throw new Error('no table in the analyst workbook');
    const layout = buildReportLayout(choice.reconciliation, { generatedOn: { year: 2025, month: 5, day: 13 } });
    const output = join(dir, 'analyst-report.xlsx');
    const { sheetName } = await writeReportFile({ input, output, layout, sheetName: SHEET });
    const after = await readWorkbookFile(output);
    expect(after.sheets.filter((s) => s.sheet !== sheetName)).toEqual(before.sheets);
    const formulas = async (path: string): Promise<(string | undefined)[]> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      return [book.getWorksheet(MEMO_SHEET)!.getCell('D19').formula, book.getWorksheet('Notas')!.getCell('B1').formula];
    };
    expect(await formulas(output)).toEqual(await formulas(input));
    expect((await formulas(input)).every((f) => f !== undefined && f !== '')).toBe(true);
  });
});
