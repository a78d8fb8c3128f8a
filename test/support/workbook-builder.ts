import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import type { Cell, Grid, GridCell } from '../../src/domain/grid';
import { a1 } from '../../src/domain/grid';
import { calendarDateOf } from '../../src/domain/host-cells';
import { memoSheetRows } from '../../src/sample/memo-2024';

/**
 * Workbooks for tests, built in code. A row value is a number, a string (text), a boolean,
 * null/undefined/'' (blank), a Date or `{ date }` (date cell), `{ error: '#REF!' }`,
 * `{ formula }` (never calculated) or `{ formula, result }` (calculated). `xlsxFrom` also passes
 * any other exceljs value through as it is (rich text, hyperlinks, shared formulas).
 */

export interface Placement {
  readonly sheet?: string;
  /** 1-based sheet row and column of `rows[0][0]`. */
  readonly top?: number;
  readonly left?: number;
}

const DEFAULT_SHEET = 'Hoja1';

export function gridFrom(rows: readonly (readonly unknown[])[], opts: Placement = {}): Grid {
  return {
    sheet: opts.sheet ?? DEFAULT_SHEET,
    top: opts.top ?? 1,
    left: opts.left ?? 1,
    cells: rows.map((row) => row.map(gridCell)),
  };
}

function gridCell(value: unknown): GridCell {
  if (isBlankValue(value)) return undefined;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  const date = dateOf(value);
  if (date) return { kind: 'date', value: calendarDateOf(date) };
  if (typeof value === 'object' && value !== null) return objectCell(value);
  throw new Error(`gridFrom: no cell for ${String(value)}`);
}

function objectCell(value: object): Cell | undefined {
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  if ('formula' in value) {
    return 'result' in value ? gridCell(value.result) : { kind: 'uncalculated', formula: String(value.formula) };
  }
  throw new Error(`gridFrom: no cell for ${JSON.stringify(value)}`);
}

const isBlankValue = (value: unknown): boolean => value === null || value === undefined || value === '';

/** The date of a Date or of `{ date }`. */
function dateOf(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  const inner: unknown = typeof value === 'object' && value !== null && 'date' in value ? value.date : undefined;
  return inner instanceof Date ? inner : undefined;
}

export interface SheetSpec extends Placement {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  /** Ranges such as `B4:C4`. */
  readonly merges?: readonly string[];
  /** A number format for every cell written (a date format turns numbers into dates). */
  readonly numFmt?: string;
}

export interface BookOptions {
  readonly date1904?: boolean;
  /** Index of the tab that is active when the file opens. */
  readonly activeTab?: number;
}

/** Fixtures carry a fixed date, not the time they were written. */
const FIXTURE_DATE = new Date(Date.UTC(2025, 0, 1));

/** A real .xlsx, written by exceljs. */
export async function xlsxFrom(sheets: readonly SheetSpec[], opts: BookOptions = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = FIXTURE_DATE;
  book.modified = FIXTURE_DATE;
  book.properties.date1904 = opts.date1904 ?? false;
  if (opts.activeTab !== undefined) {
    book.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: opts.activeTab, visibility: 'visible' }];
  }
  for (const spec of sheets) writeSheet(book.addWorksheet(spec.name), spec);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function writeSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const [top, left] = [spec.top ?? 1, spec.left ?? 1];
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (isBlankValue(value)) return;
      const cell = sheet.getCell(top + r, left + c);
      cell.value = excelValue(value);
      if (spec.numFmt !== undefined) cell.numFmt = spec.numFmt;
    }),
  );
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
}

function excelValue(value: unknown): CellValue {
  return dateOf(value) ?? (value as CellValue);
}

export interface MemoOptions extends Placement {
  /** The memo's amounts as number cells (default) or as its es-EC text (`12.742.937,65`). */
  readonly amountsAs?: 'number' | 'text';
  /** Notes a person leaves around a table: a column to its right and rows below it. */
  readonly notes?: boolean;
}

export const MEMO_SHEET = 'Recaudación 2024';

/** The memo's table (A1:H19 when placed at A1, the table proper A4:H19) as a grid. */
export function memoGrid(opts: MemoOptions = {}): Grid {
  return gridFrom(memoRows(opts), { ...opts, sheet: opts.sheet ?? MEMO_SHEET });
}

/** The memo's table as an .xlsx, with `CHIMBORAZO` merged over TOTAL and OPORTUNA. */
export async function memoXlsx(opts: MemoOptions = {}): Promise<Buffer> {
  const [top, left] = [opts.top ?? 1, opts.left ?? 1];
  const region = `${a1(top + 3, left + 1)}:${a1(top + 3, left + 2)}`;
  return xlsxFrom([{ name: opts.sheet ?? MEMO_SHEET, rows: memoRows(opts), top, left, merges: [region], numFmt: '#,##0.00' }]);
}

const MEMO_WIDTH = 8;
const NOTES_RIGHT: Readonly<Record<number, string>> = { 0: 'Valores en dólares (USD)', 5: 'Sin observaciones' };
const NOTES_BELOW = ['Fuente: Memorando Nro. IESS-UPCCH-2025-0684-M', 'Elaborado por: Unidad de Cartera y Coactivas'];

/** The memo's sheet rows from its A1 (title, header, months, adjustment, totals), as row values. */
export function memoRows(opts: MemoOptions = {}): unknown[][] {
  const rows: unknown[][] = memoSheetRows().map((row) =>
    opts.amountsAs === 'text' ? row : row.map((text) => (ES_AMOUNT.test(text) ? esAmount(text) : text)),
  );
  if (!opts.notes) return rows;
  // One empty spacer column, then the notes; one empty row, then the notes below.
  const noted = rows.map((row, r) => {
    const note = NOTES_RIGHT[r];
    return note === undefined ? row : [...row, ...Array<string>(MEMO_WIDTH - row.length + 1).fill(''), note];
  });
  return [...noted, [], ...NOTES_BELOW.map((note) => [note])];
}

const ES_AMOUNT = /^\d{1,3}(\.\d{3})*,\d{2}$/;

/** `12.742.937,65` → 12742937.65 from its characters: fixtures must not lean on the parser they test. */
function esAmount(text: string): number {
  return Number(text.replaceAll('.', '').replace(',', '.'));
}
