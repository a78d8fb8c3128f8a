import { toCheckJson } from '../../src/domain/check-json';
import { amount, sum, toNumber } from '../../src/domain/money';
import { type Period, periodLine, periodTitle } from '../../src/domain/period';
import { reconcile } from '../../src/domain/reconcile';
import { gridFrom, memoRows } from '../support/workbook-builder';

/**
 * The period of a sheet filled month by month (RECONCILIATION.md §2b), from sheets built here:
 * the memo's title and header, then month rows as each case lays them out, then a totals row
 * of `=SUM` over all of them (its cached results are the sums of what the rows hold).
 */

const MEMO = memoRows({});
const HEAD = MEMO.slice(0, 5);
const memoMonth = (m: number): unknown[] => [...MEMO[4 + m]!];
const LABELS = MEMO.slice(5, 17).map((r) => r[0] as string);

/** How a case lays out one month's row. */
type Row =
  | number // the memo's figures for that month
  | readonly [month: number, how: 'blank' | 'template' | 'zeros'];

/** A month row not filled yet: its label only, or a template's `=C+D` sums (cached 0), or typed zeros. */
function unfilled(month: number, how: 'blank' | 'template' | 'zeros', sheetRow: number): unknown[] {
  const label = LABELS[month - 1]!;
  if (how === 'blank') return [label];
  if (how === 'zeros') return [label, 0, 0, 0, 0, 0, 0, 0];
  return [label, { formula: `C${sheetRow}+D${sheetRow}`, result: 0 }, '', { formula: `E${sheetRow}+F${sheetRow}+G${sheetRow}+H${sheetRow}`, result: 0 }];
}

