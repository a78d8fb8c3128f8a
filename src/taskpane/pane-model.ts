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

/**
 * The cell a finding's amounts are about. Usually its own; an adjustment not carried up is
 * found at the adjustment (H18) but its expected and actual amounts are those of the parent it
 * did not reach on the same row (MORA, D18).
 */
export function amountsCell(rec: Reconciliation, f: Finding): string | undefined {
  if (f.code !== 'adjustment.not-propagated' || f.cell === undefined || f.indicator === undefined || rec.table === null) return f.cell;
  const parent = ancestors(rec.catalog, f.indicator)[0];
  const column = parent === undefined ? undefined : rec.table.columns[parent];
  const at = parseA1(f.cell);
  return column === undefined || at === null ? f.cell : `${column}${at.row}`;
}

/**
 * A finding's message without the place it starts with («Hoja «…», celda D19: »): the list line
 * already names the cell, and the pane shows one sheet's findings.
 */
export function findingDetail(f: Finding): string {
  if (f.cell === undefined) return f.message;
  for (const place of [`Hoja «${f.sheet}», celda ${f.cell}: `, `Sheet "${f.sheet}", cell ${f.cell}: `]) {
    if (f.message.startsWith(place)) {
      const rest = f.message.slice(place.length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return f.message;
}
