import type { SeedCell, SheetSeed } from '../../src/excel-sim';
import { type Grid, type Workbook, a1, cellAt } from '../../src/domain/grid';
import type { HostileBook } from './hostile-workbooks';
import type { SheetSpec } from './workbook-builder';

/**
 * A workbook described as data (the row values `xlsxFrom` writes) as Excel holds it once it has
 * opened the file, for the in-memory Excel: what the add-in's adapter is handed over. Built from
 * the description, not from Cuadre's .xlsx reader, so that comparing the two hosts tests the
 * reader too. Excel hands over calculated values (a formula's cached result; a formula the file
 * holds no result for is calculated on opening), text as text whatever it spells, error values,
 * and numbers with their number format (a date format makes a serial a date).
 */

const SERIAL_ORIGIN_UTC = Date.UTC(1899, 11, 30);
/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;
/** What exceljs writes for a Date cell with no format of the sheet's own. */
const DATE_FORMAT = 'mm-dd-yy';
const AMOUNT_FORMAT = 'General';

/** What the file holds where the description says `text`, when that is not `text` itself. */
type Written = (text: string) => string;

function handedOver(value: unknown, spec: SheetSpec, date1904: boolean, written: Written): SeedCell {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return { value, numberFormat: spec.numFmt ?? AMOUNT_FORMAT };
  // Text is text, even `#N/A` typed as text or `12,5`.
  if (typeof value === 'string') return { value: written(asFileHoldsIt(value)), text: true };
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) {
    const serial = (value.getTime() - SERIAL_ORIGIN_UTC) / 86_400_000 - (date1904 ? DAYS_1900_TO_1904 : 0);
    return { value: serial, numberFormat: spec.numFmt ?? DATE_FORMAT };
  }
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  if (typeof value === 'object' && 'formula' in value) {
    if ('result' in value) return handedOver(value.result, spec, date1904, written);
    return { formula: `=${String(value.formula)}` };
  }
  throw new Error(`excel-handover: no cell for ${JSON.stringify(value)}`);
}

/**
 * Text as the file can hold it, and so as Excel reads it back: a lone surrogate has no UTF-8 (the
 * writer puts U+FFFD in its place) and XML turns every line end into `\n`.
 */
function asFileHoldsIt(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').replace(/\r\n?/g, '\n');
}

/**
 * The writer of the fixtures (exceljs) damages a very long text now and then: a surrogate pair
 * that falls on its 16 KiB buffer boundary becomes two U+FFFD in the file. Excel reads what the
 * file holds, so where the file's text (as a reader gives it) is the description's with only
 * such replacements, the file's is taken. Any other difference stays, and shows.
 */
export function damagedByWriter(grid: Grid | undefined): (row: number, col: number) => Written {
  return (row, col) => (text) => {
    const held = grid ? cellAt(grid, row, col) : undefined;
    if (held?.kind !== 'text' || held.value.length !== text.length || held.value === text) return text;
    for (let i = 0; i < text.length; i++) if (held.value[i] !== text[i] && held.value[i] !== '\ufffd') return text;
    return held.value;
  };
}

export function sheetHandedOver(spec: SheetSpec, date1904 = false, written?: Grid): SheetSeed {
  const [top, left] = [spec.top ?? 1, spec.left ?? 1];
  const fileText = damagedByWriter(written);
  return {
    name: spec.name,
    origin: a1(top, left),
    cells: spec.rows.map((row, r) => row.map((value, c) => handedOver(value, spec, date1904, fileText(top + r, left + c)))),
    ...(spec.merges ? { merges: spec.merges } : {}),
  };
}

/** The sheets (`written`: the file as a reader gives it, see `damagedByWriter`), and the active one as the file says (a tab index past the last is the first sheet). */
export function bookHandedOver(book: HostileBook, written?: Workbook): { sheets: SheetSeed[]; activeSheet?: string; date1904?: true } {
  const date1904 = book.options?.date1904 === true;
  const sheets = book.sheets.map((s, i) => sheetHandedOver(s, date1904, written?.sheets[i]));
  const active = book.options?.activeTab === undefined ? undefined : book.sheets[book.options.activeTab]?.name;
  // The workbook's date system goes with its serials: Excel's DATE answers in it.
  return { sheets, ...(active === undefined ? {} : { activeSheet: active }), ...(date1904 ? { date1904: true as const } : {}) };
}
