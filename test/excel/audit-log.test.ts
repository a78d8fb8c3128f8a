import { join } from 'node:path';
import type { Grid } from '../../src/domain/grid';
import { LOG_MARKER } from '../../src/report/marker';
import { type AuditEvent, type LocalDateTime, planAuditLog } from '../../src/workflow/audit-log';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { HostFailure } from '../../src/workflow/port';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { hostProfile } from '../../src/excel-sim/profiles';
import { officeWith } from '../support/office-sim';
import { MEMO_SHEET, gridFrom } from '../support/workbook-builder';

/**
 * The audit log through the Office adapter on the in-memory Excel: the sheet found by its marker
 * (or made), rows after the last one, formats Excel shows, and never an edit the pane hears.
 */

const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
const AT: LocalDateTime = { year: 2025, month: 5, day: 13, hour: 9, minute: 30, second: 15 };
const LATER: LocalDateTime = { ...AT, hour: 11, minute: 2, second: 0 };

type Office = ReturnType<typeof officeWith>;

async function sampleOffice(options: Parameters<typeof officeWith>[1] = {}, extra: readonly Grid[] = []): Promise<Office> {
  return officeWith([...(await readWorkbookFile(SAMPLE)).sheets, ...extra], options);
}

/** A check through the host, and the log's row for it at `at`; `before` runs between the two (a stats reset). */
async function checkAndLog(office: Office, at: LocalDateTime = AT, report?: AuditEvent['report'], before: () => void = () => undefined) {
  const { reconciliation } = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
  before();
  return office.host.appendAuditRows(planAuditLog([{ at, reconciliation, ...(report ? { report } : {}) }]));
}

async function run(office: Office, batch: (context: Excel.RequestContext) => void): Promise<void> {
  await office.sim.Excel.run(async (context) => {
    batch(context as unknown as Excel.RequestContext);
    await context.sync();
  });
}

const markerOn = async (office: Office, sheet: string): Promise<boolean> => {
  let found = false;
  await office.sim.Excel.run(async (context) => {
    const name = context.workbook.worksheets.getItem(sheet).names.getItemOrNullObject(LOG_MARKER);
    await context.sync();
    found = !name.isNullObject;
  });
  return found;
};

describe('the first row', () => {
  it('makes «Registro Cuadre» at the end, marked, with a frozen bold header, and leaves the sheet checked active', async () => {
    const office = await sampleOffice({ apiVersion: '1.20' });
    expect(await checkAndLog(office)).toEqual({ sheetName: 'Registro Cuadre', created: true });
    const log = office.sim.snapshot('Registro Cuadre');
    expect(office.sim.workbook.sheets.map((s) => s.name)).toEqual([MEMO_SHEET, 'Registro Cuadre']);
    expect(office.sim.snapshot().name).toBe(MEMO_SHEET);
    expect(await markerOn(office, 'Registro Cuadre')).toBe(true);
    expect(log.frozen.rows).toBe(1);
    expect(log.bold[0]!.every(Boolean)).toBe(true);
    expect(log.values[0]!.slice(0, 5)).toEqual(['Fecha y hora', 'Acción', 'Hoja revisada', 'Período', 'TOTAL informado']);
    // What Excel shows: the date and time, amounts with two decimals, counts, the fingerprint as text.
    const shown = Object.fromEntries(log.values[0]!.map((header, i) => [String(header), log.text[1]![i]]));
    expect(shown).toMatchObject({
      'Fecha y hora': '2025-05-13 09:30:15',
      Acción: 'Revisión',
      'Hoja revisada': MEMO_SHEET,
      Período: 'enero–diciembre 2024',
      'MORA informado': '9,175,678.45',
      'MORA conciliado': '9,298,149.56',
      Errores: '1',
      Advertencias: '1',
      Informativos: '0',
      'Hoja del informe': '',
    });
    expect(shown['Huella SHA-256 de las cifras']).toMatch(/^[0-9a-f]{64}$/);
    expect(log.columnWidths['O']).toBeGreaterThan(log.columnWidths['A']!);
  });

  it("numbers its name when a sheet of the user's is called «Registro Cuadre», and leaves that sheet alone", async () => {
    const mine = gridFrom([['mis notas']], { sheet: 'Registro Cuadre' });
    const office = await sampleOffice({}, [mine]);
    expect(await checkAndLog(office)).toEqual({ sheetName: 'Registro Cuadre (2)', created: true });
    expect(office.sim.snapshot('Registro Cuadre').values).toEqual([['mis notas']]);
    expect(await markerOn(office, 'Registro Cuadre')).toBe(false);
  });

  it('writes the date in the workbook’s date system: in a 1904 workbook, the serial Excel’s DATE gives there', async () => {
    const office = await sampleOffice({ date1904: true });
    await checkAndLog(office);
    let day = 0;
    await office.sim.Excel.run(async (context) => {
      const date = context.workbook.functions.date(2025, 5, 13);
      date.load('value');
      await context.sync();
      day = date.value as number;
    });
    // 1,462 days below the 1900 system's 45,790 (the in-memory Excel formats every serial in the 1900 system).
    expect(day).toBe(45790 - 1462);
    expect(office.sim.cell('Registro Cuadre', 'A2').value).toBeCloseTo(day + (9 * 3600 + 30 * 60 + 15) / 86400, 9);
  });
});

