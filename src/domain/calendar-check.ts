import type { FindingDraft } from './finding-draft';
import { a1 } from './grid';
import type { MonthRow } from './reconciliation';

/** Each month once, in calendar order, all twelve present (RECONCILIATION.md §4). */
export function checkCalendar(months: readonly MonthRow[], labelCol: number): FindingDraft[] {
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
  for (let month = 1; month <= 12; month++) {
    if (!seen.has(month)) findings.push({ code: 'month.missing', month });
  }
  return findings;
}
