import type { InvalidReason } from './amount-cell';
import type { FindingCode } from './findings';
import type { Amount } from './money';
import type { Period } from './period';

/**
 * A finding as the checks produce it: typed amounts and the facts its message needs.
 * `finalize` (reconcile.ts) turns it into the contract's `Finding` in one language.
 */
export interface FindingDraft {
  readonly code: FindingCode;
  /** 1-based sheet coordinates of the cell at fault. */
  readonly row?: number;
  readonly col?: number;
  readonly rowLabel?: string;
  readonly month?: number;
  readonly indicator?: string;
  readonly expected?: Amount;
  readonly actual?: Amount;
  readonly suggestion?: string;
  readonly detail?: FindingDetail;
}

/** Facts for the message only; they do not reach the JSON. */
export interface FindingDetail {
  /** The cell's text as the sheet has it. */
  readonly text?: string;
  readonly reason?: InvalidReason;
  /** A formula not calculated: the file holds a placeholder result and asks to be recalculated on load. */
  readonly stale?: boolean;
  /** Another cell the message points at (the first of a duplicate, the code cell…). */
  readonly otherCell?: string;
  /** Another indicator the message names (the label's, in a mismatch). */
  readonly otherIndicator?: string;
  readonly reference?: string | null;
  /** The adjustment amount of the cell at fault. */
  readonly adjusted?: Amount;
  /** Parents (key and cell) that do not carry an adjustment. */
  readonly notCarriedTo?: readonly { readonly key: string; readonly cell: string | null }[];
  /** For a totals-row breakdown: the adjustments not carried to this parent. */
  readonly unpropagated?: { readonly amount: Amount; readonly cells: readonly string[]; readonly references: readonly string[] };
  /** Sheets looked at, for a table not found. */
  readonly sheets?: readonly string[];
  readonly notFound?: 'no-months' | 'no-header';
  /** The months the sheet covers so far (§2b), for `month.missing` and `period.partial`. */
  readonly period?: Period;
  readonly year?: number | null;
  /** The date of the earlier check a `month.restated` compares with (`2024-07-05`). */
  readonly checkedAt?: string;
  /** For a table taken from another sheet than the active one: which, and why not the active one. */
  readonly otherSheet?: OtherSheet;
}

/**
 * Why the table checked is not the active sheet's (RECONCILIATION.md §2): the active sheet is
 * Cuadre's own report, has no table, or has a table that lacks indicators (`missing`, catalog
 * keys) while the sheet used has them all (`complete`).
 */
export interface OtherSheet {
  readonly active: string;
  readonly why: 'report' | 'log' | 'no-table' | 'partial';
  readonly missing?: readonly string[];
  /** Whether the table used has every catalog indicator. */
  readonly complete: boolean;
}
