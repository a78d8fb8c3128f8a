import type { GridCell } from './grid';
import type { Lang } from './lang';

/** Month labels as analysts type them, in Spanish or English, and as date cells. */

const NAMES: Record<string, number> = {};
const add = (month: number, ...names: string[]): void => names.forEach((n) => (NAMES[n] = month));
add(1, 'ENERO', 'ENE', 'JANUARY', 'JAN');
add(2, 'FEBRERO', 'FEB', 'FEBRUARY');
add(3, 'MARZO', 'MAR', 'MARCH');
add(4, 'ABRIL', 'ABR', 'APRIL', 'APR');
add(5, 'MAYO', 'MAY');
add(6, 'JUNIO', 'JUN', 'JUNE');
add(7, 'JULIO', 'JUL', 'JULY');
add(8, 'AGOSTO', 'AGO', 'AUGUST', 'AUG');
add(9, 'SEPTIEMBRE', 'SETIEMBRE', 'SEP', 'SET', 'SEPT', 'SEPTEMBER');
add(10, 'OCTUBRE', 'OCT', 'OCTOBER');
add(11, 'NOVIEMBRE', 'NOV', 'NOVEMBER');
add(12, 'DICIEMBRE', 'DIC', 'DECEMBER', 'DEC');

const SPANISH = ['ENERO', 'FEBRERO', 'MARZO', 'ABRIL', 'MAYO', 'JUNIO', 'JULIO', 'AGOSTO', 'SEPTIEMBRE', 'OCTUBRE', 'NOVIEMBRE', 'DICIEMBRE'];
const ENGLISH = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

/** Upper case without accents, dots or surrounding spaces: `Septiembre.` → `SEPTIEMBRE`. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export interface MonthLabel {
  readonly month: number;
  /** A year the label itself carries (`ENERO 2024`, a date cell). */
  readonly year?: number;
}

/** The month a row label names, or null. */
export function parseMonth(cell: GridCell): MonthLabel | null {
  if (cell?.kind === 'date') return { month: cell.value.month, year: cell.value.year };
  if (cell?.kind !== 'text') return null;
  const m = /^([A-Z]+)\.?(?:[\s\-/.]+(\d{2}|\d{4}))?\.?$/.exec(foldLabel(cell.value));
  if (!m) return null;
  const month = NAMES[m[1]!];
  if (month === undefined) return null;
  if (m[2] === undefined) return { month };
  const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return { month, year };
}

export function monthName(month: number, lang: Lang): string {
  return (lang === 'es' ? SPANISH : ENGLISH)[month - 1] ?? String(month);
}
