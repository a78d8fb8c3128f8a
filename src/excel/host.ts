import type { CalendarDate, Grid, Workbook } from '../domain/grid';
import { locateTable } from '../domain/locate';
import { defaultCatalog } from '../domain/catalog';
import { localCalendarDate } from '../domain/host-cells';
import type { Reconciliation } from '../domain/reconciliation';
import { buildReportLayout } from '../report/build-report';
import { reportSheetName } from '../report/sheet-name';
import { type CuadreHost, type HostCapabilities, type ReadProgress, type ReportOptions, HostFailure } from '../taskpane/host';
import { activateSheet, fixTextNumbers, selectCell } from './cell-operations';
import { DocumentSettings } from './document-settings';
import { type HighlightFeatures, applyHighlights, removeHighlights, restoreCells } from './highlight';
import type { HighlightedCell } from './highlight-record';
import { HighlightStore } from './highlight-store';
import { guarded, isGroupFailure, toHostFailure } from './office-errors';
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
  return { undoGroup: supports('1.20'), notes: supports('1.18'), printSetup: supports('1.9') };
}

/** What a write undoes when its undo group failed half-way: run without a group, after the failure. */
type Cleanup = (context: Excel.RequestContext) => Promise<void>;

export function createOfficeHost(env: OfficeEnvironment = { excel: Excel, office: Office }): CuadreHost {
  const { excel, office } = env;
  const detected = detectCapabilities(office);
  /** Undo grouping is given up for the session once Excel fails a group (office-js #6711, #6491, #6255). */
  let groupWorks = detected.undoGroup;
  const supports = (version: string): boolean => office.context.requirements.isSetSupported('ExcelApi', version);
  const features: HighlightFeatures = { notes: detected.notes, fillDetail: supports('1.9') };
  /** ExcelApi 1.11: a batch waits while the user is typing in a cell instead of failing. */
  const waitForCellEdit = supports('1.11');
  const settings = new DocumentSettings(office.context.document.settings);
  /**
   * On the web, an internal error on a request carrying many cells is taken for one too large:
   * older builds answer an oversized request so (office-js #354, #1314).
   */
  const onTheWeb = String(office.context.platform) === 'OfficeOnline';
  const today = env.today ?? ((): CalendarDate => localCalendarDate(new Date()));
  const runOptions = (group: boolean): Excel.RunOptions => ({
    ...(group ? { mergeUndoGroup: true } : {}),
    ...(waitForCellEdit ? { delayForCellEdit: true } : {}),
  });
  const read = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => guarded(() => excel.run(runOptions(false), batch));

  /**
   * Writes are one Ctrl+Z step where Excel can group them (ExcelApi 1.20). When the group
   * fails (UndoNotSupported, or an internal error), what the batch wrote is taken away by
   * `cleanup`, grouping is off for the session, and the pane hears `no-undo`: it asks the user,
   * as on an Excel without grouping, before writing again.
   */
  const write = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, cleanup?: Cleanup, manyCells = false): Promise<T> => {
    if (!groupWorks) return guarded(() => excel.run(runOptions(false), batch), manyCells && onTheWeb);
    try {
      return await excel.run(runOptions(true), batch);
    } catch (error) {
      if (!isGroupFailure(error)) throw toHostFailure(error);
      groupWorks = false;
      if (cleanup) await guarded(() => excel.run(runOptions(false), cleanup));
      throw new HostFailure('no-undo', toHostFailure(error).detail);
    }
  };
  const store = new HighlightStore(settings, read);
  const undoPainted =
    (painted: readonly HighlightedCell[]): Cleanup =>
    (context) =>
      restoreCells(context, painted, features);

  return {
    displayLanguage: office.context.displayLanguage,
    capabilities: () => ({ ...detected, undoGroup: groupWorks }),
    readWorkbook: (onProgress) => read((context) => readWorkbook(context, onProgress)),
    selectCell: (sheet, cell) => read((context) => selectCell(context, sheet, cell)),
    activateSheet: (sheet) => read((context) => activateSheet(context, sheet)),
    highlight: async (findings) => {
      const previous = await store.load();
      const painted: HighlightedCell[] = [];
      const outcome = await write((context) => applyHighlights(context, findings, previous, features, painted), undoPainted(painted), true);
      await guarded(() => store.save(outcome.record));
      return { lostSheets: outcome.lostSheets };
    },
    clearHighlights: async () => {
      const previous = await store.load();
      const outcome = await write((context) => removeHighlights(context, previous, features), undefined, true);
      await guarded(() => store.save(outcome.record));
      return { lostSheets: outcome.lostSheets };
    },
    fixTextNumbers: (fixes) => write((context) => fixTextNumbers(context, fixes), undefined, true),
    insertReport: (reconciliation, options) => {
      let added: string | null = null;
      const removeSheet: Cleanup = async (context) => {
        if (added === null) return;
        context.workbook.worksheets.getItemOrNullObject(added).delete();
        await context.sync();
      };
      return write(
        (context) =>
          insertReport(context, reconciliation, options, today(), { printSetup: detected.printSetup }, (name) => {
            added = name;
          }),
        removeSheet,
      );
    },
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

/** Lays out the report and writes it on a new sheet with a free name: two syncs. */
export async function insertReport(
  context: Excel.RequestContext,
  reconciliation: Reconciliation,
  options: ReportOptions,
  generatedOn: CalendarDate,
  host: { readonly printSetup: boolean } = { printSetup: true },
  onSheetAdded: (name: string) => void = () => undefined,
): Promise<{ sheetName: string; skipped: readonly 'print-setup'[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const layout = buildReportLayout(reconciliation, { adjustments: options.adjustments, lang: options.lang, generatedOn, source: reconciliation.sheet });
  const sheetName = reportSheetName(
    sheets.items.map((s) => s.name),
    reconciliation.table?.year ?? null,
    options.lang,
  );
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = sheets.add(sheetName);
  onSheetAdded(sheetName);
  queueLayout(sheet, layout, { printSetup: host.printSetup });
  if (options.chart) queueChart(sheet, layout);
  sheet.activate();
  await context.sync();
  // Print setup needs ExcelApi 1.9 (pageLayout); Excel 2019 gets the table without it.
  return { sheetName, skipped: host.printSetup ? [] : ['print-setup'] };
}
