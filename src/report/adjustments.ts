import { carryUp } from '../domain/carry-up';
import { type Catalog, ancestors } from '../domain/catalog';
import { type Amount, ZERO, isZero, toJson } from '../domain/money';
import type { AdjustmentRow, Amounts } from '../domain/reconciliation';

/**
 * How the report writes adjustment rows (RECONCILIATION.md §5): `propagate` carries every
 * adjustment up to the parents of the indicator it adjusts so every identity holds on the
 * totals row; `as-reported` keeps the sheet's figures and says in a footnote what is left out.
 */
export type AdjustmentPolicy = 'propagate' | 'as-reported';

export const ADJUSTMENT_POLICIES: readonly AdjustmentPolicy[] = ['propagate', 'as-reported'];

/** One amount an adjustment row's parents do not carry, with who should carry it. */
export interface Carry {
  /** Parent keys, nearest to the adjusted indicator first (`mora`, `total`). */
  readonly parents: readonly string[];
  readonly amount: Amount;
  /** The adjusted keys below those parents (`convenios`). */
  readonly origins: readonly string[];
}

export interface CarriedAdjustment {
  readonly adjustment: AdjustmentRow;
  /** The row with every child amount carried up to its parents (the engine's rule, src/domain/carry-up.ts). */
  readonly propagated: Amounts;
  /** What propagation added; empty when the row already carried its parents. */
  readonly carries: readonly Carry[];
}

export function carryAdjustment(adjustment: AdjustmentRow, catalog: Catalog): CarriedAdjustment {
  const { propagated, gaps } = carryUp(adjustment.amounts, catalog);
  return { adjustment, propagated, carries: carries(adjustment.amounts, gaps, catalog) };
}

/** The gaps carried, parents with the same amount grouped so one sentence can name them. */
function carries(original: Amounts, gaps: ReadonlyMap<string, Amount>, catalog: Catalog): Carry[] {
  const groups = new Map<string, { parents: string[]; amount: Amount }>();
  // `gaps` lists parents deepest first: the nearest parent of an adjusted indicator comes first.
  for (const [parent, amount] of gaps) {
    const group = groups.get(toJson(amount)) ?? { parents: [], amount };
    group.parents.push(parent);
    groups.set(toJson(amount), group);
  }
  const adjusted = catalog.indicators.map((i) => i.key).filter((k) => !isZero(original[k] ?? ZERO));
  // An origin is an adjusted key whose nearest adjusted-or-carried ancestor is one of the parents:
  // a total that misses an adjusted `mora` misses `mora`, not the components `mora` already carries.
  const carriedFrom = (key: string, parents: readonly string[]): boolean => {
    const nearest = ancestors(catalog, key).find((a) => parents.includes(a) || adjusted.includes(a));
    return nearest !== undefined && parents.includes(nearest);
  };
  return [...groups.values()].map(({ parents, amount }) => ({
    parents,
    amount,
    origins: adjusted.filter((k) => !parents.includes(k) && carriedFrom(k, parents)),
  }));
}
