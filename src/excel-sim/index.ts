/**
 * excel-sim: an in-memory Excel host that behaves like the Office.js runtime where the add-in
 * depends on it (load/sync, errors, limits, requirement sets). See docs/excel-sim.md.
 */
export { createExcelSim, WEB_PAYLOAD_LIMIT_BYTES } from './create-excel-sim';
export type { ExcelSim, ExcelSimOptions } from './create-excel-sim';
export type { SheetSeed, SeedCell, SeedCellSpec, SeedValue } from './seed';
export type { SheetSnapshot, CellSnapshot, ChartSnapshot } from './snapshot';
export type { SyncStats, SyncRecord } from './sync-stats';
export type { WorkbookChange, ChangeListener } from './host';
export type { ExcelNamespace, RunOptions } from './excel-namespace';
export type { OfficeNamespace, Platform } from './office-namespace';
export { RichApiError, ErrorCodes } from './rich-api-error';
export type { DebugInfo, ErrorCode } from './rich-api-error';
export { READ_LIMIT_CELLS } from './range-cells';
export type { RequestContext } from './request-context';
export type { Range } from './proxies/range';
export type { Worksheet } from './proxies/worksheet';
