/**
 * Findings are data with a stable code (the contract's, RECONCILIATION.md §4). The wording
 * of a message may change; a code never does.
 */

export const SEVERITY_OF = {
  'table.not-found': 'error',
  'table.other-sheet': 'info',
  'period.partial': 'info',
  'header.missing-indicator': 'error',
  'header.duplicate-indicator': 'error',
  'header.unknown-code': 'warning',
  'header.label-mismatch': 'warning',
  'column.unlabeled-data': 'warning',
  'column.empty': 'warning',
  'month.missing': 'error',
  'month.duplicate': 'error',
  'month.out-of-order': 'info',
  'month.restated': 'warning',
  'row.unrecognized': 'warning',
  'cell.text-number': 'warning',
  'cell.invalid-number': 'error',
  'cell.error-value': 'error',
  'cell.not-calculated': 'warning',
  'cell.blank': 'warning',
  'cell.negative': 'warning',
  'cell.sub-cent': 'warning',
  'identity.breakdown': 'error',
  'total.mismatch': 'error',
  'total.missing-row': 'info',
  'adjustment.missing-reference': 'warning',
  'adjustment.not-propagated': 'warning',
} as const;

export type FindingCode = keyof typeof SEVERITY_OF;
export type Severity = 'error' | 'warning' | 'info';
export const FINDING_CODES = Object.keys(SEVERITY_OF) as FindingCode[];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One problem, as the JSON contract has it. Amounts are contract strings (`-122471.11`). */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell at fault, where there is one. */
  readonly cell?: string;
  readonly rowLabel?: string;
  readonly month?: number;
  readonly indicator?: string;
  readonly expected?: string;
  readonly actual?: string;
  /** actual − expected */
  readonly difference?: string;
  readonly suggestion?: string;
  readonly message: string;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), info: count('info') };
}

/** Findings a user can fix in place by turning text into numbers. */
export function isFixableTextNumber(f: Finding): boolean {
  return f.code === 'cell.text-number' && f.cell !== undefined;
}
