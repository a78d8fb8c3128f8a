import type { Summary } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { type Period, periodSpan } from '../domain/period';
import { useLang } from './i18n';

/**
 * The words of the last check kept in the workbook, its staleness and «Validar al editar»
 * (docs/taskpane.md «La última revisión»), apart from i18n.ts so that they read together.
 */
export interface LiveStrings {
  /** The title over a result read from the workbook, not made now. */
  readonly previousTitle: string;
  /** «Última revisión: 5 jul 2024 14:03 · hoja «…» · enero–diciembre 2024 · No cuadra: 1 error, 1 advertencia». */
  readonly previousLine: (when: string, sheet: string, period: string, outcome: string) => string;
  readonly previousNote: string;
  /** `2024-07-05T14:03` (or the day alone, from an earlier Cuadre) as the pane shows it. */
  readonly when: (checkedAt: string, checkedTime: string | undefined) => string;
  readonly period: (period: Period, year: number | null) => string;
  /** The outcome's status word and the counts: «No cuadra: 1 error, 1 advertencia». */
  readonly counts: (status: string, summary: Summary) => string;
  readonly fingerprint: string;
  readonly fingerprintShow: string;
  readonly fingerprintHide: string;
  readonly staleTitle: string;
  readonly staleBody: (checkOnEdit: boolean) => string;
  /** Why the report waits while the result is stale. */
  readonly reportWaits: string;
  readonly checkOnEdit: string;
  readonly checkOnEditHint: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-07-05` and `14:03` from a stored day and time (validated by readLastCheck). */
function parts(checkedAt: string, checkedTime: string | undefined) {
  const [year, month, day] = checkedAt.split('-').map(Number) as [number, number, number];
  return { year, month, day, time: checkedTime?.slice(11) ?? null };
}

const ES: LiveStrings = {
  previousTitle: 'Resultado anterior, no de la hoja actual',
  previousLine: (when, sheet, period, outcome) => `Última revisión: ${when} · hoja «${sheet}» · ${period} · ${outcome}`,
  previousNote: 'Es lo que dio la última validación guardada en este libro; la hoja puede haber cambiado. Valide para revisarla como está ahora.',
  when: (checkedAt, checkedTime) => {
    const p = parts(checkedAt, checkedTime);
    return `${p.day} ${ES_MONTHS[p.month - 1]} ${p.year}${p.time === null ? '' : ` ${p.time}`}`;
  },
  period: (period, year) => periodSpan(period, year, 'es'),
  counts: (status, summary) => `${status}: ${plural(summary.errors, 'error', 'errores')}, ${plural(summary.warnings, 'advertencia', 'advertencias')}`,
  fingerprint: 'Huella de las cifras (SHA-256)',
  fingerprintShow: 'Ver la huella completa',
  fingerprintHide: 'Ver la huella corta',
  staleTitle: 'La hoja cambió después de esta revisión',
  staleBody: (checkOnEdit) =>
    checkOnEdit ? 'Se vuelve a validar un segundo después de su última edición.' : 'Vuelva a validar: este resultado ya no es el de la hoja.',
  reportWaits: 'El informe espera a una validación de la hoja como está ahora.',
  checkOnEdit: 'Validar al editar',
  checkOnEditHint: 'Vuelve a validar un segundo después de cada edición de la hoja, sin escribir en ella.',
};

const EN: LiveStrings = {
  previousTitle: 'Earlier result, not of the sheet as it is now',
  previousLine: (when, sheet, period, outcome) => `Last check: ${when} · sheet "${sheet}" · ${period} · ${outcome}`,
  previousNote: 'This is what the last check saved in this workbook found; the sheet may have changed since. Check it to see it as it is now.',
  when: (checkedAt, checkedTime) => {
    const p = parts(checkedAt, checkedTime);
    return `${EN_MONTHS[p.month - 1]} ${p.day}, ${p.year}${p.time === null ? '' : ` ${p.time}`}`;
  },
  period: (period, year) => periodSpan(period, year, 'en'),
  counts: (status, summary) => `${status}: ${plural(summary.errors, 'error', 'errors')}, ${plural(summary.warnings, 'warning', 'warnings')}`,
  fingerprint: 'Fingerprint of the figures (SHA-256)',
  fingerprintShow: 'Show the whole fingerprint',
  fingerprintHide: 'Show the short fingerprint',
  staleTitle: 'The sheet changed after this check',
  staleBody: (checkOnEdit) => (checkOnEdit ? 'It is checked again a second after your last edit.' : 'Check again: this result is no longer the sheet’s.'),
  reportWaits: 'The report waits for a check of the sheet as it is now.',
  checkOnEdit: 'Check as I edit',
  checkOnEditHint: 'Checks again a second after each edit of the sheet, without writing to it.',
};

export const LIVE_STRINGS: Readonly<Record<Lang, LiveStrings>> = { es: ES, en: EN };

export function useLiveStrings(): LiveStrings {
  return LIVE_STRINGS[useLang()];
}