function sheet(layout: readonly Row[]): unknown[][] {
  const body = layout.map((r, i) => (typeof r === 'number' ? memoMonth(r) : unfilled(r[0], r[1], HEAD.length + 1 + i)));
  const first = HEAD.length + 1;
  const last = first + body.length - 1;
  const totals = [
    'TOTAL',
    ...[1, 2, 3, 4, 5, 6, 7].map((c) => {
      const values = body.map((row) => row[c]).map((v) => (typeof v === 'number' ? v : typeof v === 'object' && v !== null ? 0 : 0));
      const col = String.fromCharCode(65 + c);
      return { formula: `SUM(${col}${first}:${col}${last})`, result: toNumber(sum(values.map((v) => amount(String(v))))) };
    }),
  ];
  return [...HEAD, ...body, totals];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const template = (from: number, to: number, how: 'blank' | 'template' | 'zeros' = 'template'): Row[] => range(from, to).map((m) => [m, how] as const);

interface Case {
  readonly what: string;
  readonly layout: readonly Row[];
  readonly period: Period;
  /** Every finding, as `[cell, code, month]`, in the order reported. */
  readonly findings: readonly (readonly [string | undefined, string, number | undefined])[];
}

/** Sheet row of the n-th body row (the head takes rows 1–5). */
const at = (n: number): string => `A${HEAD.length + n}`;

const CASES: readonly Case[] = [
  { what: 'the full year', layout: range(1, 12), period: { from: 1, to: 12 }, findings: [] },
  { what: 'ENERO to JUNIO, the rows stop there', layout: range(1, 6), period: { from: 1, to: 6 }, findings: [[undefined, 'period.partial', 6]] },
  {
    what: 'a yearly template filled through JUNIO, later rows with their labels only',
    layout: [...range(1, 6), ...template(7, 12, 'blank')],
    period: { from: 1, to: 6 },
    findings: [[undefined, 'period.partial', 6]],
  },
  {
    what: 'a yearly template filled through JUNIO, later rows with =C+D sums (0)',
    layout: [...range(1, 6), ...template(7, 12)],
    period: { from: 1, to: 6 },
    findings: [[undefined, 'period.partial', 6]],
  },
  {
    what: 'a yearly template filled through JUNIO, later rows typed as zeros',
    layout: [...range(1, 6), ...template(7, 12, 'zeros')],
    period: { from: 1, to: 6 },
    findings: [[undefined, 'period.partial', 6]],
  },
  {
    what: 'a hole: MARZO empty in a template',
    layout: [1, 2, [3, 'template'], 4, 5, 6, ...template(7, 12)],
    period: { from: 1, to: 6 },
    findings: [
      [undefined, 'period.partial', 6],
      [at(3), 'month.missing', 3],
    ],
  },
  {
    what: 'a hole: MARZO with zeros typed (no unit collects exactly nothing)',
    layout: [1, 2, [3, 'zeros'], 4, 5, 6],
    period: { from: 1, to: 6 },
    findings: [
      [undefined, 'period.partial', 6],
      [at(3), 'month.missing', 3],
    ],
  },
  {
    what: 'a hole: no MARZO row at all',
    layout: [1, 2, 4, 5, 6],
    period: { from: 1, to: 6 },
    findings: [
      [undefined, 'month.missing', 3],
      [undefined, 'period.partial', 6],
    ],
  },
  { what: 'a single month: ENERO', layout: [1, ...template(2, 12)], period: { from: 1, to: 1 }, findings: [[undefined, 'period.partial', 1]] },
  {
    what: 'DICIEMBRE only: every earlier month is a hole',
    layout: [...template(1, 11), 12],
    period: { from: 1, to: 12 },
    findings: range(1, 11).map((m) => [at(m), 'month.missing', m] as const),
  },
  {
    what: 'no month filled yet: ENERO is missing',
    layout: template(1, 12),
    period: { from: 1, to: 1 },
    findings: [
      [undefined, 'period.partial', 1],
      [at(1), 'month.missing', 1],
    ],
  },
  {
    what: 'months out of order: MARZO, ENERO, FEBRERO',
    layout: [3, 1, 2, ...template(4, 12)],
    period: { from: 1, to: 3 },
    findings: [
      [undefined, 'period.partial', 3],
      [at(2), 'month.out-of-order', 1],
    ],
  },
  {
    what: 'a template row of a later month placed first',
    layout: [[9, 'template'], 1, 2, 3],
    period: { from: 1, to: 3 },
    findings: [[undefined, 'period.partial', 3]],
  },
];

describe('the period (§2b)', () => {
  it.each(CASES)('$what', ({ layout, period, findings }) => {
    const rec = reconcile(gridFrom(sheet(layout), { sheet: 'Recaudación 2024' }));
    expect(rec.table?.period).toEqual(period);
    expect(toCheckJson(rec, 'x.xlsx').table?.period).toEqual(period);
    expect(rec.findings.map((f) => [f.cell, f.code, f.month])).toEqual(findings);
    // Only the period's rows are the sheet's months; later rows are not yet loaded.
    expect(Math.max(...rec.months.map((m) => m.month))).toBeLessThanOrEqual(period.to);
  });

  it('takes the totals of a =SUM over the whole template as agreeing with the rows that exist', () => {
    const rec = reconcile(gridFrom(sheet([...range(1, 6), ...template(7, 12)])));
    expect(rec.totals.reported).toEqual(rec.totals.computed);
    expect(toCheckJson(rec, 'x.xlsx').totals.computed.total).toBe('75033626.68');
  });

  it('names the empty row and the last month with data in the message', () => {
    const rec = reconcile(gridFrom(sheet([1, 2, [3, 'template'], 4, 5, 6]), { sheet: 'Hoja1' }));
    const missing = rec.findings.find((f) => f.code === 'month.missing')!;
    expect(missing.message).toContain('A8');
    expect(missing.message).toMatch(/MARZO.*vacía.*JUNIO/);
    const partial = rec.findings.find((f) => f.code === 'period.partial')!;
    expect(partial).toMatchObject({ severity: 'info', month: 6 });
    expect(partial.message).toContain('6 de 12 meses');
  });

  it('reads a formula without a result as unknown, not as an empty month', () => {
    const rows = sheet([...range(1, 6), ...template(7, 12)]);
    rows[HEAD.length + 6]![2] = { formula: 'Datos!C7' };
    expect(reconcile(gridFrom(rows)).table?.period).toEqual({ from: 1, to: 7 });
  });
});

describe('the period in words', () => {
  it.each([
    [
      { from: 1, to: 6 },
      2024,
      'ENERO A JUNIO 2024',
      'Período: enero a junio de 2024 · 6 de 12 meses',
      'JANUARY TO JUNE 2024',
      'Period: January to June 2024 · 6 of 12 months',
    ],
    [
      { from: 1, to: 12 },
      2024,
      'AÑO 2024',
      'Período: enero a diciembre de 2024 · 12 de 12 meses',
      'YEAR 2024',
      'Period: January to December 2024 · 12 of 12 months',
    ],
    [{ from: 1, to: 1 }, 2024, 'ENERO 2024', 'Período: enero de 2024 · 1 de 12 meses', 'JANUARY 2024', 'Period: January 2024 · 1 of 12 months'],
    [{ from: 1, to: 3 }, null, 'ENERO A MARZO', 'Período: enero a marzo · 3 de 12 meses', 'JANUARY TO MARCH', 'Period: January to March · 3 of 12 months'],
  ] as const)('%j of %s', (period, year, titleEs, lineEs, titleEn, lineEn) => {
    expect([periodTitle(period, year, 'es'), periodLine(period, year, 'es')]).toEqual([titleEs, lineEs]);
    expect([periodTitle(period, year, 'en'), periodLine(period, year, 'en')]).toEqual([titleEn, lineEn]);
  });
});
