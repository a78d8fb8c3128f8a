import { type Catalog, identities } from '../domain/catalog';
import { toCheckJson } from '../domain/check-json';
import type { Finding } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { type Amount, ZERO, equals, formatAmount, isZero, sum, toJson } from '../domain/money';
import type { Reconciliation, TableInfo } from '../domain/reconciliation';
import { type Period, isFullYear } from '../domain/period';
import { sha256Hex } from '../domain/sha256';
import type { AdjustmentPolicy, CarriedAdjustment } from './adjustments';
import type { LayoutColumn, LayoutValue, SheetLayout } from './layout';
import { address, cellOf, figureAt, recomputedSum, referencedCells } from './layout-figures';
import { type ReportText, monthLabel } from './messages';

/**
 * The footnote as claims (STYLE.md 12): each sentence is built together with the predicate
 * that makes it true on the written layout, and a sentence whose predicate fails on the
 * layout is not printed. The predicates read the layout's cells (what a viewer shows), never
 * the figures the layout was built from.
 */

export type ClaimKind = 'source' | 'currency' | 'period' | 'carried' | 'sums' | 'gap' | 'sheet-totals' | 'status' | 'draft' | 'provenance';

export interface Claim {
  readonly kind: ClaimKind;
  /** Text, or a formula whose text result is the sentence (amounts in the reader's locale). */
  readonly value: LayoutValue;
  readonly holds: (layout: SheetLayout) => boolean;
}

export interface FootnoteFacts {
  readonly reconciliation: Reconciliation;
  readonly table: TableInfo;
  readonly columns: readonly LayoutColumn[];
  readonly carried: readonly CarriedAdjustment[];
  /** The layout row of each adjustment, in `carried` order. */
  readonly adjustmentRows: readonly number[];
  readonly totalsRow: number;
  readonly body: { readonly first: number; readonly last: number };
  readonly policy: AdjustmentPolicy;
  readonly text: ReportText;
  readonly lang: Lang;
  readonly source: string | undefined;
  readonly file: string | undefined;
  readonly draft: boolean;
  readonly resolved: readonly Finding[];
  readonly unresolved: readonly Finding[];
  readonly generatedOn: { readonly year: number; readonly month: number; readonly day: number };
  readonly version: string | undefined;
}

const text = (t: string): LayoutValue => ({ kind: 'text', text: t });
const always = (): boolean => true;

export function footnoteClaims(f: FootnoteFacts): Claim[] {
  const { reconciliation: rec, table, text: words } = f;
  const names = (keys: readonly string[]): string => words.list(keys.map((k) => f.columns.find((c) => c.key === k)?.name ?? k.toUpperCase()));
  const colOf = (key: string): number | undefined => f.columns.find((c) => c.key === key)?.col;
  const cells = (row: number, keys: readonly string[]): string =>
    words.list(
      keys
        .map(colOf)
        .filter((c): c is number => c !== undefined)
        .map((c) => address(row, c)),
    );

  const policyClaims = f.carried.flatMap(({ adjustment, carries }, i) => {
    const row = f.adjustmentRows[i]!;
    return carries.map((c): Claim => {
      const where = cells(row, c.origins);
      if (f.policy === 'propagate') {
        return {
          kind: 'carried',
          value: text(words.carried(names(c.origins), where, names(c.parents), adjustment.reference)),
          holds: (l) => carriedByFormulas(l, row, c.parents.map(colOf), c.origins.map(colOf)),
        };
      }
      return {
        kind: 'gap',
        value: text(words.gap(names(c.parents), c.parents.length > 1, names(c.origins), where, adjustment.reference)),
        holds: (l) => c.parents.every((p) => leavesOut(l, row, p, rec.catalog, f.columns)),
      };
    });
  });

  const differing = f.columns.filter(({ key }) => {
    const reported = rec.totals.reported[key];
    return reported !== undefined && rec.table?.totalsRow != null;
  });
  const sheetTotals = sheetTotalsClaim(f, differing);
  const resolvedCells = f.resolved.length === 0 ? null : words.list([...new Set(f.resolved.map((r) => r.cell!))]);
  const shownErrors = f.draft ? f.unresolved.length : 0;
  const statusHolds = (): boolean => f.draft || f.unresolved.length === 0;
  const disclosures = [...policyClaims.filter((c) => c.kind === 'gap'), ...(sheetTotals ? [sheetTotals] : [])];
  const summary = { errors: shownErrors, warnings: rec.summary.warnings, info: rec.summary.info };
  const claims: Claim[] = [
    { kind: 'source', value: text(words.source(f.source, f.file, rec.sheet, table.range)), holds: always },
    { kind: 'currency', value: text(words.currency), holds: always },
    ...(isFullYear(table.period)
      ? []
      : [
          {
            kind: 'period',
            value: text(words.partial(table.period, table.year)),
            holds: (l: SheetLayout) => monthRowsArePeriod(l, table.period, f.lang),
          } as Claim,
        ]),
    ...(f.draft && f.unresolved.length > 0
      ? [{ kind: 'draft', value: text(words.draft(f.unresolved.length, words.list(f.unresolved.map((u) => where(u, f.lang))))), holds: always } as Claim]
      : []),
    ...policyClaims,
    ...(identities(rec.catalog).some((i) => colOf(i.parent) !== undefined)
      ? [{ kind: 'sums', value: text(words.sums), holds: (l: SheetLayout) => everyTotalSums(l, f) } as Claim]
      : []),
    ...(sheetTotals ? [sheetTotals] : []),
    // The first of these that holds is printed (buildReport): the resolved errors are either
    // kept out of this report's totals, or disclosed by the sentences above; else only counted out.
    ...(resolvedCells === null
      ? [{ kind: 'status', value: text(words.status(summary, null)), holds: statusHolds } as Claim]
      : [
          {
            kind: 'status',
            value: text(words.status(summary, { cells: resolvedCells, disclosed: false })),
            holds: (l: SheetLayout) => statusHolds() && totalsAreSums(l, f) && everyTotalSums(l, f),
          } as Claim,
          {
            kind: 'status',
            value: text(words.status(summary, { cells: resolvedCells, disclosed: true })),
            holds: (l: SheetLayout) => statusHolds() && disclosures.some((c) => c.holds(l)),
          } as Claim,
          { kind: 'status', value: text(words.status(summary, null)), holds: statusHolds } as Claim,
        ]),
    { kind: 'provenance', value: text(words.provenance(f.generatedOn, f.version, sourceFingerprint(rec))), holds: always },
  ];
  return claims;
}

