import type { CalendarDate, Cell } from './grid';

/**
 * What both host adapters need to turn a raw value into a grid cell: Excel keeps dates as
 * serial numbers and tells them apart only by the number format, and error values arrive
 * as strings such as `#REF!`.
 */

/** The error values Excel shows; `Range.values` gives them as these strings. */
export const EXCEL_ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
] as const;

const ERROR_VALUES = new Set<string>(EXCEL_ERROR_VALUES);

export function isErrorValue(text: string): boolean {
  return ERROR_VALUES.has(text.trim().toUpperCase());
}

/**
 * A number format shows a date when, outside quoted text, brackets and escapes, it has a
 * day, month or year token (d, m, y); `m` next to h or s means minutes, which alone is a time.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (/^general$/.test(bare.trim())) return false;
  return /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's 1900 date system (serial 60 is the fictitious 29 Feb 1900; later serials are real). */
export function dateFromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  const d = new Date(EXCEL_EPOCH_UTC + whole * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function serialFromDate(date: CalendarDate): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - EXCEL_EPOCH_UTC) / DAY_MS);
}

/** The day a host's clock says it is where the user is (the domain itself has no clock). */
export function localCalendarDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** A moment on the host's clock, where the user is: the day and the time to the second. */
export interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The day and time a host's clock says it is where the user is (a check's record, an audit row). */
export function localDateTime(date: Date): LocalDateTime {
  return { ...localCalendarDate(date), hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds() };
}

/** A JavaScript Date from a file reader (exceljs gives UTC midnight) as a calendar date. */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A raw host value to a cell: numbers with a date format become dates, `#…` error strings
 * become errors, empty strings become blank.
 */
export function cellFromHostValue(value: unknown, numberFormat?: string, dateSerialOffset = 0): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat)) {
      // A 1904 workbook's serials are 1,462 days behind the 1900 system's (the host says which).
      const date = dateFromSerial(value + dateSerialOffset);
      if (date) return { kind: 'date', value: date };
    }
    return { kind: 'number', value };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value: calendarDateOf(value) };
  const text = String(value);
  if (text === '') return undefined;
  if (isErrorValue(text)) return { kind: 'error', value: text.trim().toUpperCase() };
  return { kind: 'text', value: text };
}
