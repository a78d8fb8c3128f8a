import type { CalendarDate, Grid, Workbook } from '../domain/grid';
import { locateTable } from '../domain/locate';
import { defaultCatalog } from '../domain/catalog';
import { localCalendarDate } from '../domain/host-cells';
import type { Reconciliation } from '../domain/reconciliation';
import { planReport } from '../workflow/report-plan';
import type { CuadreHost, HostCapabilities, ReadProgress, ReportOptions } from '../taskpane/host';
import { activateSheet, fixTextNumbers, selectCell } from './cell-operations';
import { DocumentSettings } from './document-settings';
import { applyHighlights, removeHighlights } from './highlight';
import { guarded } from './office-errors';
import { queueUsedArea, readArea } from './read-sheet';
import { queueChart, queueLayout } from './write-layout';

/**
 * The Office.js implementation of the task pane's port: the only place that calls
 * `Excel.run`. Each operation is a few syncs whatever the size of the table; every Office
 * error reaches the pane as a `HostFailure`.
 */

export interface OfficeEnvironment {
  readonly excel: typeof Excel;
  readonly office: typeof Office;
  /** Today, for the report's footnote (the domain has no clock). */
  readonly today?: () => CalendarDate;
}

export function detectCapabilities(office: typeof Office): HostCapabilities {
  const supports = (version: string): boolean => office.context.requirements.isSetSupported('ExcelApi', version);
  return { undoGroup: supports('1.20'), notes: supports('1.18') };
}

export function createOfficeHost(env: OfficeEnvironment = { excel: Excel, office: Office }): CuadreHost {
  const { excel, office } = env;
  const capabilities = detectCapabilities(office);
  const settings = new DocumentSettings(office.context.document.settings);
  const today = env.today ?? ((): CalendarDate => localCalendarDate(new Date()));
  /** Writes are one Ctrl+Z step where Excel can group them (ExcelApi 1.20). */
  const write = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    guarded(() => (capabilities.undoGroup ? excel.run({ mergeUndoGroup: true, delayForCellEdit: true }, batch) : excel.run(batch)));
  const read = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => guarded(() => excel.run(batch));

  return {
    displayLanguage: office.context.displayLanguage,
    capabilities: () => capabilities,
    readWorkbook: (onProgress) => read((context) => readWorkbook(context, onProgress)),
    selectCell: (sheet, cell) => read((context) => selectCell(context, sheet, cell)),
    activateSheet: (sheet) => read((context) => activateSheet(context, sheet)),
    highlight: async (findings) => {
      const record = await write((context) => applyHighlights(context, findings, settings.highlights(), capabilities.notes));
      await guarded(() => settings.storeHighlights(record));
    },
    clearHighlights: async () => {
      await write((context) => removeHighlights(context, settings.highlights()));
      await guarded(() => settings.storeHighlights([]));
    },
    fixTextNumbers: (fixes) => write((context) => fixTextNumbers(context, fixes)),
    insertReport: (reconciliation, options) => write((context) => insertReport(context, reconciliation, options, today())),
    loadSettings: () => Promise.resolve(settings.stored()),
    saveSettings: (values) => guarded(() => settings.store({ tolerance: values.tolerance, catalog: values.catalog })),
  };
}

/**
 * The active sheet first (two syncs: its size and names, then its cells); the other sheets
 * only when the active one holds no table (RECONCILIATION.md §2: the sheet whose table is found).
 */
export async function readWorkbook(context: Excel.RequestContext, onProgress: (p: ReadProgress) => void): Promise<Workbook> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  const activeArea = queueUsedArea(active);
  await context.sync();
  const activeName = active.name;
  const first = await readArea(context, activeArea(), activeName, onProgress);
  // A probe with the default catalog: with a unit's own catalog it may read more sheets, never fewer.
  if (locateTable(first, defaultCatalog()).found) return { sheets: [first], activeSheet: activeName };

  const others = sheets.items.filter((s) => s.name !== activeName);
  const areas = others.map((s) => queueUsedArea(s));
  await context.sync();
  const grids: Grid[] = [first];
  for (const [i, area] of areas.entries()) grids.push(await readArea(context, area(), others[i]!.name, onProgress));
  return { sheets: grids, activeSheet: activeName };
}

/**
 * Writes the report src/workflow plans (gate, draft, layout, name) on a new sheet: two syncs.
 * A plan that refuses is the pane's mistake (it offers the insertion only when the gate lets
 * it, or as a draft): nothing is written.
 */
export async function insertReport(
  context: Excel.RequestContext,
  reconciliation: Reconciliation,
  options: ReportOptions,
  generatedOn: CalendarDate,
): Promise<{ sheetName: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const plan = planReport(reconciliation, {
    adjustments: options.adjustments,
    lang: options.lang,
    draft: options.draft ?? false,
    ...(options.source !== undefined ? { source: options.source } : {}),
    generatedOn,
    takenSheetNames: sheets.items.map((s) => s.name),
  });
  if (plan.kind === 'refused') throw new Error(`insertReport: the report is refused (${plan.reason}); the pane offers a draft instead`);
  const { layout, sheetName } = plan;
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = sheets.add(sheetName);
  queueLayout(sheet, layout);
  if (options.chart) queueChart(sheet, layout);
  sheet.activate();
  await context.sync();
  return { sheetName };
}
