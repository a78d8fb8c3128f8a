import type { Grid, Workbook } from '../../src/domain/grid';
import type { CuadreHost, HostCapabilities } from '../../src/workflow/port';
import type { StoredSettings } from '../../src/workflow/settings';
import { MEMO_SHEET, gridFrom, memoGrid, memoRows } from '../support/workbook-builder';

export interface FakeOptions {
  readonly displayLanguage?: string;
  readonly capabilities?: Partial<HostCapabilities>;
  readonly sheets?: readonly Grid[];
  readonly stored?: StoredSettings;
  /** The «Revisado» marks the workbook holds. */
  readonly reviews?: unknown;
  /** The last check the document keeps for the sheet (last-check.ts), as stored. */
  readonly lastCheck?: unknown;
  /** The pane's options the workbook keeps (pane-options.ts), as stored. */
  readonly paneOptions?: unknown;
  /** The workbook keeps highlights of an earlier session. */
  readonly highlightsOn?: boolean;
}

/** The worksheet id the fake keeps every last check under. */
export const FAKE_SHEET_ID = '{FAKE-SHEET-1}';

type Method = Exclude<keyof CuadreHost, 'displayLanguage'>;
type Args<K extends Method> = Parameters<CuadreHost[K]>;
type Ret<K extends Method> = ReturnType<CuadreHost[K]>;

/** A workbook port in memory: every method a jest mock, reading the given sheets (the memo by default). */
export function fakeHost(options: FakeOptions = {}) {
  const sheets = options.sheets ?? [memoGrid()];
  const workbook: Workbook = { sheets, activeSheet: sheets[0]?.sheet };
  // As the adapter keeps it: a highlight with cells records them, a clear drops the record.
  let highlighted = options.highlightsOn ?? false;
  /** Who listens to sheet activations (`activate` below plays the user clicking a tab). */
  const activationListeners = new Set<(sheet: string) => void>();
  const host = {
    displayLanguage: options.displayLanguage ?? 'es-EC',
    capabilities: jest.fn<Ret<'capabilities'>, Args<'capabilities'>>(() => ({ undoGroup: true, notes: false, printSetup: true, ...options.capabilities })),
    readWorkbook: jest.fn<Ret<'readWorkbook'>, Args<'readWorkbook'>>(async (_request, onProgress) => {
      workbook.sheets.forEach((grid, n) => onProgress({ sheet: grid.sheet, done: n + 1, total: workbook.sheets.length }));
      return workbook;
    }),
    selectCell: jest.fn<Ret<'selectCell'>, Args<'selectCell'>>(async () => undefined),
    highlight: jest.fn<Ret<'highlight'>, Args<'highlight'>>(async (findings) => {
      highlighted = findings.some((f) => f.cell !== undefined);
      return { lostSheets: [] };
    }),
    clearHighlights: jest.fn<Ret<'clearHighlights'>, Args<'clearHighlights'>>(async () => {
      highlighted = false;
      return { lostSheets: [] };
    }),
    highlightsOn: jest.fn<Ret<'highlightsOn'>, Args<'highlightsOn'>>(async () => highlighted),
    fixTextNumbers: jest.fn<Ret<'fixTextNumbers'>, Args<'fixTextNumbers'>>(async (fixes) => ({ fixed: fixes.length, changed: 0 })),
    insertReport: jest.fn<Ret<'insertReport'>, Args<'insertReport'>>(async () => ({ sheetName: 'Informe 2024' })),
    activateSheet: jest.fn<Ret<'activateSheet'>, Args<'activateSheet'>>(async () => undefined),
    loadSettings: jest.fn<Ret<'loadSettings'>, Args<'loadSettings'>>(async () => options.stored ?? {}),
    saveSettings: jest.fn<Ret<'saveSettings'>, Args<'saveSettings'>>(async () => undefined),
    loadPaneOptions: jest.fn<Ret<'loadPaneOptions'>, Args<'loadPaneOptions'>>(async () => options.paneOptions),
    savePaneOptions: jest.fn<Ret<'savePaneOptions'>, Args<'savePaneOptions'>>(async () => undefined),
    loadReviews: jest.fn<Ret<'loadReviews'>, Args<'loadReviews'>>(async () => options.reviews),
    saveReviews: jest.fn<Ret<'saveReviews'>, Args<'saveReviews'>>(async () => undefined),
    onSheetEdited: jest.fn<Ret<'onSheetEdited'>, Args<'onSheetEdited'>>(async () => async () => undefined),
    onSheetActivated: jest.fn<Ret<'onSheetActivated'>, Args<'onSheetActivated'>>(async (listen) => {
      activationListeners.add(listen);
      return async () => void activationListeners.delete(listen);
    }),
    loadLastCheck: jest.fn<Ret<'loadLastCheck'>, Args<'loadLastCheck'>>(async () => options.lastCheck ?? null),
    // The memo's sheet as the Office adapter would name it: the pane watches edits by this id.
    storeLastCheck: jest.fn<Ret<'storeLastCheck'>, Args<'storeLastCheck'>>(async () => FAKE_SHEET_ID),
    appendAuditRows: jest.fn<Ret<'appendAuditRows'>, Args<'appendAuditRows'>>(async () => ({ sheetName: 'Registro Cuadre', created: false })),
  } satisfies CuadreHost;
  return {
    ...host,
    /** The user brings a sheet to the front in Excel: the pane hears it as from onActivated. */
    activate: (sheet: string): void => activationListeners.forEach((listen) => listen(sheet)),
  };
}

export type FakeHost = ReturnType<typeof fakeHost>;

/** The memo with its adjustment carried up to MORA and TOTAL on its own row and in the totals: nothing to report. */
export function cleanMemoGrid(): Grid {
  return gridFrom(cleanMemoRows(), { sheet: MEMO_SHEET });
}

export function cleanMemoRows(): unknown[][] {
  const rows = memoRows().map((row) => [...row]);
  const adjustment = rows.find((row) => String(row[0]).startsWith('IESS-'));
  const totals = rows.find((row) => row[0] === 'TOTAL');
  if (!adjustment || !totals) throw new Error('the memo has no adjustment or totals row');
  [adjustment[1], adjustment[3]] = [122471.11, 122471.11];
  [totals[1], totals[3]] = [150374057.48, 9298149.56];
  return rows;
}

/** The memo with its amounts typed as text (`12.742.937,65`): every amount is a fixable `cell.text-number`. */
export function textMemoGrid(): Grid {
  return memoGrid({ amountsAs: 'text' });
}
