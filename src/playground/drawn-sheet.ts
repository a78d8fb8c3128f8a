import { a1, columnLetters, parseA1 } from '../domain/grid';
import type { CellSnapshot, ExcelSim } from '../excel-sim';

/**
 * A sheet of the in-memory Excel as the playground draws it: the cells from A1 to a little past
 * the used range, with their displayed text, fill, font, alignment, note and merge, and the
 * selection. Read straight from the simulator's model (no syncs), so drawing it does not show
 * up in what the add-in's calls cost.
 */

export interface DrawnCell {
  readonly address: string;
  /** What Excel shows: the value through its number format. */
  readonly text: string;
  /** What the formula bar shows for the cell. */
  readonly content: string;
  readonly align: 'left' | 'center' | 'right';
  readonly fill: string | null;
  readonly bold: boolean;
  readonly color: string;
  readonly wrap: boolean;
  readonly note: string | null;
  readonly selected: boolean;
  /** Left-aligned text runs on over the blank cell to its right, as in Excel. */
  readonly spills: boolean;
  readonly columnSpan: number;
  readonly rowSpan: number;
}

export interface DrawnRow {
  readonly number: number;
  /** In CSS pixels; null for the default height. */
  readonly height: number | null;
  /** Cells a merge covers are left out; the merge's first cell spans them. */
  readonly cells: readonly DrawnCell[];
}

export interface DrawnSheet {
  readonly name: string;
  /** CSS widths, column A first. */
  readonly columns: readonly { readonly letters: string; readonly width: string }[];
  readonly rows: readonly DrawnRow[];
  /** The selection's address, for the name box. */
  readonly selection: string;
  /** The selection's first cell, for the formula bar. */
  readonly activeCell: DrawnCell | null;
}

/** Excel shows blank sheet past the data; so does the drawing. */
const MARGIN = { rows: 4, columns: 2 };
/** Widths, in characters, for columns the sheet gives none: the longest text that must fit, within bounds. */
const FIT = { min: 8, max: 16 };
const PIXELS_PER_POINT = 4 / 3;

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `D19` or `A1:H19` as 1-based bounds; null for anything else (a blank sheet's area). */
function rectOf(address: string | null): Rect | null {
  const [first, last = first] = address?.split(':') ?? [];
  const start = first === undefined ? null : parseA1(first);
  const end = last === undefined ? null : parseA1(last);
  return start && end ? { top: start.row, left: start.col, bottom: end.row, right: end.col } : null;
}

const contains = (r: Rect, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

function alignOf(cell: CellSnapshot): DrawnCell['align'] {
  switch (cell.horizontalAlignment) {
    case 'Center':
    case 'CenterAcrossSelection':
      return 'center';
    case 'Right':
      return 'right';
    case 'General':
      // Excel's General alignment: numbers right, booleans and errors centred, text left.
      return cell.valueType === 'Double' ? 'right' : cell.valueType === 'String' || cell.valueType === 'Empty' ? 'left' : 'center';
    default:
      return 'left';
  }
}

export function drawSheet(sim: Pick<ExcelSim, 'snapshot' | 'cell'>, name: string): DrawnSheet {
  const sheet = sim.snapshot(name);
  const selection = rectOf(sheet.selection);
  const used = rectOf(sheet.area);
  const bottom = Math.max(used?.bottom ?? 0, selection?.bottom ?? 0) + MARGIN.rows;
  const right = Math.max(used?.right ?? 0, selection?.right ?? 0) + MARGIN.columns;
  const merges = sheet.merges.map(rectOf).filter((m): m is Rect => m !== null);
  const mergeAt = (row: number, col: number): Rect | undefined => merges.find((m) => contains(m, row, col));
  const cells = Array.from({ length: bottom }, (_, r) => Array.from({ length: right }, (_, c) => sim.cell(name, a1(r + 1, c + 1))));

  const drawn = (row: number, col: number): DrawnCell | null => {
    const merge = mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) return null;
    const cell = cells[row - 1]![col - 1]!;
    const align = alignOf(cell);
    const next = cells[row - 1]![col];
    return {
      address: cell.address,
      text: cell.text,
      content: cell.formula ?? cell.text,
      align,
      fill: cell.fill,
      bold: cell.bold,
      color: cell.fontColor,
      wrap: cell.wrapText,
      note: cell.note,
      selected: selection !== null && contains(selection, row, col),
      spills: !merge && !cell.wrapText && align === 'left' && next !== undefined && next.text === '' && !mergeAt(row, col + 1),
      columnSpan: merge ? merge.right - merge.left + 1 : 1,
      rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
    };
  };
  const grid = cells.map((line, r) => line.map((_, c) => drawn(r + 1, c + 1)));
  const rows = grid.map((line, r): DrawnRow => {
    const height = sheet.rowHeights[r + 1];
    return {
      number: r + 1,
      height: height === undefined ? null : Math.round(height * PIXELS_PER_POINT),
      cells: line.filter((d): d is DrawnCell => d !== null),
    };
  });

  const columns = Array.from({ length: right }, (_, c) => {
    const letters = columnLetters(c + 1);
    const points = sheet.columnWidths[letters];
    if (points !== undefined) return { letters, width: `${Math.round(points * PIXELS_PER_POINT)}px` };
    const mustFit = grid.map((line) => line[c]).filter((d): d is DrawnCell => !!d && d.columnSpan === 1 && !d.spills && !d.wrap);
    const longest = Math.max(0, ...mustFit.map((d) => d.text.length));
    return { letters, width: `${Math.min(Math.max(longest + 2, FIT.min), FIT.max)}ch` };
  });

  const first = selection && a1(selection.top, selection.left);
  return { name, columns, rows, selection: sheet.selection, activeCell: rows.flatMap((row) => row.cells).find((d) => d.address === first) ?? null };
}