/**
 * The month rows are the period's months, in calendar order and none after it: the sentence
 * «Período parcial: enero a junio…» would be false over a table that lists JULIO.
 */
function monthRowsArePeriod(layout: SheetLayout, period: Period, lang: Lang): boolean {
  const { monthRows, labelColumn } = layout.table;
  const labels: string[] = [];
  for (let row = monthRows.first; row <= monthRows.last; row++) {
    const value = cellOf(layout, row, labelColumn)?.value;
    const label = value?.kind === 'text' ? value.text : '';
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  const expected = Array.from({ length: period.to - period.from + 1 }, (_, i) => monthLabel(period.from + i, lang));
  return labels.length === expected.length && labels.every((l, i) => l === expected[i]);
}

/** Where a finding is, for a list: its cell, else its month, else its row label or code. */
function where(finding: Finding, lang: Lang): string {
  if (finding.cell !== undefined) return `${finding.cell} (${finding.code})`;
  if (finding.month !== undefined) return `${monthLabel(finding.month, lang)} (${finding.code})`;
  return finding.rowLabel ?? finding.indicator ?? finding.code;
}

/**
 * "The sheet's totals row reads: MORA 9.175.678,45; TOTAL …": where it differs from this
 * report's totals. The figures are `FIXED(…, 2)` in a formula, so they come out with the
 * reader's separators, like the cells above them.
 */
function sheetTotalsClaim(f: FootnoteFacts, candidates: readonly LayoutColumn[]): Claim | null {
  const { reconciliation: rec } = f;
  const sheetRow = rec.table?.totalsRow;
  if (sheetRow == null) return null;
  const totalsOf = (key: string): ReturnType<typeof sum> => {
    const body = [...rec.months.map((m) => m.amounts[key] ?? ZERO)];
    const adjustments = f.carried.map((c) => (f.policy === 'propagate' ? c.propagated : c.adjustment.amounts)[key] ?? ZERO);
    return sum([...body, ...adjustments]);
  };
  const differing = candidates.filter(({ key }) => !equals(rec.totals.reported[key]!, totalsOf(key)));
  if (differing.length === 0) return null;
  const before = f.text.sheetTotals.before(sheetRow);
  const parts = differing.map((c) => ({ name: c.name, amount: rec.totals.reported[c.key]! }));
  const formula = `=${[
    quote(before),
    ...parts.flatMap((p, i) => [quote(`${i === 0 ? '' : '; '}${p.name} `), `FIXED(${toJson(p.amount)},2)`]),
    quote(f.text.sheetTotals.after),
  ].join('&')}`;
  const result = `${before}${parts.map((p) => `${p.name} ${formatAmount(p.amount, f.lang)}`).join('; ')}${f.text.sheetTotals.after}`;
  return {
    kind: 'sheet-totals',
    value: { kind: 'formula', formula, result },
    holds: (l) => totalsAreSums(l, f) && differing.every((c) => !equals(figureAt(l, f.totalsRow, c.col) ?? ZERO, rec.totals.reported[c.key]!)),
  };
}

/** A text constant in a formula; Excel takes at most 255 characters per constant. */
function quote(value: string): string {
  const chunks = value.match(/[^]{1,250}/g) ?? [''];
  return chunks.map((c) => `"${c.replaceAll('"', '""')}"`).join('&');
}

/** Each parent cell on the row is a formula adding cells of the row whose chain reaches every origin cell. */
function carriedByFormulas(layout: SheetLayout, row: number, parents: readonly (number | undefined)[], origins: readonly (number | undefined)[]): boolean {
  const reached = new Set<number>();
  const visit = (col: number): void => {
    const value = cellOf(layout, row, col)?.value;
    if (value?.kind !== 'formula') return;
    for (const ref of referencedCells(value.formula)) {
      if (ref.row !== row || reached.has(ref.col)) continue;
      reached.add(ref.col);
      visit(ref.col);
    }
  };
  return parents.every((col) => {
    if (col === undefined) return false;
    const value = cellOf(layout, row, col)?.value;
    if (value?.kind !== 'formula' || typeof value.result !== 'number') return false;
    const recomputed = recomputedSum(layout, value.formula);
    if (recomputed === null || isZero(recomputed) || !equals(recomputed, figureAt(layout, row, col)!)) return false;
    reached.clear();
    visit(col);
    return origins.every((o) => o !== undefined && reached.has(o));
  });
}

/**
 * On the adjustment row, the parent shows other than what the cells below it add up to, down
 * to the components that have none (TOTAL over OPORTUNA and MORA over CONVENIOS…).
 */
function leavesOut(layout: SheetLayout, row: number, parent: string, catalog: Catalog, columns: readonly LayoutColumn[]): boolean {
  const col = (key: string): number | undefined => columns.find((c) => c.key === key)?.col;
  const all = identities(catalog);
  const deepSum = (key: string): Amount | null => {
    const identity = all.find((i) => i.parent === key);
    const present = identity?.children.filter((k) => col(k) !== undefined) ?? [];
    if (present.length === 0) return col(key) === undefined ? ZERO : figureAt(layout, row, col(key)!);
    const parts = present.map(deepSum);
    return parts.some((p) => p === null) ? null : sum(parts as Amount[]);
  };
  const own = col(parent) === undefined ? null : figureAt(layout, row, col(parent)!);
  const below = deepSum(parent);
  return own !== null && below !== null && !equals(own, below);
}

/** Every identity whose parent is in the table holds on the totals row, with all its components in the table. */
function everyTotalSums(layout: SheetLayout, f: FootnoteFacts): boolean {
  const colOf = (key: string): number | undefined => f.columns.find((c) => c.key === key)?.col;
  return identities(f.reconciliation.catalog)
    .filter((i) => colOf(i.parent) !== undefined)
    .every((i) => {
      const children = i.children.map(colOf);
      if (children.some((c) => c === undefined)) return false;
      const figures = children.map((c) => figureAt(layout, f.totalsRow, c!));
      const parent = figureAt(layout, f.totalsRow, colOf(i.parent)!);
      return parent !== null && figures.every((x) => x !== null) && equals(parent, sum(figures as NonNullable<(typeof figures)[number]>[]));
    });
}

/** The totals row is `=SUM` over the report's own rows, in every amount column. */
function totalsAreSums(layout: SheetLayout, f: FootnoteFacts): boolean {
  return f.columns.every(({ col }) => {
    const value = cellOf(layout, f.totalsRow, col)?.value;
    return value?.kind === 'formula' && value.formula === `=SUM(${address(f.body.first, col)}:${address(f.body.last, col)})`;
  });
}

/**
 * SHA-256 of the figures checked: the `table`, `months`, `adjustments` and `totals` members of
 * `cuadre check --json`, keys sorted, no spaces (`jq -cSj '{table,months,adjustments,totals}'`).
 */
export function sourceFingerprint(rec: Reconciliation): string {
  const json = toCheckJson(rec, '');
  return sha256Hex(canonicalJson({ table: json.table, months: json.months, adjustments: json.adjustments, totals: json.totals }));
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
