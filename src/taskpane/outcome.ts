import { ancestors, indicatorByKey } from '../domain/catalog';
import type { Finding } from '../domain/findings';
import { type Amount, amount, equals, isNegative, isZero, subtract } from '../domain/money';
import type { Period } from '../domain/period';
import type { Reconciliation } from '../domain/reconciliation';
import type { Status } from './i18n';
import { statusOf } from './pane-model';

/**
 * The result of a check in one sentence, as data the strings put into words: what is off, by how
 * much, and — where one finding explains another — why. Pure, apart from React.
 */

/** The period the check covered (RECONCILIATION.md §2b) and the table's year. */
export interface CheckedPeriod {
  readonly period: Period;
  readonly year: number | null;
}

export type Headline =
  /** An indicator's figure is off by `gap` (> 0): `short` below what its parts add up to, or over it. */
  | {
      readonly kind: 'gap';
      readonly name: string;
      /** The catalog's top indicator (TOTAL): Spanish says «Al TOTAL». */
      readonly root: boolean;
      /** Null on the totals row. */
      readonly month: number | null;
      readonly gap: Amount;
      readonly short: boolean;
      readonly cell: string | undefined;
      /** The adjustment that was not carried up and explains the whole gap, by its cell. */
      readonly unCarriedAdjustment: string | null;
      readonly moreErrors: number;
    }
  /** The first error that is not a gap: its code and cell. */
  | { readonly kind: 'error'; readonly finding: Finding; readonly moreErrors: number }
  | { readonly kind: 'warnings'; readonly count: number }
  | { readonly kind: 'clean' }
  | { readonly kind: 'not-found'; readonly sheet: string };

export interface Outcome {
  readonly status: Status;
  readonly headline: Headline;
  readonly period: CheckedPeriod | null;
}

const GAP_CODES = new Set(['identity.breakdown', 'total.mismatch']);

const abs = (a: Amount): Amount => (isNegative(a) ? subtract(amount(0), a) : a);

export function outcomeOf(rec: Reconciliation): Outcome {
  return { status: statusOf(rec), headline: headlineOf(rec), period: periodOf(rec) };
}

function headlineOf(rec: Reconciliation): Headline {
  if (rec.table === null) return { kind: 'not-found', sheet: rec.sheet };
  const errors = rec.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) {
    const warnings = rec.summary.warnings;
    return warnings > 0 ? { kind: 'warnings', count: warnings } : { kind: 'clean' };
  }
  // The largest gap says most about the figures; an error without amounts (a missing month) comes first only when there is no gap.
  const gaps = errors.filter((f) => GAP_CODES.has(f.code) && f.difference !== undefined && !isZero(amount(f.difference)));
  const top = gaps.reduce<Finding | undefined>(
    (best, f) => (best === undefined || isNegative(subtract(abs(amount(best.difference!)), abs(amount(f.difference!)))) ? f : best),
    undefined,
  );
  if (top === undefined) return { kind: 'error', finding: errors[0]!, moreErrors: errors.length - 1 };
  const difference = amount(top.difference!);
  const gap = abs(difference);
  const indicator = top.indicator === undefined ? undefined : indicatorByKey(rec.catalog, top.indicator);
  return {
    kind: 'gap',
    name: indicator?.labels[0] ?? top.indicator ?? top.rowLabel ?? '',
    root: indicator !== undefined && indicator.parent === null,
    month: top.month ?? null,
    gap,
    short: isNegative(difference),
    cell: top.cell,
    unCarriedAdjustment: explainingAdjustment(rec, top, gap),
    moreErrors: errors.length - 1,
  };
}

/** An adjustment of exactly the gap's size, on this indicator's branch, that was not carried up to it. */
function explainingAdjustment(rec: Reconciliation, gapFinding: Finding, gap: Amount): string | null {
  const match = rec.findings.find(
    (f) =>
      f.code === 'adjustment.not-propagated' &&
      f.cell !== undefined &&
      f.expected !== undefined &&
      equals(amount(f.expected), gap) &&
      (gapFinding.indicator === undefined || f.indicator === undefined || ancestors(rec.catalog, f.indicator).includes(gapFinding.indicator)),
  );
  return match?.cell ?? null;
}

function periodOf(rec: Reconciliation): CheckedPeriod | null {
  return rec.table === null ? null : { period: rec.table.period, year: rec.table.year };
}
