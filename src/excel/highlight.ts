import type { Finding, Severity } from '../domain/findings';

/**
 * Highlights findings in the sheet and takes exactly those highlights away again. Each
 * highlighted cell's previous fill is remembered (in the document's settings, so it survives
 * closing the pane); a cell whose fill the user changed since is left as the user made it.
 */

export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = { error: '#F4B6B6', warning: '#FFE699', info: '#BDD7EE' };

export interface HighlightRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The fill before Cuadre's: `null` for none. */
  readonly previous: { readonly color: string; readonly pattern: string } | null;
  /** Cuadre's fill, to tell whether the user changed it since. */
  readonly color: string;
  /** Whether Cuadre added a note to the cell. */
  readonly note: boolean;
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

const quoted = (sheet: string, cell: string): string => `'${sheet.replace(/'/g, "''")}'!${cell}`;
const sameColor = (a: string | null | undefined, b: string): boolean => (a ?? '').toUpperCase() === b.toUpperCase();

/**
 * Replaces the highlights in `previous` by those of `findings`, in two syncs (read the fills
 * and notes there are, then write). Returns the new record to keep.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  previous: readonly HighlightRecord[],
  withNotes: boolean,
): Promise<HighlightRecord[]> {
  const sheets = context.workbook.worksheets;
  const wanted = targets(findings);
  const fillOf = (sheet: string, cell: string): Excel.RangeFill => {
    const fill = sheets.getItem(sheet).getRange(cell).format.fill;
    fill.load('color,pattern');
    return fill;
  };
  const oldFills = previous.map((r) => fillOf(r.sheet, r.cell));
  const newFills = wanted.map((t) => fillOf(t.sheet, t.cell));
  const existingNotes = withNotes ? wanted.map((t) => context.workbook.notes.getItemOrNullObject(quoted(t.sheet, t.cell))) : [];
  existingNotes.forEach((n) => n.load('isNullObject'));
  await context.sync();

  // What the cells looked like before any Cuadre highlight, where Cuadre's fill is still there.
  const original = new Map<string, HighlightRecord['previous']>();
  previous.forEach((r, i) => {
    if (sameColor(oldFills[i]!.color, r.color)) original.set(`${r.sheet}!${r.cell}`, r.previous);
  });
  const ourNotes = new Set(previous.filter((r) => r.note).map((r) => `${r.sheet}!${r.cell}`));

  previous.forEach((r, i) => {
    if (!sameColor(oldFills[i]!.color, r.color)) return;
    restoreFill(sheets.getItem(r.sheet).getRange(r.cell).format.fill, r.previous);
    if (r.note) context.workbook.notes.getItemOrNullObject(quoted(r.sheet, r.cell)).delete();
  });
  const record = wanted.map((t, i): HighlightRecord => {
    const key = `${t.sheet}!${t.cell}`;
    const fill = newFills[i]!;
    const before = original.has(key) ? original.get(key)! : fill.pattern === 'None' || !fill.color ? null : { color: fill.color, pattern: fill.pattern };
    sheets.getItem(t.sheet).getRange(t.cell).format.fill.color = t.color;
    const freeForNote = withNotes && (existingNotes[i]!.isNullObject || ourNotes.has(key));
    if (freeForNote) context.workbook.notes.add(quoted(t.sheet, t.cell), t.message);
    return { sheet: t.sheet, cell: t.cell, previous: before, color: t.color, note: freeForNote };
  });
  await context.sync();
  return record;
}

function restoreFill(fill: Excel.RangeFill, previous: HighlightRecord['previous']): void {
  if (previous === null) {
    fill.clear();
    return;
  }
  fill.color = previous.color;
  if (previous.pattern !== 'Solid') fill.pattern = previous.pattern as Excel.FillPattern;
}

/** Takes away the highlights of `record`, in two syncs; cells the user refilled keep their fill. */
export async function removeHighlights(context: Excel.RequestContext, record: readonly HighlightRecord[]): Promise<void> {
  if (record.length === 0) return;
  await applyHighlights(context, [], record, false);
}