describe('later rows', () => {
  it('go after the last row, under the header as the analyst left it', async () => {
    const office = await sampleOffice();
    await checkAndLog(office);
    await run(office, (context) => {
      context.workbook.worksheets.getItem('Registro Cuadre').getRange('C1').values = [['Hoja']];
    });
    const reset = (): void => office.sim.stats.reset();
    expect(await checkAndLog(office, LATER, { sheetName: 'Informe 2024', draft: true }, reset)).toEqual({ sheetName: 'Registro Cuadre', created: false });
    // The sheet list; the sheets' markers and used rows; the write.
    expect(office.sim.stats.syncs).toBe(3);
    const log = office.sim.snapshot('Registro Cuadre');
    expect(log.values).toHaveLength(3);
    expect(log.values[0]![2]).toBe('Hoja');
    expect([log.text[2]![0], log.values[2]![1], log.values[2]![13]]).toEqual(['2025-05-13 11:02:00', 'Borrador', 'Informe 2024']);
  });

  it('find the log by its marker when the analyst renamed it', async () => {
    const office = await sampleOffice();
    await checkAndLog(office);
    await run(office, (context) => {
      context.workbook.worksheets.getItem('Registro Cuadre').name = 'Bitácora';
    });
    expect(await checkAndLog(office, LATER)).toEqual({ sheetName: 'Bitácora', created: false });
    expect(office.sim.workbook.sheets.map((s) => s.name)).toEqual([MEMO_SHEET, 'Bitácora']);
    expect(office.sim.snapshot('Bitácora').values).toHaveLength(3);
  });

  it('make the log again, header first, when the analyst deleted it', async () => {
    const office = await sampleOffice();
    await checkAndLog(office);
    await run(office, (context) => context.workbook.worksheets.getItem('Registro Cuadre').delete());
    expect(await checkAndLog(office, LATER)).toEqual({ sheetName: 'Registro Cuadre', created: true });
    const log = office.sim.snapshot('Registro Cuadre');
    expect([log.values.length, log.values[0]![0], log.text[1]![0]]).toEqual([2, 'Fecha y hora', '2025-05-13 11:02:00']);
  });

  it('keep a sheet named like a number as text', async () => {
    const office = officeWith([
      gridFrom(
        [
          ['MES', 'TOTAL'],
          ['ENERO', 1],
        ],
        { sheet: '2024' },
      ),
    ]);
    await checkAndLog(office);
    const cell = office.sim.cell('Registro Cuadre', 'C2');
    expect([cell.value, cell.valueType]).toEqual(['2024', 'String']);
  });
});

describe('the log and the rest of the pane', () => {
  it('is never the source of the next check, even when active', async () => {
    const office = await sampleOffice();
    await checkAndLog(office);
    await run(office, (context) => context.workbook.worksheets.getItem('Registro Cuadre').activate());
    const { reconciliation, workbook } = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
    expect(reconciliation.sheet).toBe(MEMO_SHEET);
    expect(workbook.sheets.find((s) => s.sheet === 'Registro Cuadre')).toMatchObject({ isLog: true, cells: [] });
    expect(reconciliation.findings.find((f) => f.code === 'table.other-sheet')?.message).toMatch(/«Registro Cuadre» es el registro de auditoría de Cuadre/);
  });

  it.each([
    ['with triggerSource (ExcelApi 1.14)', '1.20'],
    ['with events turned off while writing (ExcelApi 1.9)', '1.9'],
  ])('is no edit for «Validar al editar», %s', async (_what, apiVersion) => {
    const office = await sampleOffice({ apiVersion });
    const edits: string[] = [];
    const stop = await office.host.onSheetEdited((edit) => edits.push(edit.address));
    await checkAndLog(office);
    await checkAndLog(office, LATER);
    // Events come after the sync that caused them: a user's edit is heard, Cuadre's rows are not.
    office.sim.edit(MEMO_SHEET, 'B6', 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(edits).toEqual(['B6']);
    await stop();
  });

  it('is one Ctrl+Z step where Excel groups the add-in’s writes', async () => {
    const office = await sampleOffice({ apiVersion: '1.20' });
    const before = office.sim.workbook.undoEntries;
    await checkAndLog(office);
    expect(office.sim.workbook.undoEntries - before).toBe(1);
  });

  it.each([
    ['the web, whose group runs fail (office-js #6711)', hostProfile('web', '1.20')],
    ['a host whose group fails on adding a sheet (office-js #6255)', { ...hostProfile('mac', '1.20'), undoGroup: 'internal-error' as const }],
  ])('when Excel fails the undo group, leaves nothing written and says no-undo; the next try writes without a group: %s', async (_what, profile) => {
    const office = await sampleOffice({ profile });
    const failure = await checkAndLog(office).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostFailure);
    expect((failure as HostFailure).reason).toBe('no-undo');
    expect(office.sim.workbook.sheets.map((s) => s.name)).toEqual([MEMO_SHEET]);
    expect(office.host.capabilities().undoGroup).toBe(false);
    expect(await checkAndLog(office)).toEqual({ sheetName: 'Registro Cuadre', created: true });
    expect(office.sim.snapshot('Registro Cuadre').values).toHaveLength(2);
  });

  it('fails as a HostFailure the pane can explain', async () => {
    // Before ExcelApi 1.11 a batch fails while the user is typing in a cell.
    const office = await sampleOffice({ apiVersion: '1.9' });
    const { reconciliation } = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
    office.sim.beginCellEdit();
    const failure = await office.host.appendAuditRows(planAuditLog([{ at: AT, reconciliation }])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostFailure);
    expect((failure as HostFailure).reason).toBe('cell-editing');
    office.sim.endCellEdit();
    expect(office.sim.workbook.sheets.map((s) => s.name)).toEqual([MEMO_SHEET]);
  });
});
