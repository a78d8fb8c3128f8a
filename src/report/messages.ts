import type { Summary } from '../domain/findings';
import type { CalendarDate } from '../domain/grid';
import type { Lang } from '../domain/lang';
import { monthName } from '../domain/months';
import { type Period, monthsIn } from '../domain/period';

/**
 * The report's words, Spanish first. Indicator names, cells and lists arrive already
 * formatted, so each sentence is written once per language and never assembled from
 * fragments. No sentence carries an amount as fixed text: an amount is a cell, or a formula
 * (`FIXED`) that the reader's spreadsheet formats in the reader's locale, like the cells.
 */
export interface ReportText {
  readonly title: string;
  readonly draftTitle: string;
  readonly labelHeader: string;
  readonly totalsLabel: string;
  /** The analyst's own source line, or the file, sheet and range. */
  source(given: string | undefined, file: string | undefined, sheet: string, range: string): string;
  readonly currency: string;
  /** A period that ends before DICIEMBRE (RECONCILIATION.md §2b): which months, and that the later ones are not yet loaded. */
  partial(period: Period, year: number | null): string;
  /** propagate: the adjustment of `origins` in `cells` also added to `parents`, by formulas. */
  carried(origins: string, cells: string, parents: string, reference: string | null): string;
  /** The totals row: every parent is the sum of its components. */
  readonly sums: string;
  /** as-reported: `parents` (one or several) leave out the adjustment of `origins` in `cells`. */
  gap(parents: string, several: boolean, origins: string, cells: string, reference: string | null): string;
  /** The two ends of the sentence around `MORA 9.175.678,45; TOTAL …` (the figures are formulas). */
  readonly sheetTotals: { before(row: number): string; readonly after: string };
  /**
   * Findings besides the errors the report resolves; `resolved` when there are such errors: kept
   * out of this report's totals, or `disclosed` by the sentences above.
   */
  status(summary: Summary, resolved: { readonly cells: string; readonly disclosed: boolean } | null): string;
  draft(errors: number, where: string): string;
  provenance(date: CalendarDate, version: string | undefined, fingerprint: string): string;
  readonly footer: string;
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

/** A source the analyst typed ends with a full stop, added only when it has none. */
const sentence = (text: string): string => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** `enero a junio de 2024`, `enero de 2024` (en: `January to June 2024`). */
function span(period: Period, year: number | null, lang: Lang): string {
  const name = (m: number): string =>
    lang === 'es' ? monthName(m, 'es').toLowerCase() : monthName(m, 'en').charAt(0) + monthName(m, 'en').slice(1).toLowerCase();
  const months = period.from === period.to ? name(period.from) : `${name(period.from)} ${lang === 'es' ? 'a' : 'to'} ${name(period.to)}`;
  return year === null ? months : `${months}${lang === 'es' ? ' de' : ''} ${year}`;
}

const iso = (d: CalendarDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const ES: ReportText = {
  title: 'RECAUDACIÓN TOTAL',
  draftTitle: 'BORRADOR — RECAUDACIÓN TOTAL',
  labelHeader: 'MES',
  totalsLabel: 'TOTAL',
  source: (given, file, sheet, range) => sentence(`Fuente: ${given ?? `${file ? `${file}, ` : ''}hoja «${sheet}», rango ${range}`}`),
  currency: 'Valores en dólares de los Estados Unidos de América (USD).',
  partial: (period, year) =>
    `Período parcial: ${span(period, year, 'es')} (${monthsIn(period)} de 12 meses); los meses siguientes aún no se han cargado en la hoja de origen.`,
  carried: (origins, cells, parents, reference) =>
    `El ajuste de ${origins}${reference ? ` (${reference})` : ''} se suma también a ${parents} en su fila: esas celdas son fórmulas que remiten a ${cells}.`,
  sums: 'En la fila TOTAL, cada indicador es la suma de sus componentes.',
  gap: (parents, several, origins, cells, reference) =>
    `${parents} de este informe no ${several ? 'incluyen' : 'incluye'} el ajuste de ${origins} de ${cells}${reference ? ` (${reference})` : ''}.`,
  sheetTotals: {
    before: (row) => `La fila de totales de la hoja de origen (fila ${row}) dice: `,
    after: '; la fila TOTAL de este informe suma sus propias filas.',
  },
  status: (summary, resolved) => {
    const found = counts(summary, [
      ['error', 'errores'],
      ['advertencia', 'advertencias'],
      ['aviso', 'avisos'],
    ]);
    const head = found.length === 0 ? 'Revisión de la hoja de origen: sin otras observaciones' : `Revisión de la hoja de origen: ${LISTS.es.format(found)}`;
    if (resolved === null) return `${head}.`;
    return resolved.disclosed
      ? `${head}; lo que no cuadra en su fila de totales (${resolved.cells}) se indica en estas notas.`
      : `${head}; lo que no cuadra en su fila de totales (${resolved.cells}) no pasa a este informe.`;
  },
  draft: (errors, where) =>
    `BORRADOR: ${errors === 1 ? 'queda 1 error sin resolver' : `quedan ${errors} errores sin resolver`} en la hoja de origen (${where}); las cifras pueden cambiar. Corríjalos y genere el informe de nuevo.`,
  provenance: (d, version, fingerprint) => `Cuadre${version ? ` ${version}` : ''} · ${iso(d)} · SHA-256 de las cifras: ${fingerprint}`,
  footer: 'Página &P de &N',
  chartTitle: (description) => `${description}, por mes`,
  list: (items) => LISTS.es.format(items),
};

const EN: ReportText = {
  title: 'TOTAL COLLECTIONS',
  draftTitle: 'DRAFT — TOTAL COLLECTIONS',
  labelHeader: 'MONTH',
  totalsLabel: 'TOTAL',
  source: (given, file, sheet, range) => sentence(`Source: ${given ?? `${file ? `${file}, ` : ''}sheet “${sheet}”, range ${range}`}`),
  currency: 'Amounts in United States dollars (USD).',
  partial: (period, year) =>
    `Partial period: ${span(period, year, 'en')} (${monthsIn(period)} of 12 months); the later months are not yet loaded in the source sheet.`,
  carried: (origins, cells, parents, reference) =>
    `The ${origins} adjustment${reference ? ` (${reference})` : ''} is also added to ${parents} on its row: those cells are formulas that refer to ${cells}.`,
  sums: 'On the TOTAL row, every indicator is the sum of its components.',
  gap: (parents, several, origins, cells, reference) =>
    `${parents} in this report ${several ? 'leave' : 'leaves'} out the ${origins} adjustment in ${cells}${reference ? ` (${reference})` : ''}.`,
  sheetTotals: { before: (row) => `The totals row of the source sheet (row ${row}) reads: `, after: '; the TOTAL row of this report adds up its own rows.' },
  status: (summary, resolved) => {
    const found = counts(summary, [
      ['error', 'errors'],
      ['warning', 'warnings'],
      ['note', 'notes'],
    ]);
    const head = found.length === 0 ? 'Review of the source sheet: no other findings' : `Review of the source sheet: ${LISTS.en.format(found)}`;
    if (resolved === null) return `${head}.`;
    return resolved.disclosed
      ? `${head}; what does not add up on its totals row (${resolved.cells}) is set out in these notes.`
      : `${head}; what does not add up on its totals row (${resolved.cells}) does not reach this report.`;
  },
  draft: (errors, where) =>
    `DRAFT: ${errors === 1 ? '1 error is' : `${errors} errors are`} unresolved in the source sheet (${where}); the figures may change. Fix them and generate the report again.`,
  provenance: (d, version, fingerprint) => `Cuadre${version ? ` ${version}` : ''} · ${iso(d)} · SHA-256 of the figures: ${fingerprint}`,
  footer: 'Page &P of &N',
  chartTitle: (description) => `${description}, by month`,
  list: (items) => LISTS.en.format(items),
};

export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = { es: ES, en: EN };

/** `monthName` for footnote lists of findings without a cell. */
export const monthLabel = monthName;
