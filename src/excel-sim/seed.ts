import { formatLocalAddress, parseLocalAddress } from './a1';
import { SHORT_DATE_FORMAT } from './cell-input';
import type { CellValue } from './cell-value';
import { CellError } from './cell-value';
import { serialOfJsDate } from './serial-date';
import type { SheetModel } from './sheet-model';
import { cellKey } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/**
 * A sheet as a test or the playground describes it: what the file holds, not what a user would
 * type. Text stays text (`"12.5"` is not a number here); only an exact error literal such as
 * `"#REF!"` is an error value; a Date is a serial with a date format; formulas are explicit.
 */
export type SeedValue = number | string | boolean | Date | null | undefined;

export interface SeedCellSpec {
  readonly value?: SeedValue;
  /** `=SUM(B2:B13)`; its value is calculated when the simulator starts. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly note?: string;
  /** The string is text even when it spells an error value: a text cell reading `#N/A`. */
  readonly text?: boolean;
}

export type SeedCell = SeedValue | SeedCellSpec;

export interface SheetSeed {
  readonly name: string;
  /** Rows of cells; rows may be ragged and may be sparse. */
  readonly cells?: readonly (readonly SeedCell[] | undefined)[];
  /** Address of `cells[0][0]`; A1 by default. */
  readonly origin?: string;
  readonly merges?: readonly string[];
  readonly selection?: string;
  /** Names scoped to the sheet, each with the local address it refers to (`{ _CuadreInforme: 'A1' }`). */
  readonly names?: Readonly<Record<string, string>>;
}

function isSpec(cell: SeedCell): cell is SeedCellSpec {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** A plain seed value as a cell value. */
function cellValueOf(value: Exclude<SeedValue, Date>, sheet: string, row: number, column: number): CellValue | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`excel-sim seed: ${cellName(sheet, row, column)} is not a finite number`);
  }
  if (typeof value === 'string') return CellError.parse(value) ?? value;
  return value;
}

function address(sheet: string, rawAddress: string): NonNullable<ReturnType<typeof parseLocalAddress>> {
  const rect = parseLocalAddress(rawAddress);
  if (!rect) throw new Error(`excel-sim seed: '${rawAddress}' on ${sheet} is not an address`);
  return rect;
}

export function seedSheet(workbook: WorkbookModel, seed: SheetSeed): SheetModel {
  const sheet = workbook.addSheet(seed.name);
  const origin = address(seed.name, seed.origin ?? 'A1');
  seed.cells?.forEach((line, r) => {
    if (line) seedRow(sheet, origin.row + r, origin.column, line);
  });
  for (const merge of seed.merges ?? []) sheet.merge(address(seed.name, merge), false);
  if (seed.selection) sheet.selection = address(seed.name, seed.selection);
  for (const [name, at] of Object.entries(seed.names ?? {})) {
    sheet.names.set(name.toUpperCase(), { name, target: { sheet, rect: address(seed.name, at) }, comment: '', visible: false });
  }
  workbook.markDirty();
  return sheet;
}

/** Plain values go into the row as one array (big sheets seed fast); the rest cell by cell. */
function seedRow(sheet: SheetModel, row: number, column: number, line: readonly SeedCell[]): void {
  const values = new Array<CellValue | undefined>(line.length);
  const special: number[] = [];
  for (let c = 0; c < line.length; c++) {
    const cell = line[c];
    if (isSpec(cell) || cell instanceof Date) special.push(c);
    else values[c] = cellValueOf(cell, sheet.name, row, column + c);
  }
  sheet.values.setRow(row, column, values);
  for (const c of special) {
    const cell = line[c];
    seedCell(sheet, row, column + c, isSpec(cell) ? cell : { value: cell });
  }
}

function cellName(sheet: string, row: number, column: number): string {
  return `${sheet}!${formatLocalAddress({ row, column, rowCount: 1, columnCount: 1 })}`;
}

function seedCell(sheet: SheetModel, row: number, column: number, spec: SeedCellSpec): void {
  const date = spec.value instanceof Date ? spec.value : undefined;
  const value = date
    ? serialOfJsDate(date)
    : spec.text === true && typeof spec.value === 'string' && spec.value !== ''
      ? spec.value
      : cellValueOf(spec.value as Exclude<SeedValue, Date>, sheet.name, row, column);
  const numberFormat = date ? SHORT_DATE_FORMAT : undefined;
  sheet.values.set(row, column, spec.formula === undefined ? value : (value ?? 0));
  if (spec.formula !== undefined) sheet.formulas.set(row, column, spec.formula);
  const format = spec.numberFormat ?? numberFormat;
  if (format !== undefined) sheet.setNumberFormat(row, column, format);
  if (spec.note !== undefined) {
    sheet.notes.set(cellKey(row, column), { content: spec.note, authorName: 'Analyst', visible: false });
  }
}
