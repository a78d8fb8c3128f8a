import { a1, columnLetters } from '../domain/grid';

/**
 * What Cuadre remembers of its highlights, so «Quitar resaltado» can take exactly them away in
 * a later session: per sheet (by id and name), groups of cells that had the same fill before and
 * got the same colour, as ranges (`D5:D19,H18`), not one entry per cell. 10,000 highlighted cells
 * in a few columns take a few kilobytes instead of about a megabyte.
 */

/** The fill a cell had before Cuadre's: `null` for no fill. */
export type FillBefore = { readonly color: string; readonly pattern?: string } | null;

export interface HighlightGroup {
  readonly before: FillBefore;
  /** Cuadre's colour, to tell whether the user changed the fill since. */
  readonly color: string;
  /** Whether Cuadre added a note to these cells. */
  readonly note: boolean;
  /** A1 ranges, comma-separated. */
  readonly cells: string;
}

export interface SheetHighlights {
  /** `Worksheet.id` when highlighted; may change when the file is opened again on some hosts. */
  readonly id: string;
  readonly name: string;
  readonly groups: readonly HighlightGroup[];
}

export interface HighlightRecord {
  readonly v: 2;
  readonly sheets: readonly SheetHighlights[];
}

export const EMPTY_RECORD: HighlightRecord = { v: 2, sheets: [] };

/** One highlighted cell, as the adapter handles them. */
export interface HighlightedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly before: FillBefore;
  readonly color: string;
  readonly note: boolean;
}

const CELL = /^([A-Z]{1,3})(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(cell: string): { row: number; col: number } | null {
  const m = CELL.exec(cell.replace(/\$/g, '').toUpperCase());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]!) } : null;
}

/** Cells as ranges: runs of consecutive rows in one column, then runs of equal row spans side by side. */
export function toRanges(cells: readonly string[]): string {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const at = parseCell(cell);
    if (!at) continue;
    const rows = byColumn.get(at.col) ?? [];
    rows.push(at.row);
    byColumn.set(at.col, rows);
  }
  const spans: { col: number; top: number; bottom: number }[] = [];
  for (const [col, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let top = sorted[0]!;
    let previous = top;
    for (const row of sorted.slice(1)) {
      if (row !== previous + 1) {
        spans.push({ col, top, bottom: previous });
        top = row;
      }
      previous = row;
    }
    spans.push({ col, top, bottom: previous });
  }
  // Join a span with the same rows in the next column into one block.
  const blocks: { left: number; right: number; top: number; bottom: number }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const span of spans) {
    const key = `${span.top}:${span.bottom}`;
    const block = open.get(key);
    if (block && block.right === span.col - 1) block.right = span.col;
    else {
      const added = { left: span.col, right: span.col, top: span.top, bottom: span.bottom };
      blocks.push(added);
      open.set(key, added);
    }
  }
  return blocks.map((b) => (b.left === b.right && b.top === b.bottom ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`)).join(',');
}

/** The cells of `ranges`, one address each. */
export function fromRanges(ranges: string): string[] {
  const cells: string[] = [];
  for (const part of ranges.split(',')) {
    const [from, to] = part.trim().split(':');
    const start = from ? parseCell(from) : null;
    const end = to ? parseCell(to) : start;
    if (!start || !end) continue;
    for (let row = start.row; row <= end.row; row++) for (let col = start.col; col <= end.col; col++) cells.push(`${columnLetters(col)}${row}`);
  }
  return cells;
}

const beforeKey = (before: FillBefore): string => (before === null ? '-' : `${before.color}/${before.pattern ?? ''}`);

/** The compact record of these cells, sheets identified by `idOf(name)`. */
export function recordOf(cells: readonly HighlightedCell[], idOf: (sheet: string) => string): HighlightRecord {
  const sheets = new Map<string, Map<string, { group: Omit<HighlightGroup, 'cells'>; cells: string[] }>>();
  for (const c of cells) {
    const groups = sheets.get(c.sheet) ?? new Map();
    const key = `${beforeKey(c.before)}|${c.color}|${c.note}`;
    const entry = groups.get(key) ?? { group: { before: c.before, color: c.color, note: c.note }, cells: [] };
    entry.cells.push(c.cell);
    groups.set(key, entry);
    sheets.set(c.sheet, groups);
  }
  return {
    v: 2,
    sheets: [...sheets.entries()].map(([name, groups]) => ({
      id: idOf(name),
      name,
      groups: [...groups.values()].map((g) => ({ ...g.group, cells: toRanges(g.cells) })),
    })),
  };
}

/** Every cell of a record's sheet, on the sheet it now resolves to. */
export function cellsOf(sheet: SheetHighlights, currentName: string): HighlightedCell[] {
  return sheet.groups.flatMap((g) => fromRanges(g.cells).map((cell) => ({ sheet: currentName, cell, before: g.before, color: g.color, note: g.note })));
}

export function isEmpty(record: HighlightRecord): boolean {
  return record.sheets.length === 0;
}

/**
 * A stored record, checked: today's shape, or the one entry per cell of earlier versions
 * (sheet by name only). Anything else is no record.
 */
export function parseRecord(value: unknown): HighlightRecord {
  if (Array.isArray(value)) return fromLegacy(value);
  if (typeof value !== 'object' || value === null) return EMPTY_RECORD;
  const { v, sheets } = value as { v?: unknown; sheets?: unknown };
  if (v !== 2 || !Array.isArray(sheets)) return EMPTY_RECORD;
  const valid = sheets.filter(
    (s): s is SheetHighlights =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as SheetHighlights).name === 'string' &&
      typeof (s as SheetHighlights).id === 'string' &&
      Array.isArray((s as SheetHighlights).groups),
  );
  return { v: 2, sheets: valid };
}

interface LegacyEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly previous: { readonly color: string; readonly pattern: string | null } | null;
  readonly color: string;
  readonly note: boolean;
}

function fromLegacy(entries: readonly unknown[]): HighlightRecord {
  const cells: HighlightedCell[] = [];
  for (const e of entries as LegacyEntry[]) {
    if (typeof e?.sheet !== 'string' || typeof e.cell !== 'string' || typeof e.color !== 'string') continue;
    // Earlier versions took a white "fill" read back as pattern null for a fill: it was no fill (office-js #4900).
    const before: FillBefore =
      e.previous === null || !e.previous.pattern || e.previous.pattern === 'None'
        ? null
        : { color: e.previous.color, ...(e.previous.pattern !== 'Solid' ? { pattern: e.previous.pattern } : {}) };
    cells.push({ sheet: e.sheet, cell: e.cell, before, color: e.color, note: e.note === true });
  }
  return recordOf(cells, () => '');
}
