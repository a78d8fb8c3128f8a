import type { Cell, GridCell } from '../domain/grid';
import { dateFromSerial } from '../domain/host-cells';
import { MalformedXml } from './xml-scan';

/**
 * One cell of the sheet's XML as a grid cell, the same cell the Office.js adapter would hand
 * over for it. A value the file's own types say cannot be (a number cell holding `doce`) is
 * `MalformedXml`: the file is damaged, and Excel itself would offer to repair it.
 */

/** A cell as the sheet's XML has it, before it means anything. */
export interface XlsxCell {
  /** The address, for messages. */
  readonly ref: string;
  /** The `t` attribute: `s`, `str`, `inlineStr`, `b`, `e`, `d`, `n` or none. */
  readonly type: string | undefined;
  /** `<v>`'s text (an inline string's text for `inlineStr`): '' for an empty `<v/>`, undefined without one. */
  readonly value: string | undefined;
  /** `<f>`'s text, a shared formula's follower getting the master's, moved; undefined without `<f>`. */
  readonly formula: string | undefined;
  /** Whether the number format of the cell's style shows a date. */
  readonly dateFormat: boolean;
}

export interface ReadOptions {
  /** The shared string table as cells (`sharedStringCells`): a text met a thousand times is one cell. */
  readonly sharedCells: readonly GridCell[];
  readonly date1904: boolean;
  /**
   * The workbook asks to be recalculated when it is opened (`fullCalcOnLoad`): its cached
   * results are placeholders (XlsxWriter writes 0 for every formula), not results.
   */
  readonly recalculate: boolean;
}

/**
 * A formula's cached result is typed by the cell's `t`, as any other value (§3): Gnumeric
 * keeps a text result as a shared string (`t="s"`), so its `<v>` is an index, never an amount.
 */
export function gridCellOf(cell: XlsxCell, options: ReadOptions): GridCell {
  const { type, value } = cell;
  if (cell.formula !== undefined) {
    // A formula written by a program that does not calculate carries no result.
    if (value === undefined) return { kind: 'uncalculated', formula: cell.formula };
    if (options.recalculate) return { kind: 'uncalculated', formula: cell.formula, stale: true };
    // `=IF(A1="";"";A1)` calculated to the empty text: LibreOffice writes `<v/>` with `t="str"`.
    if (value === '') return TEXT_TYPES.has(type ?? '') ? undefined : { kind: 'uncalculated', formula: cell.formula };
    return typedValue(cell, type, value, options);
  }
  return value !== undefined && value !== '' ? typedValue(cell, type, value, options) : undefined;
}

const TEXT_TYPES = new Set(['s', 'str', 'inlineStr']);

/** The shared string table as the cells that point at it read. */
export function sharedStringCells(strings: readonly string[]): GridCell[] {
  return strings.map(textCell);
}

/**
 * Text is what the file says it is: `#N/A` typed as text stays text (an error value has
 * `t="e"`), and only the empty text is blank. Excel hands the add-in the same.
 */
function textCell(text: string): GridCell {
  return text === '' ? undefined : { kind: 'text', value: text };
}

function typedValue(cell: XlsxCell, type: string | undefined, value: string, options: ReadOptions): GridCell {
  switch (type) {
    case 's': {
      const index = Number(value);
      if (!Number.isInteger(index) || index < 0 || index >= options.sharedCells.length)
        throw new MalformedXml(`${cell.ref}: no shared string «${value.slice(0, 40)}»`);
      return options.sharedCells[index];
    }
    case 'str':
    case 'inlineStr':
      return textCell(value);
    case 'b':
      if (value !== '0' && value !== '1' && value !== 'true' && value !== 'false') throw new MalformedXml(`${cell.ref}: «${value}» is no TRUE or FALSE`);
      return { kind: 'boolean', value: value === '1' || value === 'true' };
    case 'e':
      return { kind: 'error', value: value.trim().toUpperCase() };
    case 'd':
      return isoDateCell(cell, value);
    default:
      return serialCell(numberOf(cell, value), cell.dateFormat, options.date1904);
  }
}

/** xsd:double as the file writes it; not Infinity, not NaN, not hex. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function numberOf(cell: XlsxCell, value: string): number {
  const n = NUMBER.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new MalformedXml(`${cell.ref}: «${value.slice(0, 40)}» is no number`);
  return n;
}

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;

/**
 * A number, or a date when its format shows one and the serial is a day Excel can show; a
 * number too large or negative for a date is read as the number it is.
 */
function serialCell(serial: number, dateFormat: boolean, date1904: boolean): Cell {
  const date = dateFormat ? dateFromSerial(date1904 ? serial + DAYS_1900_TO_1904 : serial) : null;
  return date ? { kind: 'date', value: date } : { kind: 'number', value: serial };
}

/** `t="d"`: an ISO 8601 date (strict Open XML), such as `2024-01-31T00:00:00`. */
function isoDateCell(cell: XlsxCell, value: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value.trim());
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new MalformedXml(`${cell.ref}: «${value.slice(0, 40)}» is no date`);
  }
  return { kind: 'date', value: { year, month, day } };
}
