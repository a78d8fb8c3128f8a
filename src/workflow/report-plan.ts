import type { Finding } from '../domain/findings';
import type { CalendarDate } from '../domain/grid';
import type { Lang } from '../domain/money';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { type Claim, buildReport } from '../report';
import type { SheetLayout } from '../report/layout';
import { reportSheetName } from '../report/sheet-name';
import { type ReportGate, reportGate } from './report-gate';

/**
 * The report as both hosts write it (STYLE.md 14): whether it may be written (the gate of
 * RECONCILIATION.md §5b), final or draft, its layout and its sheet's name. The CLI and the
 * pane only write what the plan says.
 */

export interface ReportRequest {
  readonly adjustments: AdjustmentPolicy;
  readonly lang: Lang;
  /** Write it although errors are unresolved, as a draft (`--draft`, «Insertar borrador»). */
  readonly draft: boolean;
  /** The analyst's source line; the file (or sheet) and range when absent. */
  readonly source?: string;
  /** The base name of the file the figures come from (the CLI's input). */
  readonly file?: string;
  readonly generatedOn: CalendarDate;
  /** The workbook's sheet names, so the report's name is free. */
  readonly takenSheetNames: readonly string[];
  readonly version?: string;
}

export type ReportPlan =
  /** Nothing is written: no table, or unresolved errors and no draft asked for. */
  | { readonly kind: 'refused'; readonly reason: 'no-table' | 'unresolved'; readonly gate: ReportGate; readonly findings: readonly Finding[] }
  | {
      readonly kind: 'write';
      /** Written although errors are unresolved: the CLI still exits 1. */
      readonly draft: boolean;
      readonly gate: ReportGate;
      readonly layout: SheetLayout;
      readonly claims: readonly (Claim & { readonly row: number })[];
      readonly sheetName: string;
    };

export function planReport(reconciliation: Reconciliation, request: ReportRequest): ReportPlan {
  const gate = reportGate(reconciliation);
  if (reconciliation.table === null) return { kind: 'refused', reason: 'no-table', gate, findings: reconciliation.findings.filter((f) => f.severity === 'error') };
  if (!gate.final && !request.draft) return { kind: 'refused', reason: 'unresolved', gate, findings: gate.unresolved };
  // A draft asked for when nothing is unresolved is a final report: BORRADOR would not be so.
  const draft = !gate.final;
  const { layout, claims } = buildReport(reconciliation, {
    adjustments: request.adjustments,
    lang: request.lang,
    generatedOn: request.generatedOn,
    resolved: gate.resolved,
    unresolved: gate.unresolved,
    draft,
    ...(request.source !== undefined && request.source.trim() !== '' ? { source: request.source.trim() } : {}),
    ...(request.file !== undefined ? { file: request.file } : {}),
    ...(request.version !== undefined ? { version: request.version } : {}),
  });
  const sheetName = reportSheetName(request.takenSheetNames, reconciliation.table.year, request.lang, draft);
  return { kind: 'write', draft, gate, layout, claims, sheetName };
}
