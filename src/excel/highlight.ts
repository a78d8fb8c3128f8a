import type { Finding, Severity } from '../domain/findings';
import { type FillBefore, type HighlightRecord, type HighlightedCell, cellsOf, recordOf } from './highlight-record';
import { batchesBySize, jsonBytes } from './request-size';

/**
 * Highlights findings in the sheet and takes exactly those highlights away again. Each
 * highlighted cell's previous fill is remembered (highlight-record.ts; stored by
 * highlight-store.ts), so it survives closing the pane; a cell whose fill the user changed
 * since is left as the user made it. Work goes in batches sized to stay far under Excel on the
 * web's 5 MB request limit, whatever the number of findings.
 */

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = { error: '#F4B6B6', warning: '#FFE699', info: '#BDD7EE' };

/** What the host can do for highlights. */
export interface HighlightFeatures {
  /** ExcelApi 1.18: a note with the finding's message. */
  readonly notes: boolean;
  /** ExcelApi 1.9: `fill.pattern` and `fill.tintAndShade`, which tell no fill from a white one. */
  readonly fillDetail: boolean;
}

interface Target {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly message: string;
}

/** One target per cell, the most severe finding's colour, every message in its note. */
function targets(findings: readonly Finding[]): Target[] {
  const byCell = new Map<string, { sheet: string; cell: string; severity: Severity; messages: string[] }>();
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  for (const f of findings) {
    if (f.cell === undefined) continue;
    const key = `${f.sheet}!${f.cell}`;
    const entry = byCell.get(key) ?? { sheet: f.sheet, cell: f.cell, severity: f.severity, messages: [] };
    if (rank[f.severity] < rank[entry.severity]) entry.severity = f.severity;
    entry.messages.push(f.message);
    byCell.set(key, entry);
  }
  return [...byCell.values()].map((t) => ({ sheet: t.sheet, cell: t.cell, color: HIGHLIGHT_COLORS[t.severity], message: `Cuadre: ${t.messages.join('\n')}` }));
}

/** One worksheet proxy per sheet, shared by the cells of every batch. */
function worksheets(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const made = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = made.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      made.set(name, sheet);
    }
    return sheet;
  };
}

const quoted = (sheet: string, cell: string): string => `'${sheet.replace(/'/g, "''")}'!${cell}`;
const sameColor = (a: string | null | undefined, b: string): boolean => (a ?? '').toUpperCase() === b.toUpperCase();

/**
 * Request bytes per cell, measured on the in-memory Excel's serialization of the runtime's JSON
 * (`npm run bench`, highlightLarge): painting a cell (its fill path, the colour, a note's path)
 * about 720 bytes with a short note, the note's text on top; restoring one about 825. The
 * estimates below are higher, so that a batch stays under the budget with room to spare.
 */
