import { checkCalendar } from '../../src/domain/calendar-check';
import { type Catalog, defaultCatalog, rootKey } from '../../src/domain/catalog';
import { checkColumns } from '../../src/domain/column-check';
import { checkIdentities, tableIdentities } from '../../src/domain/identity-check';
import { locateTable } from '../../src/domain/locate';
import { ZERO } from '../../src/domain/money';
import { reconcile } from '../../src/domain/reconcile';
import { findPeriod } from '../../src/domain/period';
import { readTableRows } from '../../src/domain/table-rows';
import { checkTotals } from '../../src/domain/totals-check';
import { gridFrom, memoRows } from '../support/workbook-builder';

/** The memo with a few faults, so that every check has findings to (not) double. */
function faultyMemo() {
  const rows = memoRows({});
  rows[5]![6] = ''; // a blank GLOSAS in ENERO: cell.blank, a breakdown, a total mismatch
  rows[6]![2] = { error: '#REF!' };
  rows[8]![8] = 5; // an amount in a column without header
  rows.splice(7, 1); // MARZO missing
  rows.push(['SUBTOTAL', 1]);
  return gridFrom(rows, { sheet: 'Hoja1' });
}

describe('the checks are pure functions of the table', () => {
  const grid = faultyMemo();
  const catalog = defaultCatalog();
  const located = locateTable(grid, catalog);
  if (!located.found) throw new Error('the memo has a table');
  const table = located.table;
  const period = findPeriod(grid, table);
  const rows = readTableRows(grid, catalog, table, period);
  const identities = tableIdentities(catalog, table.columns);

  it.each([
    ['reading the rows', () => readTableRows(grid, catalog, table, period)],
    [
      'the month identities',
      () => rows.months.flatMap((m) => checkIdentities(identities, table.columns, { row: m.row, rowLabel: m.label, amounts: m.amounts }, ZERO)),
    ],
    ['the calendar', () => checkCalendar(rows.months, table.labelCol, period, rows.emptyRows)],
    ['the columns', () => checkColumns(grid, table, rows.emptyColumns)],
    ['the totals', () => checkTotals(catalog, table, rows, ZERO)],
  ] as const)('%s gives the same findings when called twice', (_what, check) => {
    const first = check();
    const second = check();
    expect(second).toEqual(first);
    const findings = Array.isArray(first) ? first : (first as { findings: unknown[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
  });

  it('a whole reconciliation twice is the same reconciliation', () => {
    expect(reconcile(grid)).toEqual(reconcile(grid));
  });
});

describe("the catalog's root", () => {
  /** The default catalog with its root renamed: a unit's catalog may call it anything. */
  const renamed: Catalog = {
    indicators: defaultCatalog().indicators.map((i) => ({
      ...i,
      key: i.key === 'total' ? 'recaudacion' : i.key,
      parent: i.parent === 'total' ? 'recaudacion' : i.parent,
    })),
  };

  it('is the first indicator without a parent', () => {
    expect(rootKey(defaultCatalog())).toBe('total');
    expect(rootKey(renamed)).toBe('recaudacion');
  });

  it('finds the region over the root column whatever its key', () => {
    const rec = reconcile(gridFrom(memoRows({})), { catalog: renamed });
    expect(rec.table?.region).toBe('CHIMBORAZO');
    expect(rec.table?.columns).toMatchObject({ recaudacion: 'B' });
    expect(rec.findings.filter((f) => f.code === 'identity.breakdown').map((f) => [f.cell, f.indicator])).toEqual([['D19', 'mora']]);
  });
});
