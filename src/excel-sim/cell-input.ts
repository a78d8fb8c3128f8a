import type { CellValue } from './cell-value';
import { CellError } from './cell-value';
import { GENERAL } from './number-format';
import { serialOfDate } from './serial-date';

/**
 * How Excel takes a value written through `Range.values` (or typed by a user): like typed
 * input, so `"12.5"` becomes the number 12.5, `"=A1+B1"` a formula, `"#N/A"` the error and
 * `"2024-01-31"` a date. The API payload is JSON, so what JSON cannot carry (a Date, NaN)
 * arrives as JSON makes it.
 */
export type CellInput =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: CellValue; readonly numberFormat?: string }
  | { readonly kind: 'formula'; readonly formula: string };

const UNCHANGED: CellInput = { kind: 'unchanged' };
const BLANK: CellInput = { kind: 'blank' };

/** en-US number text: optional sign, thousands commas in groups of three, decimals, exponent. */
const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT_TEXT = /^([+-]?(\d+)?(\.\d+)?)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel applies its short date format to a date it recognises in input. */
export const SHORT_DATE_FORMAT = 'm/d/yyyy';

/**
 * Reads one written value. `currentFormat` matters: a cell formatted as text (`@`) keeps
 * whatever is written as text. Returns null for a value JSON cannot carry as a cell
 * (an object), which the host rejects as an invalid argument.
 */
export function readCellInput(raw: unknown, currentFormat: string): CellInput | null {
  const transported = raw instanceof Date ? raw.toJSON() : raw;
  if (transported === null || transported === undefined) return UNCHANGED;
  if (typeof transported === 'number') {
    return Number.isFinite(transported) ? { kind: 'value', value: transported } : UNCHANGED;
  }
  if (typeof transported === 'boolean') return { kind: 'value', value: transported };
  if (typeof transported !== 'string') return null;
  if (transported === '') return BLANK;
  if (currentFormat === '@') return { kind: 'value', value: transported };
  return readText(transported, currentFormat);
}

function readText(text: string, currentFormat: string): CellInput {
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const error = CellError.parse(text);
  if (error) return { kind: 'value', value: error };
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const trimmed = text.trim();
  if (/\d/.test(trimmed) && NUMBER_TEXT.test(trimmed)) {
    return { kind: 'value', value: Number(trimmed.replace(/,/g, '')) };
  }
  const percent = PERCENT_TEXT.exec(trimmed);
  if (percent && /\d/.test(percent[1]!)) {
    const decimals = percent[3] ? percent[3].length - 1 : 0;
    const format = decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
    return withFormat(Number(percent[1]) / 100, format, currentFormat);
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day && year >= 1900) {
      return withFormat(serialOfDate(year, month, day), SHORT_DATE_FORMAT, currentFormat);
    }
  }
  return { kind: 'value', value: text };
}

/** Input that implies a format sets it only on cells still in General. */
function withFormat(value: number, implied: string, currentFormat: string): CellInput {
  return currentFormat === GENERAL ? { kind: 'value', value, numberFormat: implied } : { kind: 'value', value };
}
