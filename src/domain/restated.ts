import type { FindingDraft } from './finding-draft';
import { columnNumber } from './grid';
import { ZERO, amount, equals, isZero } from './money';
import type { Period } from './period';
import type { Reconciliation } from './reconciliation';

/**
 * What an earlier check of the same sheet said about its months: the JSON of `cuadre check
 * --json`, or the add-in's stored last check (src/workflow/last-check.ts). Amounts are
 * contract strings (`12742937.65`).
 */
export interface EarlierCheck {
  /** The day of that check, `2024-07-05`, as the finding's message names it. */
  readonly checkedAt: string;
  readonly year: number | null;
  /** The months that check covered; null for a check written before periods (all its months). */
  readonly period: Period | null;
  readonly months: readonly EarlierMonth[];
}

export interface EarlierMonth {
  readonly month: number;
  readonly row: number;
  readonly amounts: Readonly<Record<string, string>>;
}

export type Restatements = { readonly ok: true; readonly findings: readonly FindingDraft[] } | { readonly ok: false; readonly reason: 'other-year' };

/**
 * `month.restated` (RECONCILIATION.md §4): each amount of a month that the earlier check covered
 * and that is different now, on the cell that holds it now; expected = then, actual = now.
 * A month no longer in the period (its row removed, or emptied after the last month with data)
 * is restated to zero without a cell: there is none that holds it now. A check of another year
 * is not compared.
 */
export function restatedMonths(earlier: EarlierCheck, rec: Reconciliation): Restatements {
  const table = rec.table;
  if (!table) return { ok: true, findings: [] };
  if (earlier.year !== null && table.year !== null && earlier.year !== table.year) return { ok: false, reason: 'other-year' };
  const lastChecked = earlier.period?.to ?? 12;
  const findings: FindingDraft[] = [];
  const seen = new Set<number>();
  for (const then of earlier.months) {
    if (then.month > lastChecked || seen.has(then.month)) continue;
    seen.add(then.month);
    const now = rec.months.find((m) => m.month === then.month);
    for (const indicator of rec.catalog.indicators) {
      const before = then.amounts[indicator.key];
      const letters = table.columns[indicator.key];
      if (before === undefined || letters === undefined) continue;
      const expected = amount(before);
      // An amount that cannot be read now is its own finding (cell.*), not a restatement.
      const actual = now ? now.amounts[indicator.key] : ZERO;
      if (actual === undefined || equals(actual, expected) || (!now && isZero(expected))) continue;
      findings.push({
        code: 'month.restated',
        ...(now ? { row: now.row, col: columnNumber(letters), rowLabel: now.label } : {}),
        month: then.month,
        indicator: indicator.key,
        expected,
        actual,
        detail: { checkedAt: earlier.checkedAt },
      });
    }
  }
  return { ok: true, findings };
}
