import { ancestors } from '../domain/catalog';
import { type Finding, SEVERITIES, type Severity, isFixableTextNumber } from '../domain/findings';
import { type Workbook, cellAt, parseA1 } from '../domain/grid';
import { amount, toNumber } from '../domain/money';
import type { Reconciliation } from '../domain/reconciliation';
import type { TextNumberFix } from '../workflow/port';
import type { Status } from './i18n';

/** What the pane derives from a reconciliation, apart from React so it reads as plain data. */

export function statusOf(rec: Reconciliation): Status {
  if (rec.table === null) return 'not-found';
  if (rec.summary.errors > 0) return 'errors';
  return rec.summary.warnings > 0 ? 'warnings' : 'clean';
}

/** The indicators whose totals the summary shows: the catalog's roots and their children, where the sheet has them. */
export function topIndicators(rec: Reconciliation): string[] {
  const columns = rec.table?.columns ?? {};
  return rec.catalog.indicators.filter((i) => i.key in columns && ancestors(rec.catalog, i.key).length <= 1).map((i) => i.key);
}

export function findingsBySeverity(rec: Reconciliation): { readonly severity: Severity; readonly findings: readonly Finding[] }[] {
  return SEVERITIES.map((severity) => ({ severity, findings: rec.findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}

/** The text cells `cell.text-number` findings point at, with the number each spells (the finding's `actual`). */
export function textNumberFixes(rec: Reconciliation, workbook: Workbook): TextNumberFix[] {
  return rec.findings.flatMap((f) => {
    if (!isFixableTextNumber(f) || f.cell === undefined || f.actual === undefined) return [];
    const grid = workbook.sheets.find((s) => s.sheet === f.sheet);
    const at = parseA1(f.cell);
    const cell = grid && at ? cellAt(grid, at.row, at.col) : undefined;
    return cell?.kind === 'text' ? [{ sheet: f.sheet, cell: f.cell, text: cell.value, value: toNumber(amount(f.actual)) }] : [];
  });
}
