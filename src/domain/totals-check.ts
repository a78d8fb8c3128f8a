import { type Catalog, ancestors } from './catalog';
import { carryUp } from './carry-up';
import type { FindingDraft } from './finding-draft';
import { a1 } from './grid';
import { checkIdentities, tableIdentities } from './identity-check';
import type { LocatedTable } from './locate';
import { type Amount, ZERO, add, isZero, sum, within } from './money';
import type { AdjustmentRow, Totals } from './reconciliation';
import type { TableRows } from './table-rows';

/**
 * What the adjustments not carried to one parent add up to, gathered in place: a table with
 * thousands of adjustment rows must not copy the lists at every row. A set keeps each document
 * once, in the order first cited.
 */
interface Shortfall {
  amount: Amount;
  readonly cells: string[];
  readonly references: Set<string>;
}

/**
 * The three totals of §5 and the findings about them: adjustments not carried up, the totals
 * row's identities (explained by those adjustments) and each reported total against the rows.
 */
export function checkTotals(catalog: Catalog, table: LocatedTable, rows: TableRows, tolerance: Amount): { totals: Totals; findings: FindingDraft[] } {
  const findings: FindingDraft[] = [];
  const computed: Record<string, Amount> = {};
  for (const key of table.columns.keys()) {
    computed[key] = sum([...rows.months, ...rows.adjustments].map((r) => r.amounts[key] ?? ZERO));
  }
  const reconciled = { ...computed };
  const shortBy = new Map<string, Shortfall>();
  for (const adj of rows.adjustments) {
    const { gaps } = carryUp(adj.amounts, catalog, tolerance);
    for (const [parent, gap] of gaps) {
      if (reconciled[parent] !== undefined) reconciled[parent] = add(reconciled[parent], gap);
    }
    findings.push(...notPropagated(catalog, table, adj, gaps, shortBy));
  }
  const totalsRow = rows.totalsRow;
  if (!totalsRow) {
    findings.push({ code: 'total.missing-row' });
    return { totals: { reported: {}, computed, reconciled }, findings };
  }
  const explain = (parent: string) => {
    const short = shortBy.get(parent);
    return short ? { unpropagated: { ...short, references: [...short.references] } } : undefined;
  };
  const totalsAt = { row: totalsRow.row, rowLabel: totalsRow.label, amounts: rows.reported };
  findings.push(...checkIdentities(tableIdentities(catalog, table.columns), table.columns, totalsAt, tolerance, explain));
  for (const [key, col] of table.columns) {
    const reported = rows.reported[key];
    if (reported === undefined || rows.unreadable.has(key) || within(reported, computed[key]!, tolerance)) continue;
    findings.push({ code: 'total.mismatch', row: totalsRow.row, col, rowLabel: totalsRow.label, indicator: key, expected: computed[key]!, actual: reported });
  }
  return { totals: { reported: { ...rows.reported }, computed, reconciled }, findings };
}

/** One finding per adjustment amount that its parents on the row do not carry, on its own cell. */
function notPropagated(
  catalog: Catalog,
  table: LocatedTable,
  adj: AdjustmentRow,
  gaps: ReadonlyMap<string, Amount>,
  shortBy: Map<string, Shortfall>,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const [key, value] of Object.entries(adj.amounts)) {
    const children = catalog.indicators.filter((i) => i.parent === key);
    const isSource = !isZero(value) && children.every((c) => isZero(adj.amounts[c.key] ?? ZERO));
    const missing = ancestors(catalog, key).filter((p) => gaps.has(p));
    if (!isSource || missing.length === 0) continue;
    const cell = a1(adj.row, table.columns.get(key)!);
    const nearest = missing[0]!;
    const carried = adj.amounts[nearest] ?? ZERO;
    findings.push({
      code: 'adjustment.not-propagated',
      row: adj.row,
      col: table.columns.get(key)!,
      rowLabel: adj.label,
      indicator: key,
      expected: add(carried, gaps.get(nearest)!),
      actual: carried,
      detail: {
        adjusted: value,
        reference: adj.reference,
        notCarriedTo: missing.map((p) => ({ key: p, cell: table.columns.has(p) ? a1(adj.row, table.columns.get(p)!) : null })),
      },
    });
    for (const p of missing) {
      let entry = shortBy.get(p);
      if (!entry) shortBy.set(p, (entry = { amount: ZERO, cells: [], references: new Set() }));
      entry.amount = add(entry.amount, value);
      entry.cells.push(cell);
      if (adj.reference) entry.references.add(adj.reference);
    }
  }
  return findings;
}
