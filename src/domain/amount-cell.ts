import { type Grid, type GridCell, cellAt, isoDate } from './grid';
import { type Amount, fromCellNumber, parseAmountText } from './money';

/** What an amount cell holds once read: the amount the checks use, or why there is none. */
export type AmountReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly amount: Amount; readonly subCent: boolean; readonly fromText: boolean }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: InvalidReason }
  | { readonly kind: 'error'; readonly value: string }
  /** A formula whose result the file does not hold (§3): unknown, neither zero nor an error. */
  | { readonly kind: 'not-calculated'; readonly formula: string; readonly stale: boolean };

export type InvalidReason = 'not-a-number' | 'mixed-separators' | 'ambiguous' | 'not-an-amount';

export function readAmount(cell: GridCell): AmountReading {
  if (cell === undefined) return { kind: 'blank' };
  switch (cell.kind) {
    case 'number':
      return { kind: 'amount', ...fromCellNumber(cell.value), fromText: false };
    case 'text': {
      if (cell.value.trim() === '') return { kind: 'blank' };
      const parsed = parseAmountText(cell.value);
      return parsed.ok
        ? { kind: 'amount', amount: parsed.amount, subCent: parsed.subCent, fromText: true }
        : { kind: 'invalid', text: cell.value, reason: parsed.reason };
    }
    case 'error':
      return { kind: 'error', value: cell.value };
    case 'uncalculated':
      return { kind: 'not-calculated', formula: `=${cell.formula.replace(/^=/, '')}`, stale: cell.stale === true };
    case 'boolean':
      return { kind: 'invalid', text: cell.value ? 'TRUE' : 'FALSE', reason: 'not-an-amount' };
    case 'date':
      return { kind: 'invalid', text: isoDate(cell.value), reason: 'not-an-amount' };
  }
}

/** Does the cell hold something meant as an amount (used to tell data from spacers and notes)? */
export function holdsAmount(cell: GridCell): boolean {
  const r = readAmount(cell);
  if (r.kind === 'invalid') return r.reason !== 'not-a-number' || /\d/.test(r.text);
  return r.kind === 'amount' || r.kind === 'error' || r.kind === 'not-calculated';
}

/** Does a row hold an amount in any table column other than the label column? */
export function rowHasAmounts(grid: Grid, row: number, firstCol: number, lastCol: number, labelCol: number): boolean {
  for (let col = firstCol; col <= lastCol; col++) {
    if (col !== labelCol && holdsAmount(cellAt(grid, row, col))) return true;
  }
  return false;
}
