import type { Finding, Summary } from './findings';
import { toJson } from './money';
import type { Amounts, Reconciliation } from './reconciliation';

/**
 * The JSON object of `cuadre check --json` (RECONCILIATION.md §6). Its shape is relied on
 * from outside: keys and formats change only with the contract.
 */
export interface CheckJson {
  readonly file: string;
  readonly sheet: string;
  readonly table: {
    readonly range: string;
    readonly year: number | null;
    readonly region: string | null;
    readonly period: { readonly from: number; readonly to: number };
    readonly columns: Readonly<Record<string, string>>;
  } | null;
  readonly months: readonly { month: number; label: string; row: number; amounts: Record<string, string> }[];
  readonly adjustments: readonly { row: number; label: string; reference: string | null; amounts: Record<string, string> }[];
  readonly totals: { readonly reported: Record<string, string>; readonly computed: Record<string, string>; readonly reconciled: Record<string, string> };
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

/** Amounts in catalog order, as contract strings. */
function amountsJson(amounts: Amounts, order: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of order) {
    const value = amounts[key];
    if (value !== undefined) out[key] = toJson(value);
  }
  return out;
}

export function toCheckJson(rec: Reconciliation, file: string): CheckJson {
  const order = rec.catalog.indicators.map((i) => i.key);
  return {
    file,
    sheet: rec.sheet,
    table: rec.table && {
      range: rec.table.range,
      year: rec.table.year,
      region: rec.table.region,
      period: { from: rec.table.period.from, to: rec.table.period.to },
      columns: rec.table.columns,
    },
    months: rec.months.map((m) => ({ month: m.month, label: m.label, row: m.row, amounts: amountsJson(m.amounts, order) })),
    adjustments: rec.adjustments.map((a) => ({ row: a.row, label: a.label, reference: a.reference, amounts: amountsJson(a.amounts, order) })),
    totals: {
      reported: amountsJson(rec.totals.reported, order),
      computed: amountsJson(rec.totals.computed, order),
      reconciled: amountsJson(rec.totals.reconciled, order),
    },
    findings: rec.findings,
    summary: rec.summary,
  };
}
