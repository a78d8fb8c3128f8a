import type { Catalog } from './catalog';
import type { Finding, Summary } from './findings';
import type { Lang } from './lang';
import type { Amount } from './money';
import type { Period } from './period';

/** Amounts per indicator key. A key is absent where the sheet has no readable amount. */
export type Amounts = Readonly<Record<string, Amount>>;

export interface TableInfo {
  /** A1 range from the first header row to the last table row, e.g. `A4:H19`. */
  readonly range: string;
  readonly year: number | null;
  readonly region: string | null;
  /**
   * The months the sheet covers so far (§2b): ENERO to the last month with data. Name it with
   * period.ts `periodTitle` (report: «ENERO A JUNIO 2024», a full year «AÑO 2024») and
   * `periodLine` (text output, pane: «Período: enero a junio de 2024 · 6 de 12 meses»).
   * `months` holds the period's rows only: later months are not yet loaded.
   */
  readonly period: Period;
  /** Column letters per indicator key, for the indicators the sheet has. */
  readonly columns: Readonly<Record<string, string>>;
  /** Column letters of the month labels. */
  readonly labelColumn: string;
  /** Sheet rows of the header, top first. */
  readonly headerRows: readonly number[];
  /** Sheet row of the totals row, or null when the sheet has none. */
  readonly totalsRow: number | null;
  /** Header text per indicator key as the sheet has it (the code cell or the label). */
  readonly headers: Readonly<Record<string, string>>;
}

export interface MonthRow {
  readonly month: number;
  readonly label: string;
  readonly row: number;
  readonly amounts: Amounts;
}

export interface AdjustmentRow {
  readonly row: number;
  readonly label: string;
  /** The document the adjustment cites, e.g. `IESS-DNRGC-2025-0310-M`, or null. */
  readonly reference: string | null;
  readonly amounts: Amounts;
}

export interface Totals {
  /** As the sheet's totals row has them (empty without a totals row). */
  readonly reported: Amounts;
  /** Per indicator: month rows + adjustment rows, as the sheet has them. */
  readonly computed: Amounts;
  /** The same with every adjustment carried up to the parents of the indicator it adjusts. */
  readonly reconciled: Amounts;
}

/** Everything one check of one sheet found: the table, its figures and its findings. */
export interface Reconciliation {
  readonly sheet: string;
  /** Null when no table was found (then `findings` says why). */
  readonly table: TableInfo | null;
  /** Month rows of the period, in sheet order (rows of months not yet loaded are left out). */
  readonly months: readonly MonthRow[];
  readonly adjustments: readonly AdjustmentRow[];
  readonly totals: Totals;
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  readonly catalog: Catalog;
  readonly lang: Lang;
}

export interface ReconcileOptions {
  readonly lang?: Lang;
  /** Largest difference still taken as equal; exact to the cent by default. */
  readonly tolerance?: Amount;
  /** The year to assume when the sheet does not say. */
  readonly year?: number;
  readonly catalog?: Catalog;
}
