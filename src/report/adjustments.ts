import { type Catalog, ancestors, identities } from '../domain/catalog';
import { type Amount, ZERO, equals, isZero, subtract, sum, toJson } from '../domain/money';
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
  /** The row with every child amount carried up to its parents. */
  readonly propagated: Amounts;
  /** What propagation added; empty when the row already carried its parents. */
  readonly carries: readonly Carry[];
}

export function carryAdjustment(adjustment: AdjustmentRow, catalog: Catalog): CarriedAdjustment {
  const propagated = propagate(adjustment.amounts, catalog);
  return { adjustment, propagated, carries: carries(adjustment.amounts, propagated, catalog) };
}

/**
 * Deepest parents first, so a carried amount keeps climbing: a parent whose children add up
 * to something on the row takes their sum. A parent adjusted on its own (its children add up
 * to zero) stays as it is. The same rule as the engine's reconciled totals (src/domain/reconcile.ts).
 */
function propagate(amounts: Amounts, catalog: Catalog): Amounts {
  const out: Record<string, Amount> = { ...amounts };
  for (const { parent, children } of identities(catalog)) {
    const total = sum(children.map((c) => out[c] ?? ZERO));
    if (!isZero(total) && !equals(total, out[parent] ?? ZERO)) out[parent] = total;
  }
  return out;
}

/** The added amounts, parents with the same amount grouped so one sentence can name them. */
function carries(original: Amounts, propagated: Amounts, catalog: Catalog): Carry[] {
  const groups = new Map<string, { parents: string[]; amount: Amount }>();
  for (const { parent: key } of identities(catalog)) {
    const added = subtract(propagated[key] ?? ZERO, original[key] ?? ZERO);
    if (isZero(added)) continue;
    const group = groups.get(toJson(added)) ?? { parents: [], amount: added };
    group.parents.push(key);
    groups.set(toJson(added), group);
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
