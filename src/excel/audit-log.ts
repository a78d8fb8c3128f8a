import { LOG_MARKER, LOG_MARKER_CELL } from '../report/marker';
import { freeSheetName } from '../report/sheet-name';
import type { AuditLogPlan, AuditValue } from '../workflow/audit-log';
import type { AuditLogWritten } from '../workflow/port';
import { queueDateSerialOffset } from './read-sheet';
import { POINTS_PER_CHARACTER, queueMarker } from './write-layout';

/**
 * Writes the audit log's rows (src/workflow/audit-log.ts decides what they hold) into the sheet
 * Cuadre marked as its log. Three syncs whatever the log's length: the sheet list; each sheet's
 * log marker and the used rows; the write. Nothing here decides what a row says.
 */

/** What a write did, so that a failed undo group can take it away (host.ts `Cleanup`). */
export interface AuditWrite {
  /** The sheet made for the log, when it was made. */
  created: string | null;
  /** The log and the block of rows written (0-based first row, row count), when rows went to an existing log. */
  rows: { readonly sheet: string; readonly first: number; readonly count: number; readonly width: number } | null;
}

export async function appendAuditRows(context: Excel.RequestContext, plan: AuditLogPlan, done: AuditWrite): Promise<AuditLogWritten> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const dateOffset = queueDateSerialOffset(context);
  await context.sync();
  // The log is the sheet with the marker, whatever the user renamed it to.
  const looked = sheets.items.map((sheet) => {
    const marker = sheet.names.getItemOrNullObject(LOG_MARKER);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    return { sheet, marker, used };
  });
  await context.sync();
  const found = looked.find((l) => !l.marker.isNullObject);

  let sheet: Excel.Worksheet;
  let name: string;
  let next: number;
  if (found) {
    sheet = found.sheet;
    name = found.sheet.name;
    next = found.used.isNullObject ? 0 : found.used.rowIndex + found.used.rowCount;
  } else {
    name = freeSheetName(
      sheets.items.map((s) => s.name),
      plan.sheetName,
    );
    // Added at the end and not activated: the analyst stays on the sheet checked.
    sheet = sheets.add(name);
    done.created = name;
    queueMarker(sheet, LOG_MARKER, LOG_MARKER_CELL);
    next = 0;
  }

  const width = plan.columns.length;
  // A log made now, or one the user emptied, starts with the header.
  if (next === 0) {
    const header = sheet.getRangeByIndexes(0, 0, 1, width);
    header.numberFormat = [plan.columns.map(() => '@')];
    header.values = [plan.columns.map((c) => c.header)];
    header.format.font.bold = plan.header.bold;
    header.format.fill.color = `#${plan.header.fill}`;
    header.format.wrapText = true;
    plan.columns.forEach((column, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    });
    sheet.freezePanes.freezeRows(1);
    next = 1;
  }
  const offset = dateOffset();
  const rows = sheet.getRangeByIndexes(next, 0, plan.rows.length, width);
  // Formats first, so that a text column's `@` keeps a sheet named `2024` as text.
  rows.numberFormat = plan.rows.map(() => plan.columns.map((c) => c.numberFormat));
  rows.values = plan.rows.map((row) => row.map((value) => cellValue(value, offset)));
  if (done.created === null) done.rows = { sheet: name, first: next, count: plan.rows.length, width };
  await context.sync();
  return { sheetName: name, created: done.created !== null };
}

/** What Excel is given for a value; a date serial in the workbook's date system (`offset`: read-sheet.ts). */
function cellValue(value: AuditValue, dateSerialOffset: number): string | number {
  if (value === null) return '';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.value;
    case 'date-time':
      return value.serial - dateSerialOffset;
  }
}

/** Takes away what a write left when its undo group failed: the log it made, or the rows it added. */
export async function undoAuditWrite(context: Excel.RequestContext, done: AuditWrite): Promise<void> {
  if (done.created !== null) context.workbook.worksheets.getItemOrNullObject(done.created).delete();
  else if (done.rows !== null) {
    const { sheet, first, count, width } = done.rows;
    context.workbook.worksheets.getItem(sheet).getRangeByIndexes(first, 0, count, width).clear('All');
  }
  await context.sync();
}
