import { type Catalog, identities } from './catalog';
import { type Amount, ZERO, isZero, subtract, sum, within } from './money';
import type { Amounts } from './reconciliation';

/**
 * How an adjustment row is carried up to the parents of the indicators it adjusts
 * (RECONCILIATION.md §5), one rule for the reconciled totals and the report: deepest parents
 * first, a parent whose children add up to something takes their sum, so the amount keeps
 * climbing (`convenios` → `mora` → `total`). A parent adjusted on its own (its children add
 * up to zero) stays as it is.
 */
export interface CarriedUp {
  /** The row with every parent carrying its children. */
  readonly propagated: Amounts;
  /** Per parent, what its children carry that it does not (beyond the tolerance). */
  readonly gaps: ReadonlyMap<string, Amount>;
}

export function carryUp(amounts: Amounts, catalog: Catalog, tolerance: Amount = ZERO): CarriedUp {
  const propagated: Record<string, Amount> = { ...amounts };
  const gaps = new Map<string, Amount>();
  for (const { parent, children } of identities(catalog)) {
    const childSum = sum(children.map((c) => propagated[c] ?? ZERO));
    if (isZero(childSum)) continue;
    const carried = amounts[parent] ?? ZERO;
    propagated[parent] = childSum;
    if (!within(childSum, carried, tolerance)) gaps.set(parent, subtract(childSum, carried));
  }
  return { propagated, gaps };
}
