import type { Finding, FindingCode } from '../domain/findings';
import { parseA1 } from '../domain/grid';
import type { Reconciliation } from '../domain/reconciliation';

/**
 * Whether a report may be written final (RECONCILIATION.md §5b). The report's totals are `=SUM`
 * formulas over its own rows, so what is wrong with the sheet's totals row does not reach it:
 * those errors are *resolved* by the report (its footnote says what the sheet printed). Every
 * other error leaves figures the report would copy unknown: *unresolved*, and the report is
 * refused unless a draft is asked for.
 */

/** The codes an error on the sheet's totals row may have and still be resolved by the report. */
export const RESOLVED_ON_TOTALS_ROW: readonly FindingCode[] = ['identity.breakdown', 'total.mismatch'];

export interface ReportGate {
  /** Errors the report resolves: on the sheet's totals row, of a code in `RESOLVED_ON_TOTALS_ROW`. */
  readonly resolved: readonly Finding[];
  /** Every other error, in the reconciliation's order. */
  readonly unresolved: readonly Finding[];
  /** No unresolved error: the report may be written final. */
  readonly final: boolean;
}

export function reportGate(reconciliation: Reconciliation): ReportGate {
  const totalsRow = reconciliation.table?.totalsRow ?? null;
  const onTotalsRow = (f: Finding): boolean => totalsRow !== null && f.cell !== undefined && parseA1(f.cell)?.row === totalsRow;
  const errors = reconciliation.findings.filter((f) => f.severity === 'error');
  const resolved = errors.filter((f) => RESOLVED_ON_TOTALS_ROW.includes(f.code) && onTotalsRow(f));
  const unresolved = errors.filter((f) => !resolved.includes(f));
  return { resolved, unresolved, final: unresolved.length === 0 };
}
