import { columnLetters } from '../../src/domain/grid';
import { amount, toJson } from '../../src/domain/money';
import type { LayoutCell, SheetLayout } from '../../src/report/layout';

/** Reading a layout back in tests: cells by address, shown values, rows as text. */

export function layoutCell(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.col === col);
}

/** What a viewer shows before recalculating: text, number, or a formula's cached result; '' when blank. */
export function shown(cell: LayoutCell | undefined): string | number {
  const v = cell?.value;
  if (v === undefined) return '';
  return v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : v.result;
}

export function rowValues(layout: SheetLayout, row: number): (string | number)[] {
  const right = Math.max(...layout.cells.filter((c) => c.row === row).map((c) => c.col));
  return Array.from({ length: right }, (_, i) => shown(layoutCell(layout, row, i + 1)));
}

/** The totals row per indicator key, as contract amounts (`150374057.48`). */
export function totalsByKey(layout: SheetLayout): Record<string, string> {
  const { totalsRow, columns } = layout.table;
  return Object.fromEntries(columns.map(({ key, col }) => [key, toJson(amount(shown(layoutCell(layout, totalsRow, col)) as number))]));
}

/** Texts of every cell in the rows below the totals row. */
export function footnote(layout: SheetLayout): string[] {
  return layout.cells.filter((c) => c.row > layout.table.totalsRow && c.value?.kind === 'text').map((c) => shown(c) as string);
}

export const address = (row: number, col: number): string => `${columnLetters(col)}${row}`;
