import type { Grid, GridCell } from '../domain/grid';
import { cellFromHostValue, serialFromDate } from '../domain/host-cells';
import { LOG_MARKER, REPORT_MARKER } from '../report/marker';
import type { ReadProgress } from '../workflow/port';

/**
 * Reads a worksheet's used range into the domain's grid: one sync for its size, one per
 * chunk of rows for values, number formats and value types. Chunks keep each response well
 * under Excel on the web's 5 MB payload limit.
 */

/** ~30 bytes a cell for value, format and type in JSON: 60,000 cells stay under 2 MB. */
export const CELLS_PER_CHUNK = 60_000;

export interface UsedArea {
  readonly sheet: string;
  /** 0-based, as Office.js gives them. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Queues the load of a sheet's used-range size; read it after the next sync. */
export function queueUsedArea(sheet: Excel.Worksheet): () => UsedArea | null {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  sheet.load('name');
  return () =>
    used.isNullObject
      ? null
      : { sheet: sheet.name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
}

/** Which of Cuadre's markers a sheet carries: its report's, its audit log's. */
export interface CuadreMarks {
  readonly isReport: boolean;
  readonly isLog: boolean;
}

/** Queues the look-up of Cuadre's markers on a sheet (src/report/marker.ts); read them after the next sync. */
export function queueCuadreMarks(sheet: Excel.Worksheet): () => CuadreMarks {
  const report = sheet.names.getItemOrNullObject(REPORT_MARKER);
  const log = sheet.names.getItemOrNullObject(LOG_MARKER);
  return () => ({ isReport: !report.isNullObject, isLog: !log.isNullObject });
}

/** Columns in a sheet: a range as wide as this is a whole row, whose cell properties Excel gives as null. */
const SHEET_COLUMNS = 16_384;

/** The day the probe asks for, and its serial in the 1900 date system (45,292). */
const PROBE_DAY = { year: 2024, month: 1, day: 1 } as const;
const PROBE_SERIAL_1900 = serialFromDate(PROBE_DAY);

/**
 * Queues Excel's DATE(2024; 1; 1), which answers in the workbook's date system: after the sync,
 * the days to add to the workbook's serials to read them as 1900-system serials (0, or 1,462 in
 * a 1904 workbook). Office.js has no property for the date system; DATE is the documented probe.
 */
export function queueDateSerialOffset(context: Excel.RequestContext): () => number {
  const probe = context.workbook.functions.date(PROBE_DAY.year, PROBE_DAY.month, PROBE_DAY.day);
  probe.load('value');
  return () => (typeof probe.value === 'number' ? PROBE_SERIAL_1900 - probe.value : 0);
}

export async function readArea(
  context: Excel.RequestContext,
  area: UsedArea | null,
  sheetName: string,
  onProgress: (p: ReadProgress) => void,
  dateSerialOffset = 0,
): Promise<Grid> {
  if (area === null) return { sheet: sheetName, top: 1, left: 1, cells: [] };
  const sheet = context.workbook.worksheets.getItem(area.sheet);
  const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / area.columnCount));
  // A used range from column A to XFD is read as two ranges side by side, in the same sync:
  // either alone is bounded, so Excel hands over its cells.
  const blocks =
    area.columnCount >= SHEET_COLUMNS
      ? [
          { left: 0, width: area.columnCount - 1 },
          { left: area.columnCount - 1, width: 1 },
        ]
      : [{ left: 0, width: area.columnCount }];
  const cells: GridCell[][] = [];
  for (let first = 0; first < area.rowCount; first += rowsPerChunk) {
    const rows = Math.min(rowsPerChunk, area.rowCount - first);
    const ranges = blocks.map((block) => {
      const range = sheet.getRangeByIndexes(area.rowIndex + first, area.columnIndex + block.left, rows, block.width);
      range.load('values,numberFormat,valueTypes');
      return range;
    });
    // One sync per chunk is the point: each response stays under the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (let r = 0; r < rows; r++) {
      const [row, ...others] = ranges.map((range) => rowCells(range.values[r]!, range.numberFormat[r]!, range.valueTypes[r]!, dateSerialOffset));
      // Sparse rows stay sparse: cells are placed, not concatenated (`concat` and `flat` drop holes differently).
      others.forEach((cellsOf, i) => cellsOf.forEach((cell, c) => (row![blocks[i + 1]!.left + c] = cell)));
      cells.push(row!);
    }
    onProgress({ sheet: area.sheet, done: first + rows, total: area.rowCount });
  }
  return { sheet: area.sheet, top: area.rowIndex + 1, left: area.columnIndex + 1, cells };
}

function rowCells(values: readonly unknown[], formats: readonly unknown[], types: readonly string[], dateSerialOffset: number): GridCell[] {
  const row: GridCell[] = new Array(values.length);
  for (let c = 0; c < values.length; c++) {
    const type = types[c];
    if (type === 'Empty') continue;
    // Excel says which strings are errors; a typed '#N/A' text stays text.
    if (type === 'Error') row[c] = { kind: 'error', value: String(values[c]) };
    else if (type === 'String') row[c] = String(values[c]) === '' ? undefined : { kind: 'text', value: String(values[c]) };
    else row[c] = cellFromHostValue(values[c], typeof formats[c] === 'string' ? (formats[c] as string) : undefined, dateSerialOffset);
  }
  return row;
}
