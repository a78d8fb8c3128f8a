import type { Summary } from '../domain/findings';
import type { CalendarDate } from '../domain/grid';
import type { Lang } from '../domain/lang';
import { monthName } from '../domain/months';

/**
 * The report's words, Spanish first. Amounts and indicator names arrive already formatted,
 * so each sentence is written once per language and never assembled from fragments.
 */
export interface ReportText {
  readonly title: string;
  year(year: number): string;
  readonly labelHeader: string;
  readonly totalsLabel: string;
  adjustmentLabel(reference: string | null, sheetLabel: string): string;
  source(file: string | undefined, sheet: string, range: string): string;
  readonly currency: string;
  /** propagate: `amount` of `origins` (an adjustment citing `reference`) now also in `parents`. */
  carried(amount: string, origins: string, parents: string, reference: string | null): string;
  /** as-reported: `parents` (one or several) leave out `amount` of `origins`. */
  gap(parents: string, several: boolean, amount: string, origins: string, reference: string | null): string;
  /** `figures`: `MORA 9.175.678,45; TOTAL 150.251.586,37`. */
  sheetTotalsDiffer(figures: string): string;
  status(summary: Summary): string;
  generated(date: CalendarDate): string;
  chartTitle(description: string): string;
  list(items: readonly string[]): string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const counts = (summary: Summary, words: readonly [string, string][]): string[] =>
  [summary.errors, summary.warnings, summary.info].map((n, i) => (n === 0 ? '' : plural(n, words[i]![0], words[i]![1]))).filter((s) => s !== '');

const LISTS: Record<Lang, Intl.ListFormat> = {
  es: new Intl.ListFormat('es', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

const ES: ReportText = {
  title: 'RECAUDACIÓN TOTAL',
  year: (year) => `AÑO ${year}`,
  labelHeader: 'MES',
  totalsLabel: 'TOTAL',
  adjustmentLabel: (reference, sheetLabel) => (reference ? `AJUSTE ${reference}` : sheetLabel),
  source: (file, sheet, range) => `Fuente: ${file ? `${file}, ` : ''}hoja «${sheet}», rango ${range}.`,
  currency: 'Valores en dólares de los Estados Unidos de América (USD).',
  carried: (amount, origins, parents, reference) =>
    `El ajuste de ${origins} por ${amount}${reference ? ` (${reference})` : ''} se suma también a ${parents}, para que cada total sea la suma de sus componentes.`,
  gap: (parents, several, amount, origins, reference) =>
    `${parents} del informe no ${several ? 'incluyen' : 'incluye'} ${amount} de ajustes de ${origins}${reference ? ` (${reference})` : ''}.`,
  sheetTotalsDiffer: (figures) => `La fila de totales de la hoja de origen dice: ${figures}.`,
  status: (summary) => {
    const found = counts(summary, [
      ['error', 'errores'],
      ['advertencia', 'advertencias'],
      ['aviso', 'avisos'],
    ]);
    return found.length === 0 ? 'Conciliación de la hoja de origen: sin observaciones.' : `Conciliación de la hoja de origen: ${LISTS.es.format(found)}.`;
  },
  generated: (d) => `Generado con Cuadre el ${d.day} de ${monthName(d.month, 'es').toLowerCase()} de ${d.year}.`,
  chartTitle: (description) => `${description}, por mes`,
  list: (items) => LISTS.es.format(items),
};

const capitalized = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

const EN: ReportText = {
  title: 'TOTAL COLLECTIONS',
  year: (year) => `YEAR ${year}`,
  labelHeader: 'MONTH',
  totalsLabel: 'TOTAL',
  adjustmentLabel: (reference, sheetLabel) => (reference ? `ADJUSTMENT ${reference}` : sheetLabel),
  source: (file, sheet, range) => `Source: ${file ? `${file}, ` : ''}sheet “${sheet}”, range ${range}.`,
  currency: 'Amounts in United States dollars (USD).',
  carried: (amount, origins, parents, reference) =>
    `The ${origins} adjustment of ${amount}${reference ? ` (${reference})` : ''} is also added to ${parents}, so every total is the sum of its components.`,
  gap: (parents, several, amount, origins, reference) =>
    `${parents} in this report ${several ? 'leave' : 'leaves'} out ${amount} of ${origins} adjustments${reference ? ` (${reference})` : ''}.`,
  sheetTotalsDiffer: (figures) => `The totals row of the source sheet reads: ${figures}.`,
  status: (summary) => {
    const found = counts(summary, [
      ['error', 'errors'],
      ['warning', 'warnings'],
      ['note', 'notes'],
    ]);
    return found.length === 0 ? 'Reconciliation of the source sheet: no findings.' : `Reconciliation of the source sheet: ${LISTS.en.format(found)}.`;
  },
  generated: (d) => `Generated with Cuadre on ${capitalized(monthName(d.month, 'en'))} ${d.day}, ${d.year}.`,
  chartTitle: (description) => `${description}, by month`,
  list: (items) => LISTS.en.format(items),
};

export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = { es: ES, en: EN };
