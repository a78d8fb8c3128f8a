import { join } from 'node:path';
import { toCheckJson } from '../../src/domain/check-json';
import type { Finding } from '../../src/domain/findings';
import { fromCellNumber, toJson } from '../../src/domain/money';
import type { Reconciliation } from '../../src/domain/reconciliation';
import type { Workbook } from '../../src/domain/grid';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { HostFailure, type ReadProgress } from '../../src/workflow/port';
import { REPORT_DAY, officeWith as officeOn, readForCheck } from '../support/office-sim';
import { TEST_PROFILES, profileName, type HostProfile } from '../../src/excel-sim/profiles';
import { checkWorkbook } from '../../src/workflow/check';
import { planReport, writable } from '../../src/workflow/report-plan';
import { gridFrom, memoGrid, memoRows } from '../support/workbook-builder';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
const SHEET = 'Recaudación 2024';

function reconciled(workbook: Workbook): Reconciliation {
  const choice = checkWorkbook(workbook);
  if (!choice.ok) throw new Error('no sheet');
  return choice.reconciliation;
}

/** Counts the syncs of one host operation. */
async function syncsOf<T>(office: { readonly sim: ReturnType<typeof officeOn>['sim'] }, operation: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  office.sim.stats.reset();
  const result = await operation();
  return { result, syncs: office.sim.stats.syncs };
}

