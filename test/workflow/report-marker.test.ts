import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { planReport, writable } from '../../src/workflow/report-plan';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { cuadre } from '../support/cli';
import { REPORT_DAY, officeWith, readForCheck } from '../support/office-sim';
import { MEMO_SHEET, memoGrid } from '../support/workbook-builder';

/**
 * Cuadre's report sheets carry a marker (src/report/marker.ts) that both writers put and both
 * readers report, so a report is never taken for the source: after a report is inserted (and is
 * the active sheet), the next check is about the source sheet again.
 */

const dir = mkdtempSync(join(tmpdir(), 'cuadre-marker-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
const OTHER_SHEET = /la hoja activa «Informe 2024» es un informe que escribió Cuadre/;

describe('the report written by the CLI', () => {
  const input = join(dir, 'in.xlsx');
  const output = join(dir, 'out.xlsx');

  beforeAll(async () => {
    copyFileSync(SAMPLE, input);
    const r = await cuadre('report', input, '--out', output);
    expect(r.stderr).toBe('');
  });

  it('is marked in the file, the source sheet is not', async () => {
    const book = await readWorkbookFile(output);
    expect(book.sheets.map((s) => [s.sheet, s.isReport ?? false])).toEqual([
      [MEMO_SHEET, false],
      ['Informe 2024', true],
    ]);
    expect(book.activeSheet).toBe('Informe 2024');
  });

  it('is passed over by the next check, which checks the source and says why', async () => {
    const r = await cuadre('check', output, '--json');
    const json = JSON.parse(r.stdout) as { sheet: string; findings: { code: string; message: string }[]; summary: { errors: number } };
    expect([json.sheet, json.summary.errors]).toEqual([MEMO_SHEET, 1]);
    expect(json.findings.filter((f) => f.code === 'table.other-sheet').map((f) => f.message)).toEqual([expect.stringMatching(OTHER_SHEET)]);
  });

  it('stays marked when a later report is written into a copy of that file', async () => {
    const again = join(dir, 'again.xlsx');
    expect((await cuadre('report', output, '--out', again)).stderr).toBe('');
    const book = await readWorkbookFile(again);
    expect(book.sheets.map((s) => [s.sheet, s.isReport ?? false])).toEqual([
      [MEMO_SHEET, false],
      ['Informe 2024', true],
      ['Informe 2024 (2)', true],
    ]);
  });

  it('is read as a report by the add-in too, once in Excel (the in-memory Excel seeded from the file)', async () => {
    const book = await readWorkbookFile(output);
    const office = officeWith(book.sheets, { activeSheet: 'Informe 2024' });
    const read = await readForCheck(office.host);
    expect(read.sheets.map((s) => [s.sheet, s.isReport ?? false])).toEqual([
      [MEMO_SHEET, false],
      ['Informe 2024', true],
    ]);
  });
});

describe('the report inserted by the add-in', () => {
  async function inserted() {
    const office = officeWith([memoGrid()]);
    const first = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
    const plan = writable(planReport(first.reconciliation, { adjustments: 'propagate', lang: 'es', generatedOn: REPORT_DAY, chart: true }));
    const { sheetName } = await office.host.insertReport(plan);
    return { office, sheetName, first: first.reconciliation };
  }

  it('leaves the report active, and the next check checks the source sheet with the same findings', async () => {
    const { office, sheetName, first } = await inserted();
    expect([sheetName, office.sim.snapshot(sheetName).active]).toEqual(['Informe 2024', true]);
    const next = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
    expect(next.reconciliation.sheet).toBe(MEMO_SHEET);
    expect(next.reconciliation.findings.map((f) => f.code)).toEqual(['table.other-sheet', ...first.findings.map((f) => f.code)]);
    expect(next.reconciliation.findings[0]!.message).toMatch(OTHER_SHEET);
  });

  it('keeps its marker when the user renames the sheet', async () => {
    const { office } = await inserted();
    await office.sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Informe 2024').name = 'Para el memorando';
      await context.sync();
    });
    const read = await readForCheck(office.host);
    expect(read.sheets.map((s) => [s.sheet, s.isReport ?? false])).toEqual([
      [MEMO_SHEET, false],
      ['Para el memorando', true],
    ]);
    expect((await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined)).reconciliation.sheet).toBe(MEMO_SHEET);
  });
});
