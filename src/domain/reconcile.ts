import { checkCalendar } from './calendar-check';
import { type Catalog, defaultCatalog } from './catalog';
import { checkColumns } from './column-check';
import type { FindingDraft } from './finding-draft';
import { type Finding, SEVERITY_OF, summarize } from './findings';
import { type Grid, a1, parseA1 } from './grid';
import { checkIdentities, tableIdentities } from './identity-check';
import { type LocatedTable, locateTable } from './locate';
import { messageFor } from './messages';
import { findPeriod } from './period';
import type { Lang } from './lang';
import { type Amount, ZERO, subtract, toJson } from './money';
import type { AdjustmentRow, MonthRow, ReconcileOptions, Reconciliation, TableInfo } from './reconciliation';
import { tableInfo } from './table-info';
import { readTableRows } from './table-rows';
import { checkTotals } from './totals-check';

/**
 * The reconciliation of one sheet: a pure function of the grid and the catalog
 * (RECONCILIATION.md §3–5). Data problems come back as findings; nothing here throws for them.
 */
export function reconcile(grid: Grid, options: ReconcileOptions = {}): Reconciliation {
  const catalog = options.catalog ?? defaultCatalog();
  const lang = options.lang ?? 'es';
  const location = locateTable(grid, catalog, options.year);
  if (!location.found) {
    return result(grid.sheet, catalog, lang, null, [], [], NO_TOTALS, [{ code: 'table.not-found', detail: { notFound: location.why, sheets: [grid.sheet] } }]);
  }
  return checkTable(grid, catalog, lang, location.table, options.tolerance ?? ZERO);
}

/**
 * The checks of a located table, each a pure function returning its findings: reading the
 * rows, the month rows' identities, the calendar, the columns, the totals.
 */
function checkTable(grid: Grid, catalog: Catalog, lang: Lang, table: LocatedTable, tolerance: Amount): Reconciliation {
  const period = findPeriod(grid, table);
  const rows = readTableRows(grid, catalog, table, period);
  const checked = tableIdentities(catalog, table.columns);
  const { totals, findings: totalsFindings } = checkTotals(catalog, table, rows, tolerance);
  const drafts = [
    ...table.findings,
    ...rows.findings,
    ...rows.months.flatMap((m) => checkIdentities(checked, table.columns, { row: m.row, rowLabel: m.label, amounts: m.amounts, month: m.month }, tolerance)),
    ...checkCalendar(rows.months, table.labelCol, period, rows.emptyRows),
    ...checkColumns(grid, table, rows.emptyColumns),
    ...totalsFindings,
  ];
  return result(grid.sheet, catalog, lang, tableInfo(catalog, table, period), rows.months, rows.adjustments, totals, drafts);
}

/**
 * The finding of a workbook with no table in any of the sheets looked at (the choice of the
 * sheet is src/workflow's): `table.not-found` naming them all, on the first.
 */
export function tableNotFound(sheets: readonly string[], options: ReconcileOptions = {}): Reconciliation {
  const notFound: FindingDraft = { code: 'table.not-found', detail: { sheets } };
  return result(sheets[0] ?? '', options.catalog ?? defaultCatalog(), options.lang ?? 'es', null, [], [], NO_TOTALS, [notFound]);
}

/** A reconciliation with a finding about the workbook around its sheet (`table.other-sheet`) put first. */
export function withWorkbookFinding(rec: Reconciliation, draft: FindingDraft): Reconciliation {
  const findings = [finalize(draft, rec.sheet, rec.catalog, rec.lang), ...rec.findings];
  return { ...rec, findings, summary: summarize(findings) };
}

/**
 * A reconciliation with findings from outside the sheet's own checks (`month.restated`, which
 * compares with an earlier check) merged in sheet order, as if the check had found them.
 */
export function withFindings(rec: Reconciliation, drafts: readonly FindingDraft[]): Reconciliation {
  if (drafts.length === 0) return rec;
  const rank = (key?: string): number => (key === undefined ? -1 : rec.catalog.indicators.findIndex((i) => i.key === key));
  const at = (f: Finding) => (f.cell !== undefined ? parseA1(f.cell) : null) ?? { row: 0, col: 0 };
  const added = drafts.map((d) => finalize(d, rec.sheet, rec.catalog, rec.lang));
  const findings = [...rec.findings, ...added].sort(
    (a, b) => at(a).row - at(b).row || rank(a.indicator) - rank(b.indicator) || at(a).col - at(b).col || a.code.localeCompare(b.code),
  );
  return { ...rec, findings, summary: summarize(findings) };
}

const NO_TOTALS: Reconciliation['totals'] = { reported: {}, computed: {}, reconciled: {} };

function result(
  sheet: string,
  catalog: Catalog,
  lang: Lang,
  table: TableInfo | null,
  months: readonly MonthRow[],
  adjustments: readonly AdjustmentRow[],
  totals: Reconciliation['totals'],
  drafts: readonly FindingDraft[],
): Reconciliation {
  const findings = orderDrafts(drafts, catalog).map((d) => finalize(d, sheet, catalog, lang));
  return { sheet, table, months, adjustments, totals, findings, summary: summarize(findings), catalog, lang };
}

/** Sheet order (row, then catalog order), so the same sheet in another column order reads the same. */
function orderDrafts(drafts: readonly FindingDraft[], catalog: Catalog): FindingDraft[] {
  const rank = (key?: string): number => (key === undefined ? -1 : catalog.indicators.findIndex((i) => i.key === key));
  return [...drafts].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a.indicator) - rank(b.indicator) || (a.col ?? 0) - (b.col ?? 0) || a.code.localeCompare(b.code),
  );
}

function finalize(d: FindingDraft, sheet: string, catalog: Catalog, lang: Lang): Finding {
  const cell = d.row !== undefined && d.col !== undefined ? a1(d.row, d.col) : undefined;
  const finding: Finding = {
    code: d.code,
    severity: SEVERITY_OF[d.code],
    sheet,
    ...(cell !== undefined ? { cell } : {}),
    ...(d.rowLabel !== undefined ? { rowLabel: d.rowLabel } : {}),
    ...(d.month !== undefined ? { month: d.month } : {}),
    ...(d.indicator !== undefined ? { indicator: d.indicator } : {}),
    ...(d.expected !== undefined ? { expected: toJson(d.expected) } : {}),
    ...(d.actual !== undefined ? { actual: toJson(d.actual) } : {}),
    ...(d.expected !== undefined && d.actual !== undefined ? { difference: toJson(subtract(d.actual, d.expected)) } : {}),
    ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    message: '',
  };
  return { ...finding, message: messageFor(d, { sheet, cell, catalog, lang }) };
}