export const PAINT_BYTES_PER_CELL = 900;
export const RESTORE_BYTES_PER_CELL = 1000;
/** Each request stays under 2 MB: 40% of the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/** A sheet of the workbook as Excel names it now. */
export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The sheet a record's entry now stands for: the one with its id, unless that one has another
 * name and a sheet still has the recorded name (an id that moved when the file was opened
 * again: office-js #297, #1390); else the one with its name; else none.
 */
export function resolveSheet(recorded: SheetRef, sheets: readonly SheetRef[]): SheetRef | null {
  const lower = recorded.name.toLowerCase();
  const byId = recorded.id ? sheets.find((s) => s.id === recorded.id) : undefined;
  const byName = sheets.find((s) => s.name.toLowerCase() === lower);
  if (byId && (byId.name.toLowerCase() === lower || !byName)) return byId;
  return byName ?? null;
}

export interface HighlightOutcome {
  readonly record: HighlightRecord;
  /** Sheets of the earlier record found by neither id nor name: their highlights are forgotten. */
  readonly lostSheets: readonly string[];
}

/**
 * Takes away the highlights of `previous`, then highlights `findings`. `painted` receives every
 * cell before its batch is sent, so a caller whose run failed half-way can restore them.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  previous: HighlightRecord,
  features: HighlightFeatures,
  painted: HighlightedCell[] = [],
): Promise<HighlightOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  await context.sync();
  const current = sheets.items.map((s) => ({ id: s.id, name: s.name }));
  const lostSheets: string[] = [];
  const old: HighlightedCell[] = [];
  for (const entry of previous.sheets) {
    const sheet = resolveSheet(entry, current);
    if (sheet) old.push(...cellsOf(entry, sheet.name));
    else lostSheets.push(entry.name);
  }
  await restoreCells(context, old, features);
  const written = await paintCells(context, targets(findings), features, painted);
  const idOf = (name: string): string => current.find((s) => s.name.toLowerCase() === name.toLowerCase())?.id ?? '';
  return { record: recordOf(written, idOf), lostSheets };
}

/** Takes away the highlights of `record`; cells the user refilled keep their fill. */
export async function removeHighlights(context: Excel.RequestContext, record: HighlightRecord, features: HighlightFeatures): Promise<HighlightOutcome> {
  return applyHighlights(context, [], record, features);
}

/**
 * Restores each cell still showing Cuadre's colour to its fill before (no fill by
 * `fill.clear()`: writing `pattern = null` is not valid input) and deletes Cuadre's notes.
 * Two syncs a batch: read the fills, then write.
 */
export async function restoreCells(context: Excel.RequestContext, cells: readonly HighlightedCell[], features: HighlightFeatures): Promise<void> {
  const sheetOf = worksheets(context);
  for (const batch of batchesBySize(cells, () => RESTORE_BYTES_PER_CELL, REQUEST_BUDGET_BYTES)) {
    const fills = batch.map((c) => sheetOf(c.sheet).getRange(c.cell).format.fill.load('color'));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per batch keeps each request small
    await context.sync();
    batch.forEach((c, i) => {
      if (!sameColor(fills[i]!.color, c.color)) return;
      restoreFill(fills[i]!, c.before, features);
      if (c.note && features.notes) context.workbook.notes.getItemOrNullObject(quoted(c.sheet, c.cell)).delete();
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

function restoreFill(fill: Excel.RangeFill, before: FillBefore, features: HighlightFeatures): void {
  if (before === null) {
    fill.clear();
    return;
  }
  fill.color = before.color;
  if (before.pattern && features.fillDetail) fill.pattern = before.pattern as Excel.FillPattern;
}

/** The fill a cell has, as Cuadre records it (see docs/excel-adapter.md, "Fills"). */
function fillBefore(fill: Excel.RangeFill, features: HighlightFeatures): FillBefore {
  if (!features.fillDetail) {
    // ExcelApi 1.8 cannot tell a white fill from none; no fill is by far the likelier, and
    // clearing a white fill only shows the gridlines again.
    return sameColor(fill.color, '#FFFFFF') || !fill.color ? null : { color: fill.color };
  }
  // office-js #4900: no fill reads #FFFFFF with pattern null; tintAndShade is null only for no fill.
  if (fill.tintAndShade === null || fill.pattern === 'None') return null;
  const pattern = fill.pattern;
  return pattern && pattern !== 'Solid' ? { color: fill.color, pattern } : { color: fill.color };
}

async function paintCells(
  context: Excel.RequestContext,
  wanted: readonly Target[],
  features: HighlightFeatures,
  painted: HighlightedCell[],
): Promise<HighlightedCell[]> {
  const sheetOf = worksheets(context);
  const written: HighlightedCell[] = [];
  const size = (t: Target): number => PAINT_BYTES_PER_CELL + (features.notes ? jsonBytes(t.message) : 0);
  for (const batch of batchesBySize(wanted, size, REQUEST_BUDGET_BYTES)) {
    const fills = batch.map((t) =>
      sheetOf(t.sheet)
        .getRange(t.cell)
        .format.fill.load(features.fillDetail ? 'color,pattern,tintAndShade' : 'color'),
    );
    const notes = features.notes ? batch.map((t) => context.workbook.notes.getItemOrNullObject(quoted(t.sheet, t.cell))) : [];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per batch keeps each request small
    await context.sync();
    batch.forEach((t, i) => {
      const note = features.notes && notes[i]!.isNullObject;
      const cell: HighlightedCell = { sheet: t.sheet, cell: t.cell, before: fillBefore(fills[i]!, features), color: t.color, note };
      painted.push(cell);
      written.push(cell);
      // The proxy read above is written: one object path per cell, not two.
      fills[i]!.color = t.color;
      if (note) context.workbook.notes.add(quoted(t.sheet, t.cell), t.message);
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return written;
}
