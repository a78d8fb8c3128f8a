import { FINDING_CODES, type Finding, type FindingCode, SEVERITY_OF } from '../../src/domain/findings';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { RESOLVED_ON_TOTALS_ROW, reportGate } from '../../src/workflow/report-gate';
import { planReport } from '../../src/workflow/report-plan';
import { MEMO_SHEET, gridFrom, memoGrid, memoRows } from '../support/workbook-builder';
import { memoReconciliation } from '../report/memo-reconciliation';

const finding = (code: FindingCode, cell?: string): Finding => ({
  code,
  severity: SEVERITY_OF[code],
  sheet: MEMO_SHEET,
  ...(cell !== undefined ? { cell } : {}),
  message: code,
});

const withFindings = (findings: Finding[]): Reconciliation => memoReconciliation({ findings, summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: 0, info: 0 } });

const REQUEST = { adjustments: 'propagate', lang: 'es', draft: false, generatedOn: { year: 2025, month: 5, day: 13 }, takenSheetNames: [] } as const;

/** Every finding code, on the memo's totals row (D19) and on a month row (D9), and without a cell. */
const CASES = FINDING_CODES.flatMap((code) =>
  [['D19', 'totals row'], ['D9', 'month row'], [undefined, 'no cell']].map(([cell, where]) => {
    const error = SEVERITY_OF[code] === 'error';
    const resolved = error && RESOLVED_ON_TOTALS_ROW.includes(code) && cell === 'D19';
    return [code, where!, cell, error ? (resolved ? 'resolved' : 'unresolved') : 'not an error'] as const;
  }),
);

describe('the report gate (RECONCILIATION.md §5b)', () => {
  it('resolves exactly identity.breakdown and total.mismatch', () => {
    expect(RESOLVED_ON_TOTALS_ROW).toEqual(['identity.breakdown', 'total.mismatch']);
  });

  it.each(CASES)('%s on the %s: %s', (code, _, cell, expected) => {
    const gate = reportGate(withFindings([finding(code, cell)]));
    const got = gate.resolved.length === 1 ? 'resolved' : gate.unresolved.length === 1 ? 'unresolved' : 'not an error';
    expect(got).toBe(expected);
    expect(gate.final).toBe(expected !== 'unresolved');
    const plan = planReport(withFindings([finding(code, cell)]), REQUEST);
    expect(plan.kind).toBe(expected === 'unresolved' ? 'refused' : 'write');
    const draft = planReport(withFindings([finding(code, cell)]), { ...REQUEST, draft: true });
    expect(draft.kind === 'write' && draft.draft).toBe(expected === 'unresolved');
  });

  it('the totals row is the sheet\'s own: a table whose totals row is elsewhere resolves what is there', () => {
    const rec = withFindings([finding('total.mismatch', 'B25')]);
    const moved = { ...rec, table: { ...rec.table!, totalsRow: 25 } };
    expect(reportGate(moved).final).toBe(true);
    expect(reportGate({ ...rec, table: { ...rec.table!, totalsRow: null } }).final).toBe(false);
  });

  it('refuses a sheet without a table, even as a draft', () => {
    const rec = reconcile(gridFrom([['Notas'], ['nada aquí']], { sheet: 'Hoja1' }));
    expect(planReport(rec, { ...REQUEST, draft: true })).toMatchObject({ kind: 'refused', reason: 'no-table' });
  });

  it('the memo itself: its one error is on the totals row, so the report is final, named Informe 2024', () => {
    const plan = planReport(reconcile(memoGrid()), REQUEST);
    expect(plan).toMatchObject({ kind: 'write', draft: false, sheetName: 'Informe 2024' });
  });

  it('a draft asked for a sheet with unresolved errors is named Borrador 2024', () => {
    const rows = memoRows();
    rows[8] = rows[8]!.map((v, i) => (i === 3 ? 'abc' : v));
    const plan = planReport(reconcile(gridFrom(rows, { sheet: MEMO_SHEET })), { ...REQUEST, draft: true });
    expect(plan).toMatchObject({ kind: 'write', draft: true, sheetName: 'Borrador 2024' });
  });
});
