import { type Grid, type GridCell, columnLetters, columnNumber } from '../domain/grid';
import { gridCellOf } from './cells';
import { GridBuilder, type MergedRange } from './grid-builder';
import { StringItem } from './package-parts';
import { type Attributes, MalformedXml, type XmlHandler } from './xml-scan';

/**
 * One worksheet part, read as its XML streams past: every cell that holds something goes into
 * the sheet's grid at its coordinates, and the merged ranges (whose cells other than the
 * top-left one show nothing in Excel, whatever the file keeps in them) are blanked at the end.
 */

/** Cells with data the whole workbook may still hold: reading stops before memory runs out. */
export class CellBudget {
  constructor(private left: number) {}

  take(): void {
    if (--this.left < 0) throw new TooManyCells('more cells with data than the reader holds');
  }
}

export class TooManyCells extends Error {
  override readonly name = 'TooManyCells';
}

export interface SheetContext {
  readonly budget: CellBudget;
  /** The shared string table, each as the cell it makes (`sharedStringCells`). */
  readonly sharedCells: readonly GridCell[];
  /** Whether each cell style (by the cell's `s`) has a number format that shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** The workbook's `fullCalcOnLoad`: no cached formula result is one. */
  readonly recalculate: boolean;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * `B7` → row 7, column 2, within the sheet's limits; null for anything else. Read by hand, not
 * by a regular expression: it runs once for every cell of the sheet.
 */
function parseAddress(ref: string): { row: number; col: number } | null {
  let at = 0;
  let col = 0;
  for (let ch = ref.charCodeAt(0); at < 3 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)); ch = ref.charCodeAt(++at))
    col = col * 26 + ((ch & 0xdf) - 64);
  const digits = ref.length - at;
  if (at === 0 || digits < 1 || digits > 7) return null;
  let row = 0;
  for (let i = at; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL ? null : { row, col };
}

/** Where a cell is: without a place in the sheet, the file is damaged. */
function address(ref: string): { row: number; col: number } {
  const at = parseAddress(ref);
  if (!at) throw new MalformedXml(`«${ref.slice(0, 20)}» is no cell address`);
  return at;
}

/**
 * A merged range, or null for a reference that is none: merging only changes what is shown,
 * so a broken one is left out rather than the file refused.
 */
function rangeOf(ref: string): MergedRange | null {
  const ends = ref.split(':');
  const [a, b] = [parseAddress(ends[0]!), parseAddress(ends[1] ?? ends[0]!)];
  if (ends.length > 2 || !a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * The cell being read. Cells do not nest, so one object serves them all, in turn: a sheet of a
 * million cells makes no million of them for the collector.
 */
interface OpenCell {
  ref: string;
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  dateFormat: boolean;
  /** The group of a shared formula whose master this cell is. */
  masterOf: string | undefined;
  /** Whether an inline string (`<is>`) was seen. */
  inline: boolean;
  /** What the text that arrives belongs to. */
  into: 'value' | 'formula' | 'inline' | null;
}

/** Refs in a formula, to move a shared formula from its master to a follower: `A1`, `$B$2`, not `LOG10(`, not inside quotes. */
const FORMULA_PARTS = /("(?:[^"]|"")*")|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

function moveFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(FORMULA_PARTS, (whole, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string, at: number) => {
    if (quoted !== undefined || (at > 0 && /[\w.]/.test(formula[at - 1]!))) return whole;
    const col = columnNumber(letters) + (colAbs ? 0 : cols);
    const row = Number(digits) + (rowAbs ? 0 : rows);
    if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return whole;
    return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
  });
}

export function sheetHandler(context: SheetContext): XmlHandler & { grid(sheet: string): Grid } {
  const cells = new GridBuilder();
  const merges: MergedRange[] = [];
  const masters = new Map<string, { readonly formula: string; readonly row: number; readonly col: number }>();
  const inline = new StringItem();
  let row = 0;
  let col = 0;
  let cell: OpenCell | null = null;
  const slot: OpenCell = {
    ref: '',
    row: 0,
    col: 0,
    type: undefined,
    style: 0,
    value: undefined,
    formula: undefined,
    dateFormat: false,
    masterOf: undefined,
    inline: false,
    into: null,
  };

  const openCell = (a: Attributes): OpenCell => {
    // Rows and cells may leave out their address: then they follow the previous one.
    const at = address(a.r ?? `${columnLetters(col + 1)}${Math.max(row, 1)}`);
    col = at.col;
    slot.ref = a.r ?? `${columnLetters(at.col)}${at.row}`;
    slot.row = at.row;
    slot.col = at.col;
    slot.type = a.t;
    slot.style = a.s === undefined ? 0 : Number(a.s);
    slot.value = undefined;
    slot.formula = undefined;
    slot.dateFormat = false;
    slot.masterOf = undefined;
    slot.inline = false;
    slot.into = null;
    return slot;
  };

  const openFormula = (c: OpenCell, a: Attributes): void => {
    const follower = a.t === 'shared' && a.si !== undefined && a.ref === undefined;
    if (!follower) {
      c.formula = '';
      c.into = 'formula';
      c.masterOf = a.t === 'shared' ? a.si : undefined;
      return;
    }
    // A follower's text is empty: its formula is the master's, as seen from here.
    const master = masters.get(a.si!);
    c.formula = master ? moveFormula(master.formula, c.row - master.row, c.col - master.col) : '';
  };

  const closeCell = (c: OpenCell): void => {
    // Taken from every cell, so that an inline string in the wrong place does not leak into the next.
    const inlineText = inline.take();
    // An inline string's text is in `<is>`; a formula's result, if any, in `<v>`.
    if (c.type === 'inlineStr' && c.inline) c.value = inlineText;
    c.dateFormat = context.dateStyles[c.style] === true;
    const gridCell = gridCellOf(c, context);
    if (!gridCell) return;
    context.budget.take();
    cells.set(c.row, c.col, gridCell);
  };

  return {
    grid(sheet) {
      for (const merge of merges) cells.merge(merge);
      return cells.build(sheet);
    },
    open(name, a) {
      if (cell === null) {
        if (name === 'row') {
          row = a.r !== undefined ? address(`A${a.r}`).row : row + 1;
          col = 0;
        } else if (name === 'c') {
          cell = openCell(a);
        } else if (name === 'mergeCell' && a.ref !== undefined) {
          const range = rangeOf(a.ref);
          if (range) merges.push(range);
        }
      } else if (cell.into === 'inline') {
        inline.open(name);
      } else if (name === 'v') {
        cell.value = '';
        cell.into = 'value';
      } else if (name === 'f') {
        openFormula(cell, a);
      } else if (name === 'is') {
        cell.into = 'inline';
        cell.inline = true;
      }
    },
    close(name) {
      if (cell === null) return;
      if (name === 'c') {
        closeCell(cell);
        cell = null;
      } else if (cell.into === 'inline' && name !== 'is') {
        inline.close(name);
      } else if (name === 'v' || name === 'f' || name === 'is') {
        if (name === 'f' && cell.masterOf !== undefined) masters.set(cell.masterOf, { formula: cell.formula ?? '', row: cell.row, col: cell.col });
        cell.into = null;
      }
    },
    text(text) {
      if (cell?.into === 'value') cell.value += text;
      else if (cell?.into === 'formula') cell.formula += text;
      else if (cell?.into === 'inline') inline.text(text);
    },
  };
}
