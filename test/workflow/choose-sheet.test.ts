import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '../../src/domain/grid';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { cuadre } from '../support/cli';
import { officeWith } from '../support/office-sim';
import { SharedStrings, rawXlsx, rowsXml, worksheetXml } from '../support/raw-xlsx';
import { MEMO_SHEET, gridFrom, memoRows } from '../support/workbook-builder';

/**
 * The sheet rule of RECONCILIATION.md §2, table-driven through both hosts: the CLI (in process,
 * over a real .xlsx) and the add-in's Office host over the in-memory Excel. Each case is a
 * workbook (sheets in tab order, which is active, which carry Cuadre's report marker) and the
 * sheet that must be checked, with why a `table.other-sheet` finding says it was not the active one.
 */

const dir = mkdtempSync(join(tmpdir(), 'cuadre-sheet-rule-'));

type Kind = 'table' | 'partial' | 'notes' | 'report' | 'log';

/**
 * The memo (a complete table); its copy with TOTAL, OPORTUNA and MORA only; notes; a report sheet
 * and an audit log (each a complete table, marked: only the marker keeps them from being a source).
 */
function rowsOf(kind: Kind): unknown[][] {
  switch (kind) {
    case 'table':
    case 'report':
    case 'log':
      return memoRows();
    case 'partial':
      return memoRows().map((row) => row.slice(0, 4));
    case 'notes':
      return [['Notas del analista'], ['Revisar enero con tesorería']];
  }
}

interface Case {
  readonly sheets: readonly (readonly [name: string, kind: Kind])[];
  readonly active: string;
  readonly checked: string;
  /** What the `table.other-sheet` message says about the active sheet; null when the active sheet is the one checked. */
  readonly why: RegExp | null;
}

const CASES: readonly (readonly [string, Case])[] = [
  ['the active sheet with the complete table', { sheets: [[MEMO_SHEET, 'table']], active: MEMO_SHEET, checked: MEMO_SHEET, why: null }],
  [
    'notes active, the table on the next sheet',
    {
      sheets: [
        ['Notas', 'notes'],
        [MEMO_SHEET, 'table'],
      ],
      active: 'Notas',
      checked: MEMO_SHEET,
      why: /la hoja activa «Notas» no tiene la tabla/,
    },
  ],
  [
    'a partial copy active (TOTAL, OPORTUNA, MORA), the complete table on the next sheet',
    {
      sheets: [
        ['Copia', 'partial'],
        [MEMO_SHEET, 'table'],
      ],
      active: 'Copia',
      checked: MEMO_SHEET,
      why: /a la tabla de la hoja activa «Copia» le falta PLANILLA EN MORA, GLOSAS, TÍTULOS y CONVENIOS/,
    },
  ],
  [
    "Cuadre's report active (just inserted), the source before it",
    {
      sheets: [
        [MEMO_SHEET, 'table'],
        ['Informe 2024', 'report'],
      ],
      active: 'Informe 2024',
      checked: MEMO_SHEET,
      why: /«Informe 2024» es un informe que escribió Cuadre/,
    },
  ],
  [
    'a report first and active, a partial copy, then the complete table',
    {
      sheets: [
        ['Informe 2024', 'report'],
        ['Copia', 'partial'],
        [MEMO_SHEET, 'table'],
      ],
      active: 'Informe 2024',
      checked: MEMO_SHEET,
      why: /primera hoja con la tabla completa: la hoja activa «Informe 2024» es un informe/,
    },
  ],
  [
    "Cuadre's audit log active (renamed by the user), the source after it",
    {
      sheets: [
        ['Mi registro', 'log'],
        [MEMO_SHEET, 'table'],
      ],
      active: 'Mi registro',
      checked: MEMO_SHEET,
      why: /primera hoja con la tabla completa: la hoja activa «Mi registro» es el registro de auditoría de Cuadre/,
    },
  ],
  [
    'the audit log first in tab order, a partial copy active: the copy, never the log',
    {
      sheets: [
        ['Registro Cuadre', 'log'],
        ['Copia', 'partial'],
      ],
      active: 'Copia',
      checked: 'Copia',
      why: null,
    },
  ],
  [
    'two complete tables: the active one, not the first',
    {
      sheets: [
        ['Borrador', 'table'],
        [MEMO_SHEET, 'table'],
      ],
      active: MEMO_SHEET,
      checked: MEMO_SHEET,
      why: null,
    },
  ],
  [
    'a partial table active and no complete one: the active one',
    {
      sheets: [
        ['Copia', 'partial'],
        ['Notas', 'notes'],
      ],
      active: 'Copia',
      checked: 'Copia',
      why: null,
    },
  ],
  [
    'notes active and only a partial table elsewhere: the first found',
    {
      sheets: [
        ['Notas', 'notes'],
        ['Copia', 'partial'],
      ],
      active: 'Notas',
      checked: 'Copia',
      why: /primera hoja con una tabla, aunque incompleta: la hoja activa «Notas» no tiene la tabla/,
    },
  ],
];

