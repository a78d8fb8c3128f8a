import { toCheckJson } from '../../src/domain/check-json';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { CURRENT_EXCEL_API } from '../../src/playground/options';
import { openWorkbook, seedsOf, simulatedExcel } from '../../src/playground/open-workbook';
import { cuadre } from '../support/cli';
import { gridFrom, memoRows, xlsxFrom } from '../support/workbook-builder';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * «Abrir libro»: a workbook the user picks is read from a browser `File` (a Blob), laid into the
 * in-memory Excel as Excel would hold it, and the pane's production adapter reads there what the
 * `cuadre` command reads from the file.
 */

const OPTIONS = { displayLanguage: 'es-EC', apiVersion: CURRENT_EXCEL_API };
const fileOf = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

/** The memo on a second sheet at C8, behind an active sheet of notes holding one cell of each kind. */
async function memoBehindNotes(): Promise<Buffer> {
  return xlsxFrom(
    [
      { name: 'Notas', rows: [['#N/A', { error: '#DIV/0!' }, true, new Date(Date.UTC(2024, 11, 31)), 1234.5, '00123']] },
      { name: 'Recaudación 2024', rows: memoRows({ top: 8, left: 3 }), top: 8, left: 3 },
    ],
    { activeTab: 0 },
  );
}

describe('opening a workbook in the playground', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cuadre-open-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds every sheet in tab order, the active one active', async () => {
    const outcome = await openWorkbook(fileOf(await memoBehindNotes()), 'memo.xlsx');
    if (!outcome.ok) throw new Error(outcome.message.en);
    expect(outcome.workbook.name).toBe('memo.xlsx');
    const { sim } = simulatedExcel(outcome.workbook, OPTIONS);
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(['Notas', 'Recaudación 2024']);
    expect(sim.workbook.activeSheet.name).toBe('Notas');
  });

  it('holds each cell as Excel hands it over: text stays text, errors are errors, a date is a serial shown as a date', async () => {
    const outcome = await openWorkbook(fileOf(await memoBehindNotes()), 'memo.xlsx');
    if (!outcome.ok) throw new Error(outcome.message.en);
    const { sim } = simulatedExcel(outcome.workbook, OPTIONS);
    const cells = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => sim.cell('Notas', a));
    expect(cells.map((c) => [c.valueType, c.value])).toEqual([
      ['String', '#N/A'],
      ['Error', '#DIV/0!'],
      ['Boolean', true],
      ['Double', 45657],
      ['Double', 1234.5],
      ['String', '00123'],
    ]);
    expect(cells[3]!.text).toBe('31/12/2024');
    expect(sim.cell('Recaudación 2024', 'D13').value).toBe(12742937.65);
  });

  it('text that spells an error value stays text (a `#N/A` typed as text), an error value stays an error', () => {
    const grid = gridFrom([['#N/A', { error: '#N/A' }, ' #REF! ']], { sheet: 'Hoja1' });
    const { sim } = simulatedExcel(seedsOf({ sheets: [grid] }, 'x.xlsx'), OPTIONS);
    expect(['A1', 'B1', 'C1'].map((a) => sim.cell('Hoja1', a).valueType)).toEqual(['String', 'Error', 'String']);
  });

  it('the pane reads there what the command reads from the file: the table on the second sheet, the same check', async () => {
    const bytes = await memoBehindNotes();
    const path = join(dir, 'memo.xlsx');
    writeFileSync(path, bytes);
    const outcome = await openWorkbook(fileOf(bytes), 'memo.xlsx');
    if (!outcome.ok) throw new Error(outcome.message.en);
    const { host } = simulatedExcel(outcome.workbook, OPTIONS);
    const { reconciliation } = await checkOpenWorkbook(host, DEFAULT_SETTINGS, 'es', () => undefined);
    const viaPane = toCheckJson(reconciliation, path);
    const viaCli = JSON.parse((await cuadre('check', path, '--json')).stdout);
    expect(viaPane).toEqual(viaCli);
    expect([viaPane.sheet, viaPane.table?.range, viaPane.totals.reconciled.mora]).toEqual(['Recaudación 2024', 'C11:J26', '9298149.56']);
  });

  it.each([
    ['not a workbook', Buffer.from('MES;TOTAL\nENERO;1\n'), /no es un libro de Excel/],
    ['an empty file', Buffer.alloc(0), /está vacío/],
  ])('%s: the reader’s own message, naming the file, in both languages', async (_what, bytes, es) => {
    const outcome = await openWorkbook(fileOf(bytes), 'datos.xlsx');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message.es).toMatch(es);
    expect(outcome.message.es).toContain('«datos.xlsx»');
    expect(outcome.message.en).toContain('"datos.xlsx"');
  });
});
