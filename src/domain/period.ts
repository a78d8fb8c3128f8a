import { readAmount } from './amount-cell';
import { type Grid, cellAt } from './grid';
import type { LocatedTable } from './locate';
import { monthName } from './months';
import type { Lang } from './lang';
import { isZero } from './money';

/**
 * The months a sheet covers so far (RECONCILIATION.md §2b): from ENERO to the last month with
 * data. Analysts fill the sheet month by month; a check in July covers ENERO to JUNIO.
 */
export interface Period {
  /** Always 1 (ENERO): the year starts there, whatever the sheet holds. */
  readonly from: number;
  /** The last month with a non-empty row, 1–12. */
  readonly to: number;
}

export const FULL_YEAR: Period = { from: 1, to: 12 };

/**
 * A month row is empty when every indicator cell is blank or zero (typed, or a formula's
 * result: templates carry `=C12+D12` in months not yet filled). A formula whose result the
 * file does not hold is unknown, not zero: its row is not empty.
 */
export function isEmptyRow(grid: Grid, table: LocatedTable, row: number): boolean {
  for (const col of table.columns.values()) {
    const reading = readAmount(cellAt(grid, row, col));
    if (reading.kind === 'blank') continue;
    if (reading.kind === 'amount' && isZero(reading.amount)) continue;
    return false;
  }
  return true;
}

/**
 * ENERO to the last month whose row is not empty. A sheet with no month filled yet covers
 * ENERO alone, so that its empty ENERO is reported as missing rather than the sheet passing.
 */
export function findPeriod(grid: Grid, table: LocatedTable): Period {
  let to = 1;
  for (const r of table.body) {
    if (r.kind === 'month' && r.month > to && !isEmptyRow(grid, table, r.row)) to = r.month;
  }
  return { from: 1, to };
}

export const monthsIn = (p: Period): number => p.to - p.from + 1;
export const isFullYear = (p: Period): boolean => p.from === 1 && p.to === 12;

/**
 * The report's title words: `AÑO 2024` for a full year, `ENERO A JUNIO 2024` for part of it,
 * `ENERO 2024` for one month (en: `YEAR 2024`, `JANUARY TO JUNE 2024`).
 */
export function periodTitle(period: Period, year: number | null, lang: Lang): string {
  const y = year === null ? '' : ` ${year}`;
  if (isFullYear(period) && year !== null) return `${lang === 'es' ? 'AÑO' : 'YEAR'}${y}`;
  const from = monthName(period.from, lang);
  if (period.from === period.to) return `${from}${y}`;
  return `${from} ${lang === 'es' ? 'A' : 'TO'} ${monthName(period.to, lang)}${y}`;
}

/** The months checked, short enough for a column or a line: «enero–diciembre 2024», «junio 2024» (en: «January–December 2024»). */
export function periodSpan(period: Period, year: number | null, lang: Lang): string {
  const name = (m: number): string => {
    const word = monthName(m, lang);
    return lang === 'es' ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase();
  };
  const span = period.from === period.to ? name(period.from) : `${name(period.from)}–${name(period.to)}`;
  return year === null ? span : `${span} ${year}`;
}

/** One line for the text output and the pane: «Período: enero a junio de 2024 · 6 de 12 meses». */
export function periodLine(period: Period, year: number | null, lang: Lang): string {
  const n = monthsIn(period);
  if (lang === 'es') {
    const name = (m: number) => monthName(m, 'es').toLowerCase();
    const span = period.from === period.to ? name(period.from) : `${name(period.from)} a ${name(period.to)}`;
    return `Período: ${span}${year === null ? '' : ` de ${year}`} · ${n} de 12 meses`;
  }
  const name = (m: number) => monthName(m, 'en').charAt(0) + monthName(m, 'en').slice(1).toLowerCase();
  const span = period.from === period.to ? name(period.from) : `${name(period.from)} to ${name(period.to)}`;
  return `Period: ${span}${year === null ? '' : ` ${year}`} · ${n} of 12 months`;
}
