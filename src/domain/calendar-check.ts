import type { FindingDraft } from './finding-draft';
import { a1 } from './grid';
import type { Period } from './period';
import type { MonthRow } from './reconciliation';

/**
 * Each month once, in calendar order, every month of the period present and not empty
 * (RECONCILIATION.md §2b, §4); a period that ends before DICIEMBRE is said once.
 */
export function checkCalendar(months: readonly MonthRow[], labelCol: number, period: Period, emptyRows: ReadonlySet<number>): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const seen = new Map<number, MonthRow>();
  let previous = 0;
  let outOfOrder = false;
  for (const m of months) {
    const first = seen.get(m.month);
    if (first)
      findings.push({
        code: 'month.duplicate',
        row: m.row,
        col: labelCol,
        rowLabel: m.label,
        month: m.month,
        detail: { otherCell: a1(first.row, labelCol) },
      });
    else seen.set(m.month, m);
    if (m.month < previous && !first && !outOfOrder) {
      outOfOrder = true;
      findings.push({ code: 'month.out-of-order', row: m.row, col: labelCol, rowLabel: m.label, month: m.month });
    }
    previous = Math.max(previous, m.month);
  }
  for (let month = period.from; month <= period.to; month++) {
    const rows = months.filter((m) => m.month === month);
    const empty = rows.find((m) => emptyRows.has(m.row));
    if (rows.length === 0) findings.push({ code: 'month.missing', month, detail: { period } });
    else if (empty && rows.every((m) => emptyRows.has(m.row)))
      findings.push({ code: 'month.missing', row: empty.row, col: labelCol, rowLabel: empty.label, month, detail: { period } });
  }
  if (period.to < 12) findings.push({ code: 'period.partial', month: period.to, detail: { period } });
  return findings;
}
