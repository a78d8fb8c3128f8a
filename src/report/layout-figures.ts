import { columnLetters, parseA1 } from '../domain/grid';
import { type Amount, ZERO, fromCellNumber, sum } from '../domain/money';
import type { LayoutCell, SheetLayout } from './layout';

/**
 * Reading a layout back the way a viewer shows it: the figure in a cell (a number, or a
 * formula's cached result). The footnote's claims are checked on these, not on the figures
 * the layout was built from, so a sentence is only printed about what the sheet shows.
 */

export function cellOf(layout: SheetLayout, row: number, col: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.col === col);
}

/** The amount a cell shows; zero when blank; null when it shows text. */
export function figureAt(layout: SheetLayout, row: number, col: number): Amount | null {
  const value = cellOf(layout, row, col)?.value;
  if (value === undefined) return ZERO;
  const n = value.kind === 'number' ? value.value : value.kind === 'formula' ? value.result : null;
  return typeof n === 'number' ? fromCellNumber(n).amount : null;
}

/** The cells a formula refers to one by one (`=D19+H19`), as coordinates; ranges are not expanded. */
export function referencedCells(formula: string): { row: number; col: number }[] {
  return [...formula.matchAll(/\$?[A-Z]{1,3}\$?\d+(?![\d:(])/g)].map((m) => parseA1(m[0])).filter((c): c is { row: number; col: number } => c !== null);
}

/** A formula's result, recomputed from the cells it adds up (`=H19`, `=D19+H19`), or null if it does anything else. */
export function recomputedSum(layout: SheetLayout, formula: string): Amount | null {
  if (!/^=\$?[A-Z]{1,3}\$?\d+(\+\$?[A-Z]{1,3}\$?\d+)*$/.test(formula)) return null;
  const figures = referencedCells(formula).map((c) => figureAt(layout, c.row, c.col));
  return figures.some((f) => f === null) ? null : sum(figures as Amount[]);
}

export const address = (row: number, col: number): string => `${columnLetters(col)}${row}`;
