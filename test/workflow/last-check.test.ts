import { toCheckJson } from '../../src/domain/check-json';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { localDateTime } from '../../src/domain/host-cells';
import { compareWithEarlier, lastCheckOf, readEarlierCheck, readLastCheck } from '../../src/workflow/last-check';
import { planReport } from '../../src/workflow/report-plan';
import { gridFrom, memoGrid, memoRows } from '../support/workbook-builder';

/**
 * `month.restated` (RECONCILIATION.md §4): a check compared with an earlier one of the same
 * sheet, whether that one is the JSON of `check --json` or the add-in's stored record.
 */

const SHEET = 'Recaudación 2024';
/** Body rows of the memo (0-based in memoRows): ENERO is 5, … DICIEMBRE 16; columns B… are 1…7. */
const monthAt = (m: number): number => 4 + m;

/** The memo's sheet with the months after `to` emptied (labels kept), edited by `change`. */
function sheetThrough(to: number, change: (rows: unknown[][]) => void = () => undefined): Reconciliation {
  const rows = memoRows({});
  for (let m = to + 1; m <= 12; m++) rows[monthAt(m)] = [rows[monthAt(m)]![0]];
  rows.splice(monthAt(12) + 1); // no adjustment and no totals row: only the months matter here
  change(rows);
  return reconcile(gridFrom(rows, { sheet: SHEET }));
}

const JULY_5 = { year: 2024, month: 7, day: 5 };
const june = sheetThrough(6);
const record = lastCheckOf(june, JULY_5, '{sheet-id}')!;
const asJson = JSON.parse(JSON.stringify(toCheckJson(june, 'recaudacion.xlsx'))) as unknown;

/** Both ways the earlier check reaches the comparison: the stored record, and check --json (dated by its file). */
const EARLIER = [
  ['the add-in’s stored last check', () => readEarlierCheck(JSON.parse(JSON.stringify(record)))],
  ['the JSON of check --json', () => readEarlierCheck(asJson, JULY_5)],
] as const;

type Change = (rows: unknown[][]) => void;
const add =
  (m: number, col: number, delta: number): Change =>
  (rows) => {
    const row = rows[monthAt(m)]!;
    row[col] = Math.round(((row[col] as number) + delta) * 100) / 100;
  };

type Restated = readonly (readonly [cell: string | undefined, indicator: string, then: string, now: string])[];

const CASES: readonly (readonly [what: string, now: Reconciliation, restated: Restated])[] = [
  ['nothing changed, JULIO added', sheetThrough(7), []],
  [
    'MARZO rewritten: OPORTUNA and TOTAL 100.00 more',
    sheetThrough(7, (rows) => [add(3, 1, 100), add(3, 2, 100)].forEach((c) => c(rows))),
    [
      ['B8', 'total', '12233581.59', '12233681.59'],
      ['C8', 'oportuna', '11561740.22', '11561840.22'],
    ],
  ],
  ['JULIO changed: not in the earlier period', sheetThrough(7, add(7, 7, 5)), []],
  [
    'JUNIO emptied: the month has no figures now',
    sheetThrough(5),
    [
      [undefined, 'total', '12629156.30', '0.00'],
      [undefined, 'oportuna', '11741763.56', '0.00'],
      [undefined, 'mora', '887392.74', '0.00'],
      [undefined, 'planilla', '590150.97', '0.00'],
      [undefined, 'glosas', '74920.43', '0.00'],
      [undefined, 'titulos', '200984.59', '0.00'],
      [undefined, 'convenios', '21336.75', '0.00'],
    ],
  ],
];

describe.each(EARLIER)('compared with %s', (_how, earlierOf) => {
  it.each(CASES)('%s', (_what, now, restated) => {
    const reading = earlierOf();
    if (!reading.ok) throw new Error(reading.why.en);
    expect(reading.sheet).toBe(SHEET);
    const compared = compareWithEarlier(now, reading.earlier);
    if (!compared.ok) throw new Error(compared.reason);
    const found = compared.reconciliation.findings.filter((f) => f.code === 'month.restated');
    expect(found.map((f) => [f.cell, f.indicator, f.expected, f.actual])).toEqual(restated);
    expect(compared.reconciliation.summary.warnings).toBe(now.summary.warnings + restated.length);
    for (const f of found) expect(f.message).toContain('2024-07-05');
  });
});

