import { defaultCatalog } from '../../src/domain/catalog';
import { type Amount, amount } from '../../src/domain/money';
import type { AdjustmentRow, Amounts, MonthRow, Reconciliation } from '../../src/domain/reconciliation';
import { MEMO_ADJUSTMENT, MEMO_HEADER, MEMO_KEYS, MEMO_MONTHS, MEMO_TOTALS } from '../../src/sample/memo-2024';

/**
 * The memo's reconciliation built by hand, without the engine, so the report's tests say
 * what the report does with given figures. Totals that only the engine derives (computed,
 * reconciled) are left empty: the report never reads them, the tests compare against the memo.
 */

/** `12.742.937,65` → an amount, from its characters; '' is blank. */
const es = (text: string): Amount | undefined => (text === '' ? undefined : amount(text.replaceAll('.', '').replace(',', '.')));

function amountsOf(cells: readonly string[]): Amounts {
  return Object.fromEntries(MEMO_KEYS.flatMap((key, i) => {
    const value = es(cells[i] ?? '');
    return value === undefined ? [] : [[key, value]];
  }));
}

const COLUMNS = Object.fromEntries(MEMO_KEYS.map((key, i) => [key, String.fromCharCode(66 + i)]));

export const MEMO_MONTH_ROWS: readonly MonthRow[] = MEMO_MONTHS.map(([label, ...cells], i) => ({ month: i + 1, label, row: 6 + i, amounts: amountsOf(cells) }));

export const MEMO_ADJUSTMENT_ROW: AdjustmentRow = {
  row: 18,
  label: MEMO_ADJUSTMENT[0],
  reference: 'IESS-DNRGC-2025-0310-M',
  amounts: amountsOf(MEMO_ADJUSTMENT.slice(1)),
};

export function memoReconciliation(overrides: Partial<Reconciliation> = {}): Reconciliation {
  return {
    sheet: 'Recaudación 2024',
    table: {
      range: 'A4:H19',
      year: 2024,
      region: 'CHIMBORAZO',
      period: { from: 1, to: 12 },
      columns: COLUMNS,
      labelColumn: 'A',
      headerRows: [4, 5],
      totalsRow: 19,
      headers: Object.fromEntries(MEMO_KEYS.map((key, i) => [key, MEMO_HEADER[1][i + 1]!])),
    },
    months: MEMO_MONTH_ROWS,
    adjustments: [MEMO_ADJUSTMENT_ROW],
    totals: { reported: amountsOf(MEMO_TOTALS.slice(1)), computed: {}, reconciled: {} },
    findings: [],
    summary: { errors: 1, warnings: 1, info: 0 },
    catalog: defaultCatalog(),
    lang: 'es',
    ...overrides,
  };
}

/** The memo's printed totals row, per key, as contract strings. */
export const MEMO_PRINTED_TOTALS: Readonly<Record<string, string>> = Object.fromEntries(
  MEMO_KEYS.map((key, i) => [key, MEMO_TOTALS[i + 1]!.replaceAll('.', '').replace(',', '.')]),
);
