import { ApiSupport } from './api-support';
import { readCellInput } from './cell-input';
import { DocumentSettings } from './document-settings';
import type { ExcelNamespace } from './excel-namespace';
import { OfficeExtensionNamespace, createExcelNamespace } from './excel-namespace';
import type { ChangeListener } from './host';
import { ExcelHost } from './host';
import type { OfficeNamespace, Platform } from './office-namespace';
import { createOfficeNamespace } from './office-namespace';
import type { SheetSeed } from './seed';
import { seedSheet } from './seed';
import type { CellSnapshot, SheetSnapshot } from './snapshot';
import { sheetOf, snapshotCell, snapshotSheet } from './snapshot';
import { SyncStats } from './sync-stats';
import { WorkbookModel } from './workbook-model';
import { parseLocalAddress } from './a1';
import { eventsOf } from './worksheet-events';
import type { HostProfile } from './profiles';
import { WEB_PAYLOAD_LIMIT_BYTES, documentedProfile } from './profiles';

export { WEB_PAYLOAD_LIMIT_BYTES };

export interface ExcelSimOptions {
  /** The workbook's sheets in tab order; one empty `Sheet1` by default. */
  readonly sheets?: readonly SheetSeed[];
  /** The sheet the user is on; the first by default. */
  readonly activeSheet?: string;
  /** Highest ExcelApi requirement set the host implements; `1.20` by default. */
  readonly apiVersion?: string;
  /** `Office.context.displayLanguage`; `en-US` by default. */
  readonly displayLanguage?: string;
  /** Excel on the web (default) enforces the payload limit; desktop hosts do not. */
  readonly platform?: Platform;
  /** The request and response limit on the web, in bytes; 5 MiB by default. */
  readonly payloadLimitBytes?: number;
  /** Settings the document was saved with. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Author of notes and comments the add-in adds. */
  readonly userName?: string;
  /** The workbook counts date serials from 1904; cells are seeded with serials of that system. */
  readonly date1904?: boolean;
  /**
   * The Excel to play (profiles.ts `hostProfile`: host, requirement sets and the behaviours
   * reported for them). Without one, the Excel the reference documents, on `platform`.
   */
  readonly profile?: HostProfile;
}

export interface ExcelSim {
  readonly Excel: ExcelNamespace;
  readonly Office: OfficeNamespace;
  readonly OfficeExtension: typeof OfficeExtensionNamespace;
  /** The host's workbook model, for reads the helpers below do not cover. */
  readonly workbook: WorkbookModel;
  /** Round trips and their payload sizes; `stats.reset()` starts a new count. */
  readonly stats: SyncStats;
  /** A sheet (the active one by default) over its used range or the given block. */
  snapshot(sheetName?: string, address?: string): SheetSnapshot;
  cell(sheetName: string, address: string): CellSnapshot;
  /** Types into a cell as a user would (`"=SUM(B2:B13)"`, `"1200.5"`, `""` to clear). */
  edit(sheetName: string, address: string, input: string | number | boolean): void;
  /** The user clicks a cell: it becomes the sheet's selection (no worksheet event, as in Excel). */
  select(sheetName: string, address: string): void;
  /**
   * The user clicks a sheet's tab: it becomes the active one, views redraw, and the add-in's
   * `onActivated` handlers hear it (unless it turned its events off).
   */
  activate(sheetName: string): void;
  /** The settings as saved in the document by `saveAsync`. */
  savedSettings(): Record<string, unknown>;
  /** Called after each sync that changed the workbook or view, and after settings are saved. */
  onChange(listener: ChangeListener): () => void;
  /** Sets the `Excel`, `Office` and `OfficeExtension` globals; returns a function restoring them. */
  install(target?: object): () => void;
  /** The profile played. */
  readonly profile: HostProfile;
  /**
   * Closes the document and opens it again: unsaved settings are lost, and sheet ids change
   * where the profile says so (`sheetIdsOnReopen`).
   */
  reopen(): void;
  /** The user starts typing in a cell (Excel's cell-edit mode) until `endCellEdit`. */
  beginCellEdit(): void;
  endCellEdit(): void;
}

export function createExcelSim(options: ExcelSimOptions = {}): ExcelSim {
  const workbook = new WorkbookModel();
  workbook.date1904 = options.date1904 === true;
  for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) seedSheet(workbook, seed);
  if (options.activeSheet !== undefined) workbook.activeSheet = sheetOf(workbook, options.activeSheet);
  workbook.recalculateIfDirty();

  const base = options.profile ?? documentedProfile(options.platform ?? 'OfficeOnline', options.apiVersion ?? '1.20');
  const profile: HostProfile = {
    ...base,
    payloadLimitBytes: base.payloadLimitBytes === null ? null : (options.payloadLimitBytes ?? base.payloadLimitBytes),
  };
  const platform = profile.platform;
  const host = new ExcelHost(workbook, new ApiSupport(profile.apiVersion), new SyncStats(), profile, options.userName ?? 'Simulated User');
  const settings = new DocumentSettings(options.settings ?? {}, host);
  const globals = {
    Excel: createExcelNamespace(host),
    Office: createOfficeNamespace(host, settings, options.displayLanguage ?? 'en-US', platform),
    OfficeExtension: OfficeExtensionNamespace,
  };

  return {
    ...globals,
    workbook,
    stats: host.stats,
    snapshot: (sheetName, address) => snapshotSheet(workbook, sheetOf(workbook, sheetName), address),
    cell: (sheetName, address) => snapshotCell(sheetOf(workbook, sheetName), address),
    edit(sheetName, address, input) {
      const sheet = sheetOf(workbook, sheetName);
      const rect = parseLocalAddress(address);
      if (!rect) throw new Error(`excel-sim: '${address}' is not an address`);
      const typed = readCellInput(input, sheet.numberFormatAt(rect.row, rect.column));
      if (typed && sheet.applyInput(rect.row, rect.column, typed)) workbook.markDirty();
      workbook.recalculateIfDirty();
      host.notify({ kind: 'edit' });
      // A user's edit: onChanged with triggerSource Unknown (from ExcelApi 1.14).
      if (host.eventsEnabled) host.raise(eventsOf([{ kind: 'changed', ref: { sheet, rect } }], 'Unknown', host.api.isSetSupported('ExcelApi', '1.14')));
    },
    select(sheetName, address) {
      const rect = parseLocalAddress(address);
      if (!rect) throw new Error(`excel-sim: '${address}' is not an address`);
      sheetOf(workbook, sheetName).selection = rect;
      host.notify({ kind: 'view' });
    },
    activate(sheetName) {
      const sheet = sheetOf(workbook, sheetName);
      if (sheet === workbook.activeSheet) return;
      workbook.activeSheet = sheet;
      host.notify({ kind: 'view' });
      if (host.eventsEnabled) host.raise([{ type: 'WorksheetActivated', worksheetId: sheet.id }]);
    },
    savedSettings: () => settings.persisted(),
    profile,
    reopen() {
      settings.reopen();
      if (profile.sheetIdsOnReopen === 'positional') workbook.renumberSheets();
      host.notify({ kind: 'view' });
    },
    beginCellEdit: () => host.beginCellEdit(),
    endCellEdit: () => host.endCellEdit(),
    onChange: (listener) => host.onChange(listener),
    install(target = globalThis) {
      const slots = target as Record<string, unknown>;
      const previous = Object.fromEntries(Object.keys(globals).map((name) => [name, slots[name]]));
      Object.assign(slots, globals);
      return () => {
        Object.assign(slots, previous);
      };
    },
  };
}
