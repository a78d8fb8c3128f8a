import type { CalendarDate } from '../domain/grid';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { buildReportLayout } from '../report/build-report';
import type { SheetLayout } from '../report/layout';
import { reportSheetName } from '../report/sheet-name';

/**
 * What a report will be, decided once for both hosts: its layout and the name of its sheet.
 * The CLI writes the plan into a copy of the file, the add-in into the open workbook; neither
 * lays out a report itself.
 */

export interface ReportRequest {
  readonly adjustments: AdjustmentPolicy;
  readonly lang: Lang;
  /** The day the report is made (the host's clock; the layout has none). */
  readonly generatedOn: CalendarDate;
  /** Where the figures come from, as the reader should see it (the file's name, or the sheet's). */
  readonly source: string;
  /** Whether the add-in draws the chart beside the table (the file writer has no charts). */
  readonly chart?: boolean;
}

export interface ReportPlan {
  readonly layout: SheetLayout;
  /** The name wanted; a writer numbers it ` (2)`… when the workbook already has it. */
  readonly sheetName: string;
  readonly chart: boolean;
}

/** The report of a reconciliation; throws `ReportError('no-table')` when it found no table. */
export function planReport(reconciliation: Reconciliation, request: ReportRequest): ReportPlan {
  const layout = buildReportLayout(reconciliation, {
    adjustments: request.adjustments,
    lang: request.lang,
    generatedOn: request.generatedOn,
    source: request.source,
  });
  return { layout, sheetName: reportSheetName([], reconciliation.table?.year ?? null, request.lang), chart: request.chart ?? false };
}
