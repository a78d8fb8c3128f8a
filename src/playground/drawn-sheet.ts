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
/**
 * At most this much of a sheet is drawn, around the selection: a workbook opened with «Abrir
 * libro» may hold 200,000 rows, which no page draws as cells. Excel too shows a window of it.
 */
export const DRAWN_WINDOW = { rows: 500, columns: 40 };

/** The first and last of `total` places in a window of `size` that holds `focus`, from 1 when it fits. */
function windowOf(total: number, focus: number, size: number): { first: number; last: number } {
  if (total <= size) return { first: 1, last: total };
  const first = Math.min(Math.max(1, focus - Math.floor(size / 2)), total - size + 1);
  return { first, last: first + size - 1 };
}
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
  const rowWindow = windowOf(bottom, selection?.top ?? 1, DRAWN_WINDOW.rows);
  const colWindow = windowOf(right, selection?.left ?? 1, DRAWN_WINDOW.columns);
  const rowNumbers = Array.from({ length: rowWindow.last - rowWindow.first + 1 }, (_, i) => rowWindow.first + i);
  const colNumbers = Array.from({ length: colWindow.last - colWindow.first + 1 }, (_, i) => colWindow.first + i);
  const cells = rowNumbers.map((row) => colNumbers.map((col) => sim.cell(name, a1(row, col))));
  const cellAt = (row: number, col: number): CellSnapshot | undefined => cells[row - rowWindow.first]?.[col - colWindow.first];

  const drawn = (row: number, col: number): DrawnCell | null => {
    const merge = mergeAt(row, col);
    // A merge drawn from its first cell, or from where the window cuts into it.
    if (merge && (Math.max(merge.top, rowWindow.first) !== row || Math.max(merge.left, colWindow.first) !== col)) return null;
    const cell = cellAt(row, col)!;
    const align = alignOf(cell);
    const next = cellAt(row, col + 1);
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
      columnSpan: merge ? Math.min(merge.right, colWindow.last) - Math.max(merge.left, colWindow.first) + 1 : 1,
      rowSpan: merge ? Math.min(merge.bottom, rowWindow.last) - Math.max(merge.top, rowWindow.first) + 1 : 1,
    };
  };
  const grid = rowNumbers.map((row) => colNumbers.map((col) => drawn(row, col)));
  const rows = grid.map((line, r): DrawnRow => {
    const number = rowNumbers[r]!;
    const height = sheet.rowHeights[number];
    return {
      number,
      height: height === undefined ? null : Math.round(height * PIXELS_PER_POINT),
      cells: line.filter((d): d is DrawnCell => d !== null),
    };
  });

  const columns = colNumbers.map((col, c) => {
    const letters = columnLetters(col);
    const points = sheet.columnWidths[letters];
    if (points !== undefined) return { letters, width: `${Math.round(points * PIXELS_PER_POINT)}px` };
    const mustFit = grid.map((line) => line[c]).filter((d): d is DrawnCell => !!d && d.columnSpan === 1 && !d.spills && !d.wrap);
    const longest = Math.max(0, ...mustFit.map((d) => d.text.length));
    return { letters, width: `${Math.min(Math.max(longest + 2, FIT.min), FIT.max)}ch` };
  });

  const first = selection && a1(selection.top, selection.left);
  return { name, columns, rows, selection: sheet.selection, activeCell: rows.flatMap((row) => row.cells).find((d) => d.address === first) ?? null };
}
