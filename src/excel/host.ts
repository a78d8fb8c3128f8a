import { type Grid, type Workbook, emptyGrid } from '../domain/grid';
import { freeSheetName } from '../report/sheet-name';
import { type CuadreHost, type HostCapabilities, type ReadProgress, type SheetRequest, HostFailure } from '../workflow/port';
import type { WritePlan } from '../workflow/report-plan';
import { type AuditWrite, appendAuditRows, undoAuditWrite } from './audit-log';
import { activateSheet, fixTextNumbers, selectCell } from './cell-operations';
import { DocumentSettings } from './document-settings';
import { type HighlightFeatures, applyHighlights, removeHighlights, restoreCells } from './highlight';
import { type HighlightedCell, isEmpty } from './highlight-record';
import { HighlightStore } from './highlight-store';
import { guarded, isGroupFailure, toHostFailure } from './office-errors';
import { type CuadreMarks, type UsedArea, queueDateSerialOffset, queueCuadreMarks, queueUsedArea, readArea } from './read-sheet';
import { queueChart, queueLayout, queueMarkAsReport } from './write-layout';

/**
 * The Office.js implementation of the task pane's port: the only place that calls
 * `Excel.run`. Each operation is a few syncs whatever the size of the table; every Office
 * error reaches the pane as a `HostFailure`.
 */

export interface OfficeEnvironment {
  readonly excel: typeof Excel;
  readonly office: typeof Office;
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
  /** ExcelApi 1.14: events say whether this add-in caused them (`triggerSource`). */
  const eventsSaySource = supports('1.14');
  let listening = false;
  /**
   * Without `triggerSource`, the add-in's events are turned off while it writes (ExcelApi 1.8
   * `runtime.enableEvents`), so its own writes never look like the user's edits.
   */
  const quietly =
    <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    async (context: Excel.RequestContext): Promise<T> => {
      if (!listening || eventsSaySource) return batch(context);
      context.runtime.enableEvents = false;
      try {
        return await batch(context);
      } finally {
        context.runtime.enableEvents = true;
      }
    };
  const write = async <T>(unquiet: (context: Excel.RequestContext) => Promise<T>, cleanup?: Cleanup, manyCells = false): Promise<T> => {
    const batch = quietly(unquiet);
    if (!groupWorks) return guarded(() => excel.run(runOptions(false), batch), manyCells && onTheWeb);
    try {
      return await excel.run(runOptions(true), batch);
    } catch (error) {
      if (!isGroupFailure(error)) throw toHostFailure(error);
      groupWorks = false;
      if (cleanup) await guarded(() => excel.run(runOptions(false), quietly(cleanup)));
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
    readWorkbook: (request, onProgress) => read((context) => readWorkbook(context, request, onProgress)),
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
    // The record is dropped when it is emptied (highlight-store.ts), so a kept one has cells to restore.
    highlightsOn: async () => !isEmpty(await guarded(() => store.load())),
    fixTextNumbers: (fixes) => write((context) => fixTextNumbers(context, fixes), undefined, true),
    insertReport: (plan) => {
      let added: string | null = null;
      const removeSheet: Cleanup = async (context) => {
        if (added === null) return;
        context.workbook.worksheets.getItemOrNullObject(added).delete();
        await context.sync();
      };
      return write(
        (context) =>
          insertReport(context, plan, { printSetup: detected.printSetup }, (name) => {
            added = name;
          }),
        removeSheet,
      );
    },
    appendAuditRows: (plan) => {
      const done: AuditWrite = { created: null, rows: null };
      return write(
        (context) => appendAuditRows(context, plan, done),
        (context) => undoAuditWrite(context, done),
      );
    },
    loadSettings: () => Promise.resolve(settings.stored()),
    saveSettings: (values) => guarded(() => settings.store({ tolerance: values.tolerance, catalog: values.catalog })),
    loadPaneOptions: () => Promise.resolve(settings.paneOptions()),
    savePaneOptions: (options) => guarded(() => settings.storePaneOptions(options)),
    loadReviews: () => Promise.resolve(settings.reviews()),
    saveReviews: (reviews) => guarded(() => settings.storeReviews(reviews)),
    onSheetEdited: async (onEdit) => {
      const heard = (args: Excel.WorksheetChangedEventArgs): void => {
        if (eventsSaySource && args.triggerSource === 'ThisLocalAddin') return;
        onEdit({ sheetId: args.worksheetId, address: args.address });
      };
      // Only onChanged: format changes (Cuadre's fills, or the user's) are not edits.
      const { context, handlers } = await read(async (context) => {
        const sheets = context.workbook.worksheets;
        let handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
        if (supports('1.9')) handlers = [sheets.onChanged.add(async (args) => heard(args))];
        else {
          // ExcelApi 1.7–1.8: one handler per sheet (sheets added later are not heard).
          sheets.load('items/name');
          await context.sync();
          handlers = sheets.items.map((sheet) => sheet.onChanged.add(async (args) => heard(args)));
        }
        await context.sync();
        return { context, handlers };
      });
      listening = true;
      return () =>
        guarded(() =>
          excel.run(context, async (again) => {
            for (const handler of handlers) handler.remove();
            await again.sync();
            listening = false;
          }),
        );
    },
    onSheetActivated: async (onActivate) => {
      // WorksheetActivatedEventArgs carries the sheet's id only (ExcelApi 1.7): its name is one more read.
      const nameOf = (id: string): Promise<string | null> =>
        read(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(id);
          sheet.load('name');
          await context.sync();
          return sheet.isNullObject ? null : sheet.name;
        });
      const heard = async (args: Excel.WorksheetActivatedEventArgs): Promise<void> => {
        // A sheet deleted before its name could be read was never in front for the pane to know;
        // a failed read has no caller to tell: the next activation corrects the pane.
        const name = await nameOf(args.worksheetId).catch(() => null);
        if (name !== null) onActivate(name);
      };
      // The collection's event also covers sheets added later, as the report's (ExcelApi 1.7).
      const { context, handler } = await read(async (context) => {
        const handler = context.workbook.worksheets.onActivated.add(heard);
        await context.sync();
        return { context, handler };
      });
      return () =>
        guarded(() =>
          excel.run(context, async (again) => {
            handler.remove();
            await again.sync();
          }),
        );
    },
    loadLastCheck: (sheet) =>
      read(async (context) => {
        const worksheets = context.workbook.worksheets;
        const worksheet = sheet === null ? worksheets.getActiveWorksheet() : worksheets.getItem(sheet);
        worksheet.load('id');
        await context.sync();
        return settings.lastChecks()[worksheet.id] ?? null;
      }),
    storeLastCheck: async (check) => {
      const sheets = await read(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/id,items/name');
        await context.sync();
        return worksheets.items.map((s) => ({ id: s.id, name: s.name }));
      });
      const sheet = sheets.find((s) => s.name === check.sheet.name);
      // Renamed or deleted since it was read: the check belongs to no sheet that is there now.
      if (!sheet) return null;
      // Records of deleted sheets go, so that the document's settings do not grow for ever.
      const kept = Object.fromEntries(Object.entries(settings.lastChecks()).filter(([id]) => sheets.some((s) => s.id === id)));
      await guarded(() => settings.storeLastChecks({ ...kept, [sheet.id]: { ...check, sheet: { id: sheet.id, name: sheet.name } } }));
      return sheet.id;
    },
  };
}