describe('the earlier check', () => {
  it('names the cell, the amount then and now, and the date in the message', () => {
    const reading = readEarlierCheck(record);
    const compared = reading.ok && compareWithEarlier(sheetThrough(7, add(3, 2, 100)), reading.earlier);
    const finding = compared && compared.ok ? compared.reconciliation.findings.find((f) => f.code === 'month.restated' && f.cell === 'C8') : undefined;
    expect(finding).toMatchObject({ severity: 'warning', month: 3, difference: '100.00' });
    expect(finding?.message).toBe(
      'Hoja «Recaudación 2024», celda C8: OPORTUNA de MARZO cambió desde la revisión del 2024-07-05: era 11.561.740,22 y ahora es 11.561.840,22 (diferencia 100,00). Un mes ya revisado se reescribió: confirme el cambio con su respaldo o restituya la cifra.',
    );
  });

  it('is not compared when it is of another year', () => {
    const reading = readEarlierCheck({ ...record, year: 2023 });
    expect(reading.ok && compareWithEarlier(sheetThrough(7), reading.earlier)).toEqual({ ok: false, reason: 'other-year' });
  });

  it('keeps what the pane shows on reload, small', () => {
    expect(record).toMatchObject({ version: 1, checkedAt: '2024-07-05', sheet: { id: '{sheet-id}', name: SHEET }, period: { from: 1, to: 6 }, year: 2024 });
    expect(record.months.map((m) => [m.month, m.row])).toEqual([1, 2, 3, 4, 5, 6].map((m) => [m, 5 + m]));
    expect(record.totals.total).toBe('75033626.68');
    expect(JSON.stringify(record).length).toBeLessThan(2500);
  });

  it('compares every month of a JSON written before periods', () => {
    const json = asJson as { table: object };
    const reading = readEarlierCheck({ ...json, table: { ...json.table, period: undefined } }, JULY_5);
    expect(reading.ok && reading.earlier.period).toBeNull();
  });

  it.each([
    ['an array', [], 'is not a JSON object'],
    ['a catalog', { indicators: [] }, 'lacks "sheet" or "months"'],
    ['a check without a table', { sheet: 'x', table: null, months: [] }, 'found no table'],
    ['a month without amounts', { sheet: 'x', table: {}, months: [{ month: 1, row: 6 }] }, 'months[0] is not a month'],
    ['an amount as a number', { sheet: 'x', table: {}, months: [{ month: 1, row: 6, amounts: { total: 5 } }] }, 'months[0] is not a month'],
    ['no date and no file date', { sheet: 'x', table: {}, months: [] }, 'does not say when'],
  ])('refuses %s, saying why', (_what, data, why) => {
    const reading = readEarlierCheck(data);
    expect(reading.ok ? '' : reading.why.en).toContain(why);
  });
});

describe('the last check as the pane shows it («Última revisión»)', () => {
  const memo = reconcile(memoGrid());
  const at = { year: 2024, month: 7, day: 5, hour: 14, minute: 3 };
  const memoRecord = lastCheckOf(memo, at, '{sheet-id}')!;

  it('keeps the time to the minute, the reported and reconciled totals, the counts and the fingerprint', () => {
    expect(memoRecord).toMatchObject({
      checkedAt: '2024-07-05',
      checkedTime: '2024-07-05T14:03',
      summary: { errors: 1, warnings: 1 },
      reported: { total: '150251586.37' },
      totals: { total: '150374057.48' },
    });
    expect(memoRecord.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // A whole year of seven indicators: under 3 KB of the document's settings per sheet.
    expect(JSON.stringify(memoRecord).length).toBeLessThan(3000);
  });

  it('has the fingerprint a report of the same figures prints in its provenance line', () => {
    const plan = planReport(memo, { adjustments: 'propagate', lang: 'es', generatedOn: { year: 2024, month: 7, day: 5 } });
    if (plan.kind !== 'write') throw new Error('no report');
    const provenance = plan.claims.find((c) => c.kind === 'provenance')!.value;
    expect(provenance.kind === 'text' ? provenance.text : '').toContain(`SHA-256 de las cifras: ${memoRecord.fingerprint}`);
    // Other figures, another fingerprint.
    expect(lastCheckOf(june, at)!.fingerprint).not.toBe(memoRecord.fingerprint);
  });

  it('takes the local day and time from a Date', () => {
    expect(localDateTime(new Date(2024, 6, 5, 14, 3, 59))).toEqual({ ...at, second: 59 });
    // Kept to the minute.
    expect(lastCheckOf(memo, localDateTime(new Date(2024, 6, 5, 14, 3, 59)))!.checkedTime).toBe('2024-07-05T14:03');
    expect(lastCheckOf(memo, JULY_5)).not.toHaveProperty('checkedTime');
  });

  it('reads a record of an earlier Cuadre (no time, fingerprint or reported totals) as it is', () => {
    const { checkedTime: _t, fingerprint: _f, reported: _r, ...older } = memoRecord;
    expect(readLastCheck(JSON.parse(JSON.stringify(older)))).toEqual(older);
    expect(readLastCheck(JSON.parse(JSON.stringify(memoRecord)))).toEqual(memoRecord);
  });

  it.each([
    ['a time of another day', { checkedTime: '2024-07-06T14:03' }, 'checkedTime'],
    ['a time without minutes', { checkedTime: '2024-07-05T14' }, 'checkedTime'],
    ['a fingerprint that is no SHA-256', { fingerprint: 'abc' }, 'fingerprint'],
    ['reported totals as numbers', { reported: { total: 5 } }, 'reported'],
  ])('leaves out %s rather than show it', (_what, change, left) => {
    const read = readLastCheck({ ...memoRecord, ...change });
    expect(read).not.toBeNull();
    expect(read).not.toHaveProperty(left);
    expect(read?.totals).toEqual(memoRecord.totals);
  });
});
