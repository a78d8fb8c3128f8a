import type { Finding } from '../domain/findings';
import type { CalendarDate } from '../domain/grid';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import type { AdjustmentPolicy } from '../report/adjustments';
import { buildReport } from '../report/build-report';
import type { Claim } from '../report/footnote';
import type { SheetLayout } from '../report/layout';
import { reportSheetName } from '../report/sheet-name';
import { type ReportGate, reportGate } from './report-gate';

/**
 * What a report will be, decided once for both hosts (STYLE.md 14): whether it may be written
 * (the gate of RECONCILIATION.md §5b), final or draft, its layout and the name of its sheet.
 * The CLI writes the plan into a copy of the file, the add-in into the open workbook; neither
 * lays out a report or decides on one itself.
 */

export interface ReportRequest {
  readonly adjustments: AdjustmentPolicy;
  readonly lang: Lang;
  /** Write it although errors are unresolved, as a draft (`--draft`, «Insertar borrador»). */
  readonly draft?: boolean;
  /** The day the report is made (the host's clock; the layout has none). */
  readonly generatedOn: CalendarDate;
  /** The analyst's source line (`--source`, the pane's setting); the file (or sheet) and range when absent. */
  readonly source?: string;
  /** The base name of the file the figures come from (the CLI's input), for the default source line. */
  readonly file?: string;
  /** Whether the add-in draws the chart beside the table (the file writer has no charts). */
  readonly chart?: boolean;
  /** Cuadre's version, for the footnote's provenance line. */
  readonly version?: string;
}

/** A report to write. */
export interface WritePlan {
  readonly kind: 'write';
  /** Written although errors are unresolved: BORRADOR in the title, the CLI exits 1. */
  readonly draft: boolean;
  readonly gate: ReportGate;
  readonly layout: SheetLayout;
  /** The footnote's sentences, each with the predicate it holds by on `layout`. */
  readonly claims: readonly (Claim & { readonly row: number })[];
  /** The name wanted; a writer numbers it ` (2)`… when the workbook already has it. */
  readonly sheetName: string;
  readonly chart: boolean;
}

/** Nothing is written: no table, or unresolved errors and no draft asked for. */
export interface RefusedPlan {
  readonly kind: 'refused';
  readonly reason: 'no-table' | 'unresolved';
  readonly gate: ReportGate;
  /** Why: the unresolved errors (or what says the table was not found), with their cells. */
  readonly findings: readonly Finding[];
}

export type ReportPlan = WritePlan | RefusedPlan;

export function planReport(reconciliation: Reconciliation, request: ReportRequest): ReportPlan {
  const gate = reportGate(reconciliation);
  if (reconciliation.table === null)
    return { kind: 'refused', reason: 'no-table', gate, findings: reconciliation.findings.filter((f) => f.severity === 'error') };
  if (!gate.final && request.draft !== true) return { kind: 'refused', reason: 'unresolved', gate, findings: gate.unresolved };
  // A draft asked for when nothing is unresolved is the final report: BORRADOR would not be so.
  const draft = !gate.final;
  const source = request.source?.trim();
  const { layout, claims } = buildReport(reconciliation, {
    adjustments: request.adjustments,
    lang: request.lang,
    generatedOn: request.generatedOn,
    resolved: gate.resolved,
    unresolved: gate.unresolved,
    draft,
    ...(source ? { source } : {}),
    ...(request.file !== undefined ? { file: request.file } : {}),
    ...(request.version !== undefined ? { version: request.version } : {}),
  });
  const sheetName = reportSheetName([], reconciliation.table.year, request.lang, draft, reconciliation.table.period);
  return { kind: 'write', draft, gate, layout, claims, sheetName, chart: request.chart ?? false };
}

/** The plan when it must be a report (scripts, benches, tests on sheets the gate lets through). */
export function writable(plan: ReportPlan): WritePlan {
  if (plan.kind === 'refused') throw new Error(`the report is refused (${plan.reason}): ${plan.findings.map((f) => f.cell ?? f.code).join(', ')}`);
  return plan;
}
