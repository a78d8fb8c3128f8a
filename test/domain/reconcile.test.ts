import { toCheckJson } from '../../src/domain/check-json';
import type { Finding } from '../../src/domain/findings';
import { FINDING_CODES } from '../../src/domain/findings';
import { amount, toNumber } from '../../src/domain/money';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { MEMO_RECONCILED } from '../../src/sample/memo-2024';
import { gridFrom, memoGrid, memoRows } from '../support/workbook-builder';

/** `[cell, code]` pairs: what a finding says and where, without the wording. */
const pairs = (rec: Reconciliation): [string | undefined, string][] => rec.findings.map((f) => [f.cell, f.code]);
const json = (rec: Reconciliation) => toCheckJson(rec, 'memo.xlsx');
const memo = (): unknown[][] => memoRows({});

/** Sheet rows of the memo at A1: headers 4–5, ENERO row 6 … DICIEMBRE 17, adjustment 18, totals 19. */
const ROW = { header1: 3, header2: 4, enero: 5, febrero: 6, marzo: 7, abril: 8, adjustment: 17, totals: 18 } as const;
const COL = { label: 0, total: 1, oportuna: 2, mora: 3, planilla: 4, glosas: 5, titulos: 6, convenios: 7 } as const;

function edit(change: (rows: unknown[][]) => void): unknown[][] {
  const rows = memo();
  change(rows);
  return rows;
}

const plus = (value: unknown, delta: string): number => toNumber(amount(String(value)).plus(delta) as never);