describe.each(TEST_PROFILES.map((p) => [profileName(p), p] as const))('on %s', (_name, profile: HostProfile) => {
  /**
   * The Office host on this profile, used as the pane uses it: when Excel fails an undo group
   * (`no-undo`), the user accepts to go on without Ctrl+Z and the write is made again (the
   * syncs counted are those of the write that went through).
   */
  const officeWith = (grids: Parameters<typeof officeOn>[0], options: Parameters<typeof officeOn>[1] = {}) => {
    const office = officeOn(grids, { profile, ...options });
    const accepting =
      <A extends unknown[], R>(op: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await op(...args);
        } catch (error) {
          if (!(error instanceof HostFailure && error.reason === 'no-undo')) throw error;
          office.sim.stats.reset();
          return op(...args);
        }
      };
    const { host } = office;
    return {
      sim: office.sim,
      host: {
        ...host,
        highlight: accepting(host.highlight),
        clearHighlights: accepting(host.clearHighlights),
        fixTextNumbers: accepting(host.fixTextNumbers),
        insertReport: accepting(host.insertReport),
      },
    };
  };
  const atLeast = (version: string): boolean => Number(profile.apiVersion.split('.')[1]) >= Number(version.split('.')[1]);

  describe('reading the sheet', () => {
    it('reads the sample in two syncs, the same grid the file reader gives', async () => {
      const fromFile = await readWorkbookFile(SAMPLE);
      const office = officeWith(fromFile.sheets);
      const { result, syncs } = await syncsOf(office, () => readForCheck(office.host));
      expect(syncs).toBe(2);
      expect(result.sheets).toEqual(fromFile.sheets);
    });

    it('gives the same findings and totals as the CLI path (parity)', async () => {
      const fromFile = await readWorkbookFile(SAMPLE);
      const office = officeWith(fromFile.sheets);
      const viaOffice = toCheckJson(reconciled(await readForCheck(office.host)), 'x');
      expect(viaOffice).toEqual(toCheckJson(reconciled(fromFile), 'x'));
      expect(viaOffice.totals.reconciled.mora).toBe('9298149.56');
    });

    it.each([
      ['a table away from A1 with notes', [memoGrid({ top: 6, left: 3, notes: true })]],
      ['amounts stored as text', [memoGrid({ amountsAs: 'text' })]],
      [
        'error values and a date label',
        [
          gridFrom(
            memoRows().map((row, r) => (r === 5 ? [new Date(Date.UTC(2024, 0, 1)), ...row.slice(1, 3), { error: '#REF!' }, ...row.slice(4)] : row)),
            { sheet: SHEET },
          ),
        ],
      ],
    ])('reads %s cell for cell as the grid it was seeded with', async (_what, grids) => {
      const office = officeWith(grids);
      const read = await readForCheck(office.host);
      expect(read.sheets).toEqual(grids);
    });

    it('reads a sheet whose used range runs from column A to XFD (a whole row, whose cells Excel gives as null): the table and the far cells, in place', async () => {
      const rows = memoRows();
      const [width, far] = [16_384, 'nota al margen'];
      rows[0] = Object.assign(Array<unknown>(width).fill(null), { 0: rows[0]![0], [width - 1]: far });
      const grid = gridFrom(rows, { sheet: SHEET });
      const office = officeWith([grid]);
      const read = await readForCheck(office.host);
      expect(read.sheets[0]!.cells[0]![width - 1]).toEqual({ kind: 'text', value: far });
      expect(read.sheets[0]!.cells.slice(1)).toEqual(grid.cells.slice(1));
      expect(toCheckJson(reconciled(read), 'x').totals.reconciled.mora).toBe('9298149.56');
    });

    it('looks at the other sheets only when the active one has no table', async () => {
      const notes = gridFrom([['Notas del analista']], { sheet: 'Notas' });
      const office = officeWith([notes, memoGrid()], { activeSheet: 'Notas' });
      const { result, syncs } = await syncsOf(office, () => readForCheck(office.host));
      expect(result.sheets.map((s) => s.sheet)).toEqual(['Notas', SHEET]);
      expect(syncs).toBe(4);
      expect(reconciled(result).sheet).toBe(SHEET);
    });

    it('answers a workbook without the table with table.not-found', async () => {
      const office = officeWith([gridFrom([['Hola'], [1, 2, 3]], { sheet: 'Hoja1' }), gridFrom([], { sheet: 'Vacía' })]);
      const rec = reconciled(await readForCheck(office.host));
      expect(rec.findings.map((f) => f.code)).toEqual(['table.not-found']);
    });

    it('reads a sheet of 200,000 rows in chunks under the 5 MB payload limit, with progress', async () => {
      const rows = memoRows();
      for (let i = 0; i < 200_000; i++) rows.push([`Movimiento ${i}`, i, i * 1.25, 'ok', i % 3 === 0, 'Quito']);
      const office = officeWith([gridFrom(rows, { sheet: SHEET })]);
      const progress: ReadProgress[] = [];
      const { result, syncs } = await syncsOf(office, () => readForCheck(office.host, (p) => progress.push(p)));
      expect(result.sheets[0]!.cells).toHaveLength(200_019);
      expect(office.sim.stats.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
      expect(syncs).toBe(1 + progress.length);
      expect(progress.at(-1)).toEqual({ sheet: SHEET, done: 200_019, total: 200_019 });
      expect(reconciled(result).totals.reconciled.mora).toBeDefined();
    });
  });

  describe('the PropertyNotLoaded contract', () => {
    it('fails a read without load, as the real runtime does', async () => {
      const { sim } = officeWith([memoGrid()]);
      const forgetful = sim.Excel.run(async (context) => {
        const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
        await context.sync();
        return used.values;
      });
      await expect(forgetful).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    });
  });

  describe('highlighting findings', () => {
    const findingsOf = async (office: ReturnType<typeof officeWith>): Promise<readonly Finding[]> => reconciled(await readForCheck(office.host)).findings;

    it('fills each finding cell by severity (with a note from ExcelApi 1.18), in three syncs, and takes exactly that away again', async () => {
      const office = officeWith([memoGrid()]);
      office.sim.edit(SHEET, 'D19', 9175678.45); // unchanged value, a user edit that must survive
      const findings = await findingsOf(office);
      const before = office.sim.snapshot(SHEET);
      const highlight = await syncsOf(office, () => office.host.highlight(findings));
      expect(highlight.syncs).toBe(3);
      expect([office.sim.cell(SHEET, 'D19').fill, office.sim.cell(SHEET, 'H18').fill]).toEqual(['#F4B6B6', '#FFE699']);
      if (atLeast('1.18')) expect(office.sim.cell(SHEET, 'D19').note).toContain('9.298.149,56');
      else expect(office.sim.cell(SHEET, 'D19').note).toBeNull();
      expect(office.sim.snapshot(SHEET).values).toEqual(before.values);

      const clear = await syncsOf(office, () => office.host.clearHighlights());
      expect(clear.syncs).toBe(3);
      const after = office.sim.snapshot(SHEET);
      expect([after.fills, after.notes, after.values]).toEqual([before.fills, before.notes, before.values]);
    });

    it("restores the user's own fill, and leaves a fill the user changed since", async () => {
      const office = officeWith([memoGrid()]);
      await office.sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange('D19').format.fill.color = '#00B050';
        await context.sync();
      });
      const findings = await findingsOf(office);
      await office.host.highlight(findings);
      await office.sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange('H18').format.fill.color = '#7030A0';
        await context.sync();
      });
      await office.host.clearHighlights();
      expect([office.sim.cell(SHEET, 'D19').fill, office.sim.cell(SHEET, 'H18').fill]).toEqual(['#00B050', '#7030A0']);
    });

    (atLeast('1.18') ? it : it.skip)("keeps the user's own note and adds none where there is one", async () => {
      const office = officeWith([memoGrid()]);
      await office.sim.Excel.run(async (context) => {
        context.workbook.notes.add(`'${SHEET}'!D19`, 'Revisado por la jefatura');
        await context.sync();
      });
      await office.host.highlight(await findingsOf(office));
      await office.host.clearHighlights();
      expect(office.sim.cell(SHEET, 'D19').note).toBe('Revisado por la jefatura');
    });

    it('says what this Excel can do', () => {
      const office = officeWith([memoGrid()]);
      expect(office.host.capabilities()).toEqual({ undoGroup: atLeast('1.20'), notes: atLeast('1.18'), printSetup: atLeast('1.9') });
    });
  });

  describe('other operations', () => {
    it("selects a finding's cell on its sheet in one sync", async () => {
      const office = officeWith([gridFrom([['x']], { sheet: 'Notas' }), memoGrid()], { activeSheet: 'Notas' });
      const { syncs } = await syncsOf(office, () => office.host.selectCell(SHEET, 'D19'));
      const snap = office.sim.snapshot(SHEET);
      expect([syncs, snap.active, snap.selection]).toEqual([1, true, 'D19']);
    });

    it('fails with a HostFailure the pane can explain when the sheet is gone', async () => {
      const office = officeWith([memoGrid()]);
      await expect(office.host.selectCell('Borrada', 'A1')).rejects.toEqual(expect.objectContaining({ reason: 'not-found' }));
      await expect(office.host.selectCell('Borrada', 'A1')).rejects.toBeInstanceOf(HostFailure);
    });

    it('turns amounts stored as text into numbers, only where the text is still there', async () => {
      const office = officeWith([memoGrid({ amountsAs: 'text' })]);
      const text = reconciled(await readForCheck(office.host)).findings.filter((f) => f.code === 'cell.text-number');
      office.sim.edit(SHEET, 'B6', 'cambiado');
      const fixes = text.map((f) => ({ sheet: f.sheet, cell: f.cell!, text: office.sim.cell(SHEET, f.cell!).value as string, value: Number(f.actual) }));
      fixes[0] = { ...fixes[0]!, text: '12.742.937,65' };
      const { result, syncs } = await syncsOf(office, () => office.host.fixTextNumbers(fixes));
      expect([result, syncs]).toEqual([{ fixed: text.length - 1, changed: 1 }, 2]);
      expect([office.sim.cell(SHEET, 'B6').value, office.sim.cell(SHEET, 'C6').value]).toEqual(['cambiado', 11868052.21]);
    });
  });

  describe('inserting the annual report', () => {
    const insert = async (office: ReturnType<typeof officeWith>, chart = true) => {
      const rec = reconciled(await readForCheck(office.host));
      return syncsOf(office, () =>
        office.host.insertReport(writable(planReport(rec, { adjustments: 'propagate', chart, lang: 'es', generatedOn: REPORT_DAY }))),
      );
    };

    it('writes the table on a new active sheet, totals as formulas, with the chart, in two syncs', async () => {
      const office = officeWith([memoGrid()]);
      const before = office.sim.snapshot(SHEET);
      const { result, syncs } = await insert(office);
      expect([result.sheetName, syncs]).toEqual(['Informe 2024', 2]);
      const report = office.sim.snapshot('Informe 2024');
      expect(report.active).toBe(true);
      const totalsRow = report.values.findIndex((row) => row[0] === 'TOTAL');
      // Excel's SUM is a binary float sum (150374057.48000002); read to the cent as the domain does.
      const cents = report.values[totalsRow]!.slice(1, 4).map((v) => toJson(fromCellNumber(v as number).amount));
      expect(cents).toEqual(['150374057.48', '141075907.92', '9298149.56']);
      expect(report.formulas[totalsRow]![1]).toMatch(/^=SUM\(/);
      expect(report.charts.map((c) => c.chartType)).toEqual(['ColumnStacked']);
      expect(report.frozen.rows).toBeGreaterThan(0);
      expect(report.pageLayout.orientation).toBe(atLeast('1.9') ? 'Landscape' : 'Portrait');
      // The same page footer as the CLI's copy (&P page, &N pages), where the host has a page layout.
      expect(report.pageLayout.centerFooter).toBe(atLeast('1.9') ? 'Página &P de &N' : '');
      expect(result.skipped).toEqual(atLeast('1.9') ? [] : ['print-setup']);
      expect(office.sim.snapshot(SHEET)).toEqual({ ...before, active: false });
    });

    it('takes a free name when the sheet name is taken', async () => {
      const office = officeWith([memoGrid(), gridFrom([['viejo']], { sheet: 'Informe 2024' })]);
      const { result } = await insert(office, false);
      expect(result.sheetName).toBe('Informe 2024 (2)');
      expect(office.sim.snapshot('Informe 2024').values).toEqual([['viejo']]);
    });
  });
});
