import { join } from 'node:path';
import type { CalendarDate } from '../../src/domain/grid';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { compareWithLastCheck, readLastCheck } from '../../src/workflow/last-check';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { officeWith } from '../support/office-sim';

/**
 * The add-in's stored last check (month.restated, §4), through the Office adapter over the
 * in-memory Excel: kept in the document settings by worksheet id, compared on the next check.
 */

const JUNE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024-junio.xlsx');
const SHEET = 'Recaudación 2024';
const JULY_5: CalendarDate = { year: 2024, month: 7, day: 5 };
const AUGUST_6: CalendarDate = { year: 2024, month: 8, day: 6 };

async function juneOffice(settings?: Record<string, unknown>) {
  return officeWith((await readWorkbookFile(JUNE)).sheets, settings ? { settings } : {});
}

/** «Validar y conciliar» as the pane's check hook does it. */
async function check(office: Awaited<ReturnType<typeof juneOffice>>, today: CalendarDate) {
  const read = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
  return compareWithLastCheck(office.host, read, today);
}

const restated = (findings: readonly { code: string; cell?: string; expected?: string; actual?: string }[]) =>
  findings.filter((f) => f.code === 'month.restated').map((f) => [f.cell, f.expected, f.actual]);

async function renameSheet(office: Awaited<ReturnType<typeof juneOffice>>, from: string, to: string): Promise<void> {
  await office.sim.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

describe("the add-in's last check of a sheet", () => {
  it('is kept in the document settings under the worksheet id, small', async () => {
    const office = await juneOffice();
    const first = await check(office, JULY_5);
    expect(first.previous).toBeNull();
    expect(restated(first.reconciliation.findings)).toEqual([]);
    const stored = office.sim.savedSettings()['cuadre.lastChecks'] as Record<string, { sheet: { id: string; name: string } }>;
    const [id] = Object.keys(stored);
    expect(Object.keys(stored)).toHaveLength(1);
    expect(stored[id!]).toMatchObject({ version: 1, checkedAt: '2024-07-05', sheet: { id, name: SHEET }, period: { from: 1, to: 6 } });
    expect(JSON.stringify(stored).length).toBeLessThan(2500);
    // The pane watches this sheet's edits by the id the check was kept under.
    expect(first.stored?.sheet).toEqual({ id, name: SHEET });
    // What the pane shows on reload: the active sheet's record, read back.
    expect(readLastCheck(await office.host.loadLastCheck(null))).toMatchObject({ checkedAt: '2024-07-05', summary: { errors: 0, warnings: 0, info: 1 } });
  });

  it.each([
    [
      'nothing rewritten, JULIO added',
      [
        ['A12', 'JULIO'],
        ['C12', 11868361.2],
        ['E12', 521023.67],
        ['F12', 46514.41],
        ['G12', 243870.87],
        ['H12', 27141.94],
      ],
      false,
      [],
    ],
    ['MARZO OPORTUNA rewritten', [['C8', 11561840.22]], false, [['C8', '11561740.22', '11561840.22']]],
    ['MARZO rewritten and the sheet renamed since', [['C8', 11561840.22]], true, [['C8', '11561740.22', '11561840.22']]],
  ] as const)('compares the next check with it: %s', async (_what, edits, rename, expected) => {
    const office = await juneOffice();
    await check(office, JULY_5);
    for (const [cell, value] of edits) office.sim.edit(SHEET, cell, value);
    if (rename) await renameSheet(office, SHEET, 'Recaudación');
    const next = await check(office, AUGUST_6);
    expect(next.previous?.checkedAt).toBe('2024-07-05');
    expect(restated(next.reconciliation.findings)).toEqual(expected);
    for (const f of next.reconciliation.findings.filter((x) => x.code === 'month.restated')) expect(f.message).toContain('2024-07-05');
    // The new check is the last one now: a third check compares with August's.
    const third = await check(office, AUGUST_6);
    expect([third.previous?.checkedAt, restated(third.reconciliation.findings)]).toEqual(['2024-08-06', []]);
  });

  it('drops the records of sheets that are gone, and ignores a record it cannot read', async () => {
    const office = await juneOffice({ 'cuadre.lastChecks': { '{gone}': { version: 1 } } });
    await check(office, JULY_5);
    expect(Object.keys(office.sim.savedSettings()['cuadre.lastChecks'] as object)).not.toContain('{gone}');
    const garbled = await juneOffice();
    await check(garbled, JULY_5);
    const [id] = Object.keys(garbled.sim.savedSettings()['cuadre.lastChecks'] as object);
    const again = await juneOffice({ 'cuadre.lastChecks': { [id!]: { version: 1, months: 'x' } } });
    const next = await check(again, AUGUST_6);
    expect(next.previous).toBeNull();
  });
});
