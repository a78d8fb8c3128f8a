/**
 * What a cell holds, as Excel keeps it: a number (dates are serial numbers), text, a boolean
 * or an error value. A blank cell holds nothing (`undefined`).
 */

/**
 * The error values Excel has. The simulator is a host, not a client of the engine, so it keeps
 * its own list; test/excel-sim/error-values.test.ts holds it equal to the one the add-in reads
 * with (src/domain/host-cells.ts).
 */
export const ERROR_CODES = [
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

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error value. Kept apart from text so that a cell showing `#REF!` because a formula broke
 * and a text cell that happens to read `#REF!` (entered with a leading apostrophe) stay distinct.
 */
export class CellError {
  private static readonly known = new Map<string, CellError>();

  private constructor(readonly code: ErrorCode) {}

  static of(code: ErrorCode): CellError {
    let error = CellError.known.get(code);
    if (!error) {
      error = new CellError(code);
      CellError.known.set(code, error);
    }
    return error;
  }

  /** The error a typed string spells (`#n/a` → `#N/A`), or null. */
  static parse(text: string): CellError | null {
    const trimmed = text.trim();
    if (!trimmed.startsWith('#')) return null;
    const code = ERROR_CODES.find((candidate) => candidate === trimmed.toUpperCase());
    return code ? CellError.of(code) : null;
  }

  toJSON(): string {
    return this.code;
  }
}

export type CellValue = number | string | boolean | CellError;

/** `Excel.RangeValueType`, as far as plain cells go. */
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

/**
 * Every number reads as `Double`: Excel stores numbers as doubles and the `Integer` member of
 * the enum is not what hosts report for whole numbers (a guess, see docs/excel-sim.md).
 */
export function valueTypeOf(value: CellValue | undefined): ValueType {
  if (value === undefined) return 'Empty';
  if (value instanceof CellError) return 'Error';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

/** What `Range.values` gives for a cell: blanks are `''`, errors their code string. */
export function apiValueOf(value: CellValue | undefined): number | string | boolean {
  if (value === undefined) return '';
  if (value instanceof CellError) return value.code;
  return value;
}