/**
 * The active sheet first (two syncs: the sheet list, its size and marker; then its cells), then,
 * unless the workflow's `request` settles on it, the others in tab order (one sync for their
 * sizes and markers, then their cells) until one settles the choice. A sheet the request does
 * not want comes back without cells.
 */
export async function readWorkbook(context: Excel.RequestContext, request: SheetRequest, onProgress: (p: ReadProgress) => void): Promise<Workbook> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  const activeArea = queueUsedArea(active);
  const activeMarks = queueCuadreMarks(active);
  const dateOffset = queueDateSerialOffset(context);
  await context.sync();
  const activeName = active.name;
  const read = (area: UsedArea | null, name: string, marks: CuadreMarks) => readWanted(context, request, area, name, marks, onProgress, dateOffset());
  const activeGrid = await read(activeArea(), activeName, activeMarks());
  if (activeGrid.read && request.settles(activeGrid.grid)) return { sheets: [activeGrid.grid], activeSheet: activeName };

  const others = sheets.items.filter((s) => s.name !== activeName).map((s) => ({ name: s.name, area: queueUsedArea(s), marks: queueCuadreMarks(s) }));
  await context.sync();
  // In tab order; once a sheet settles the choice, only the active sheet is still listed (its marker says why it was passed over).
  const grids: Grid[] = [];
  let settled = false;
  let next = 0;
  for (const sheet of sheets.items) {
    if (sheet.name === activeName) {
      grids.push(activeGrid.grid);
      continue;
    }
    const other = others[next++]!;
    if (settled) continue;
    const answer = await read(other.area(), other.name, other.marks());
    grids.push(answer.grid);
    settled = answer.read && request.settles(answer.grid);
  }
  return { sheets: grids, activeSheet: activeName };
}

async function readWanted(
  context: Excel.RequestContext,
  request: SheetRequest,
  area: UsedArea | null,
  name: string,
  marks: CuadreMarks,
  onProgress: (p: ReadProgress) => void,
  dateSerialOffset: number,
): Promise<{ grid: Grid; read: boolean }> {
  const marked = { ...(marks.isReport ? { isReport: true as const } : {}), ...(marks.isLog ? { isLog: true as const } : {}) };
  if (!request.wants({ name, ...marks })) return { grid: { ...emptyGrid(name), ...marked }, read: false };
  return { grid: { ...(await readArea(context, area, name, onProgress, dateSerialOffset)), ...marked }, read: true };
}

/** Writes a planned report on a new sheet with a free name, marked as Cuadre's: two syncs. */
export async function insertReport(
  context: Excel.RequestContext,
  plan: WritePlan,
  host: { readonly printSetup: boolean } = { printSetup: true },
  onSheetAdded: (name: string) => void = () => undefined,
): Promise<{ sheetName: string; skipped: readonly 'print-setup'[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const sheetName = freeSheetName(
    sheets.items.map((s) => s.name),
    plan.sheetName,
  );
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = sheets.add(sheetName);
  onSheetAdded(sheetName);
  queueLayout(sheet, plan.layout, { printSetup: host.printSetup });
  if (plan.chart) queueChart(sheet, plan.layout);
  queueMarkAsReport(sheet);
  sheet.activate();
  await context.sync();
  // Print setup needs ExcelApi 1.9 (pageLayout); Excel 2019 gets the table without it.
  return { sheetName, skipped: host.printSetup ? [] : ['print-setup'] };
}