describe('the 2024 memo (golden case)', () => {
  const rec = reconcile(memoGrid());

  it('finds the table where the contract says', () => {
    expect(json(rec).table).toEqual({
      range: 'A4:H19',
      year: 2024,
      region: 'CHIMBORAZO',
      period: { from: 1, to: 12 },
      columns: { total: 'B', oportuna: 'C', mora: 'D', planilla: 'E', glosas: 'F', titulos: 'G', convenios: 'H' },
    });
  });

  it('reports no problem on any month row', () => {
    const monthRows = new Set(rec.months.map((m) => m.row));
    expect(rec.findings.filter((f) => f.cell && monthRows.has(Number(f.cell.slice(1))))).toEqual([]);
    expect(rec.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('finds MORA 122,471.11 short on the totals row, explained by the adjustment not carried up', () => {
    expect(pairs(rec)).toEqual([
      ['H18', 'adjustment.not-propagated'],
      ['D19', 'identity.breakdown'],
    ]);
    const breakdown = rec.findings.find((f) => f.code === 'identity.breakdown')!;
    expect(breakdown).toMatchObject({ indicator: 'mora', expected: '9298149.56', actual: '9175678.45', difference: '-122471.11', rowLabel: 'TOTAL' });
    expect(breakdown.message).toContain('H18');
    expect(breakdown.message).toContain('122.471,11');
    const notCarried = rec.findings.find((f) => f.code === 'adjustment.not-propagated')!;
    expect(notCarried).toMatchObject({ indicator: 'convenios', severity: 'warning' });
    expect(notCarried.message).toMatch(/MORA \(D18\) ni a TOTAL \(B18\)/);
  });

  it('reconciles the totals by carrying the adjustment to MORA and TOTAL', () => {
    const totals = json(rec).totals;
    expect([totals.reconciled.total, totals.reconciled.mora]).toEqual([MEMO_RECONCILED.total, MEMO_RECONCILED.mora]);
    expect([totals.computed.total, totals.computed.mora, totals.computed.convenios]).toEqual(['150251586.37', '9175678.45', '454506.05']);
    expect(totals.reported).toEqual(totals.computed);
  });

  it('keeps the adjustment with its document reference', () => {
    expect(json(rec).adjustments).toEqual([
      { row: 18, label: 'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)', reference: 'IESS-DNRGC-2025-0310-M', amounts: { total: '0.00', oportuna: '0.00', mora: '0.00', planilla: '0.00', glosas: '0.00', titulos: '0.00', convenios: '122471.11' } },
    ]);
  });

  it('speaks English when asked, with the amounts in English format', () => {
    const en = reconcile(memoGrid(), { lang: 'en' });
    expect(en.findings.find((f) => f.code === 'identity.breakdown')!.message).toContain('9,175,678.45');
  });
});

type Case = readonly [what: string, rows: unknown[][], expected: readonly (readonly [string | undefined, string])[], options?: Parameters<typeof reconcile>[1]];

/** Each finding code, from a sheet built in the test; `expected` must all be present. */
const CASES: readonly Case[] = [
  ['an empty sheet', [], [[undefined, 'table.not-found']]],
  ['months without an indicator header', [['ENERO', 1], ['FEBRERO', 2]], [[undefined, 'table.not-found']]],
  ['a missing GLOSAS column', edit((r) => r.forEach((row) => row.splice(COL.glosas, 1))), [[undefined, 'header.missing-indicator']]],
  ['a second CONVENIOS column', edit((r) => r.forEach((row) => row.push(row[COL.convenios]))), [['I5', 'header.duplicate-indicator']]],
  ['a mistyped code under its label', edit((r) => (r[ROW.header2]![COL.glosas] = 'NC-DNRGC-DP-88-Monto de glosas')), [['F5', 'header.unknown-code']]],
  ['a code under the wrong label', edit((r) => (r[ROW.header1]![COL.planilla] = 'TITULOS')), [['E5', 'header.label-mismatch']]],
  ['amounts in a column without header', edit((r) => r.slice(ROW.enero, ROW.enero + 12).forEach((row) => row.push(5))), [['I6', 'column.unlabeled-data']]],
  ['a GLOSAS column left empty', edit((r) => r.slice(ROW.enero, ROW.enero + 12).forEach((row) => (row[COL.glosas] = ''))), [['F5', 'column.empty']]],
  ['MARZO missing', edit((r) => r.splice(ROW.marzo, 1)), [[undefined, 'month.missing']]],
  ['data through JUNIO', edit((r) => r.splice(ROW.enero + 6, 6)), [[undefined, 'period.partial']]],
  ['ABRIL twice', edit((r) => r.splice(ROW.abril + 1, 0, [...r[ROW.abril]!])), [['A10', 'month.duplicate']]],
  ['MARZO before FEBRERO', edit((r) => r.splice(ROW.febrero, 2, r[ROW.marzo]!, r[ROW.febrero]!)), [['A8', 'month.out-of-order']]],
  ['a subtotal row inside the table', edit((r) => r.splice(ROW.abril, 0, ['SUBTOTAL TRIMESTRE', 1, 1, 0, 0, 0, 0, 0])), [['A9', 'row.unrecognized']]],
  ['an amount typed as es-EC text', edit((r) => (r[ROW.enero]![COL.total] = '12.742.937,65')), [['B6', 'cell.text-number']]],
  ['an amount with mixed separators', edit((r) => (r[ROW.enero]![COL.convenios] = '$17.405.05')), [['H6', 'cell.invalid-number']]],
  ['an error value', edit((r) => (r[ROW.febrero]![COL.oportuna] = { error: '#REF!' })), [['C7', 'cell.error-value']]],
  ['a formula never calculated', edit((r) => (r[ROW.febrero]![COL.oportuna] = { formula: 'SUM(X1:X9)' })), [['C7', 'cell.not-calculated']]],
  ['a blank month cell', edit((r) => (r[ROW.enero]![COL.glosas] = '')), [['F6', 'cell.blank'], ['D6', 'identity.breakdown'], ['F19', 'total.mismatch']]],
  ['a negative month amount', edit((r) => (r[ROW.enero]![COL.convenios] = -17405.05)), [['H6', 'cell.negative']]],
  ['fractions of a cent', edit((r) => (r[ROW.enero]![COL.total] = 12742937.654)), [['B6', 'cell.sub-cent']]],
  ['a one-cent difference', edit((r) => (r[ROW.enero]![COL.oportuna] = plus(r[ROW.enero]![COL.oportuna], '0.01'))), [['B6', 'identity.breakdown'], ['C19', 'total.mismatch']]],
  ['a wrong total', edit((r) => (r[ROW.totals]![COL.titulos] = plus(r[ROW.totals]![COL.titulos], '100'))), [['G19', 'total.mismatch']]],
  ['no totals row', edit((r) => r.splice(ROW.totals, 1)), [[undefined, 'total.missing-row']]],
  ['an adjustment without its document', edit((r) => (r[ROW.adjustment]![COL.label] = 'AJUSTE DE RESULTADOS')), [['A18', 'adjustment.missing-reference']]],
  ['the memo itself', memo(), [['H18', 'adjustment.not-propagated']]],
];

describe('each finding code', () => {
  it.each(CASES.map(([what, rows, expected, options]) => ({ what, rows, expected, options })))('$what', ({ rows, expected, options }) => {
    const found = pairs(reconcile(gridFrom(rows, { sheet: 'Hoja1' }), options));
    for (const pair of expected) expect(found).toContainEqual(pair);
  });

  it('covers every code of the contract', () => {
    // `table.other-sheet` is about the workbook, not one sheet: test/workflow/choose-sheet.test.ts has it.
    // `month.restated` compares two checks of a sheet: test/workflow/last-check.test.ts has it.
    const covered = new Set([...CASES.flatMap(([, , expected]) => expected.map(([, code]) => code)), 'table.other-sheet', 'month.restated']);
    expect(FINDING_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each([
    ['a one-cent difference within a 0.01 tolerance', edit((r) => (r[ROW.enero]![COL.oportuna] = plus(r[ROW.enero]![COL.oportuna], '0.01')))],
  ])('%s is no finding', (_what, rows) => {
    const found = pairs(reconcile(gridFrom(rows), { tolerance: amount('0.01') }));
    expect(found.filter(([, code]) => code === 'identity.breakdown' || code === 'total.mismatch')).toEqual([['D19', 'identity.breakdown']]);
  });

  it('suggests the catalog code a mistyped one meant', () => {
    const rec = reconcile(gridFrom(CASES.find(([w]) => w === 'a mistyped code under its label')![1]));
    expect(rec.findings.find((f) => f.code === 'header.unknown-code')).toMatchObject({ suggestion: 'NC-DNRGC-DP-8', severity: 'warning' });
    expect(rec.findings.map((f) => f.code)).not.toContain('header.missing-indicator');
  });

  it('skips the identities that need a missing indicator', () => {
    const rec = reconcile(gridFrom(CASES.find(([w]) => w === 'a missing GLOSAS column')![1]));
    expect(rec.findings.filter((f) => f.code === 'identity.breakdown' && f.indicator === 'mora')).toEqual([]);
  });

  it('names the cell in every message about a cell', () => {
    const findings: Finding[] = CASES.flatMap(([, rows, , options]) => reconcile(gridFrom(rows), options).findings);
    for (const f of findings.filter((x) => x.cell)) expect(f.message).toContain(f.cell);
  });
});

/** What must not change when only the layout or the storage changes. */
function essence(rec: Reconciliation) {
  const j = json(rec);
  return {
    year: j.table?.year,
    region: j.table?.region,
    months: j.months.map((m) => [m.month, m.amounts]),
    adjustments: j.adjustments.map((a) => [a.reference, a.amounts]),
    totals: j.totals,
    findings: j.findings.filter((f) => f.code !== 'cell.text-number').map((f) => [f.code, f.indicator, f.month, f.expected, f.actual, f.difference]),
    summary: { errors: j.summary.errors, info: j.summary.info },
  };
}

describe('the same answer whatever the layout', () => {
  const golden = essence(reconcile(memoGrid()));

  it.each([
    ['away from A1 with notes around', memoGrid({ top: 7, left: 4, notes: true })],
    ['amounts stored as text', memoGrid({ amountsAs: 'text' })],
    ['columns shuffled', gridFrom(memo().map((row) => [row[0], row[7], row[3], row[1], row[6], row[2], row[5], row[4]]))],
    ['a spacer column inside', gridFrom(memo().map((row) => [...row.slice(0, 4), '', ...row.slice(4)]))],
    ['the label column not first', gridFrom(memo().map((row) => ['', ...row]), { left: 3 })],
  ])('%s', (_what, grid) => {
    expect(essence(reconcile(grid))).toEqual(golden);
  });

  it('reads date labels as months and takes the year from them', () => {
    const rows = memo().slice(3);
    rows.slice(2, 14).forEach((row, i) => (row[0] = new Date(Date.UTC(2024, i, 1))));
    const rec = reconcile(gridFrom(rows));
    expect([rec.months.length, rec.table?.year, rec.summary.errors]).toEqual([12, 2024, 1]);
  });

  it('reads a title year stacked on the header with no blank row between', () => {
    const rows = memo();
    rows.splice(2, 1);
    expect(reconcile(gridFrom(rows)).table).toMatchObject({ year: 2024, range: 'A3:H18' });
  });
});