/** A sheet of a kind, with Cuadre's marker on a report or a log (the in-memory Excel gets it as a sheet-scoped name). */
function gridOf(sheet: string, kind: Kind): Grid {
  const grid = gridFrom(rowsOf(kind), { sheet });
  return kind === 'report' ? { ...grid, isReport: true } : kind === 'log' ? { ...grid, isLog: true } : grid;
}

const projection = (sheet: string, findings: readonly { code: string; message: string }[]) => ({
  sheet,
  otherSheet: findings.filter((f) => f.code === 'table.other-sheet').map((f) => f.message),
});

function expected(c: Case) {
  return { sheet: c.checked, otherSheet: c.why === null ? [] : [expect.stringMatching(c.why)] };
}

async function viaCli(name: string, c: Case) {
  const strings = new SharedStrings();
  const sheets = c.sheets.map(([sheet, kind]) => ({ name: sheet, xml: worksheetXml(rowsXml(rowsOf(kind), strings)) }));
  const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
  const marked = (wanted: Kind) => c.sheets.flatMap(([, kind], i) => (kind === wanted ? [i] : []));
  const activeTab = c.sheets.findIndex(([s]) => s === c.active);
  writeFileSync(path, rawXlsx(sheets, { sharedStrings: strings.list, activeTab, reportSheets: marked('report'), logSheets: marked('log') }));
  const r = await cuadre('check', path, '--json');
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { sheet: string; findings: { code: string; message: string }[] };
  return projection(json.sheet, json.findings);
}

async function viaOffice(c: Case) {
  const grids: Grid[] = c.sheets.map(([sheet, kind]) => gridOf(sheet, kind));
  const office = officeWith(grids, { activeSheet: c.active });
  const { reconciliation } = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
  return projection(reconciliation.sheet, reconciliation.findings);
}

describe('which sheet is checked (§2), the same in both hosts', () => {
  it.each(CASES)('%s', async (name, c) => {
    const [cli, office] = await Promise.all([viaCli(name, c), viaOffice(c)]);
    expect(cli).toEqual(expected(c));
    expect(office).toEqual(cli);
  });
});

describe('reading only what the choice needs in Excel', () => {
  it.each([
    [
      'the active sheet settles it: its size and marker, then its cells',
      [
        ['Notas', 'notes'],
        [MEMO_SHEET, 'table'],
      ] as const,
      MEMO_SHEET,
      2,
      [MEMO_SHEET],
    ],
    [
      'a report active: its cells are not read',
      [
        [MEMO_SHEET, 'table'],
        ['Informe 2024', 'report'],
      ] as const,
      'Informe 2024',
      3,
      [MEMO_SHEET, 'Informe 2024'],
    ],
    [
      'the audit log active: its cells are not read',
      [
        [MEMO_SHEET, 'table'],
        ['Registro Cuadre', 'log'],
      ] as const,
      'Registro Cuadre',
      3,
      [MEMO_SHEET, 'Registro Cuadre'],
    ],
    [
      'the first complete sheet ends the reading, the active sheet still listed',
      [
        ['Copia', 'partial'],
        [MEMO_SHEET, 'table'],
        ['Notas', 'notes'],
      ] as const,
      'Notas',
      5,
      ['Copia', MEMO_SHEET, 'Notas'],
    ],
  ])('%s', async (_what, sheets, active, syncs, reached) => {
    const grids: Grid[] = sheets.map(([sheet, kind]) => gridOf(sheet, kind));
    const office = officeWith(grids, { activeSheet: active });
    office.sim.stats.reset();
    const { workbook } = await checkOpenWorkbook(office.host, DEFAULT_SETTINGS, 'es', () => undefined);
    expect([office.sim.stats.syncs, workbook.sheets.map((s) => s.sheet)]).toEqual([syncs, reached]);
    // The cells of a sheet Cuadre wrote are never read: it comes back marked and empty.
    for (const grid of workbook.sheets.filter((s) => s.isReport || s.isLog)) expect(grid.cells).toEqual([]);
  });
});

describe("a workbook with Cuadre's audit log, through the CLI's report", () => {
  it('keeps the log marked in the copy, so that checking the copy skips it as the pane does', async () => {
    const strings = new SharedStrings();
    const input = join(dir, 'with-log.xlsx');
    const out = join(dir, 'with-log-report.xlsx');
    const sheets = [
      { name: 'Registro Cuadre', xml: worksheetXml(rowsXml(memoRows(), strings)) },
      { name: MEMO_SHEET, xml: worksheetXml(rowsXml(memoRows(), strings)) },
    ];
    writeFileSync(input, rawXlsx(sheets, { sharedStrings: strings.list, activeTab: 0, logSheets: [0] }));
    // The memo's one error is on its totals row, which the report resolves: a final report.
    expect((await cuadre('report', input, '--out', out)).code).toBe(0);
    const copy = await readWorkbookFile(out);
    expect(copy.sheets.map((s) => [s.sheet, s.isLog ?? false, s.isReport ?? false])).toEqual([
      ['Registro Cuadre', true, false],
      [MEMO_SHEET, false, false],
      ['Informe 2024', false, true],
    ]);
    const checked = JSON.parse((await cuadre('check', out, '--json')).stdout) as { sheet: string };
    expect(checked.sheet).toBe(MEMO_SHEET);
  });
});
