import { ValueType } from 'exceljs';
import type { Cell as ExcelCell } from 'exceljs';
import type { Cell, GridCell } from '../domain/grid';
import { calendarDateOf, cellFromHostValue, dateFromSerial, isDateFormat } from '../domain/host-cells';

/**
 * One exceljs cell as a grid cell, the same cell the Office.js adapter would hand over for it.
 * Depends on the cell alone (and the workbook's date system), so a streaming reader can use it.
 */
export function cellOf(cell: ExcelCell, date1904: boolean): GridCell {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      // exceljs repeats a merged range's value in every cell; Excel shows it in the master alone.
      return undefined;
    case ValueType.Formula: {
      // `cell.result`, not `cell.value.result`: exceljs's copy of the value drops results such as 0.
      const result: unknown = cell.result;
      if (result === undefined) return { kind: 'uncalculated', formula: cell.formula };
      return valueCell(result, cell.numFmt, date1904);
    }
    default:
      return valueCell(cell.value, cell.numFmt, date1904);
  }
}

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;
const SERIAL_ORIGIN_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function valueCell(value: unknown, format: string | undefined, date1904: boolean): GridCell {
  if (typeof value === 'number') return serialCell(value, format, date1904);
  if (value instanceof Date) return dateCell(value, format, date1904);
  if (typeof value !== 'object' || value === null) return cellFromHostValue(value);
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  return cellFromHostValue(plainText(value));
}

/** A number exceljs left as is; our date rule is not exceljs's, so it may still be a date. */
function serialCell(serial: number, format: string | undefined, date1904: boolean): Cell {
  const date = isDateFormat(format) ? dateFromSerial(date1904 ? serial + DAYS_1900_TO_1904 : serial) : null;
  return date ? { kind: 'date', value: date } : { kind: 'number', value: serial };
}

/**
 * exceljs makes a Date of every serial whose format has any of y, m, d, h, s; a time of day
 * alone is no date to the domain, so it goes back to its serial. (exceljs also drops a format's
 * backslash escapes as it reads it: `0\ \d\í\a\s` arrives as `0 días` and reads as a date.)
 */
function dateCell(date: Date, format: string | undefined, date1904: boolean): Cell {
  if (isDateFormat(format)) return { kind: 'date', value: calendarDateOf(date) };
  const serial = (date.getTime() - SERIAL_ORIGIN_UTC) / DAY_MS;
  return { kind: 'number', value: date1904 ? serial - DAYS_1900_TO_1904 : serial };
}

/** The text a person sees in a rich-text or hyperlink cell (whose text may be rich itself). */
function plainText(value: object): string {
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  if ('text' in value) {
    const { text } = value;
    return typeof text === 'object' && text !== null ? plainText(text) : String(text ?? '');
  }
  throw new Error(`exceljs cell value of an unknown shape: ${JSON.stringify(value)}`);
}
