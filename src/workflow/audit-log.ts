import { type Catalog, indicatorByKey, rootKey } from '../domain/catalog';
import { type LocalDateTime, localDateTime, serialFromDate } from '../domain/host-cells';
import { type Amount, toNumber } from '../domain/money';
import { periodSpan } from '../domain/period';
import type { Reconciliation } from '../domain/reconciliation';
import { sourceFingerprint } from '../report/footnote';
import { LOG_SHEET_NAME } from '../report/marker';

/**
 * The audit log («Registro Cuadre»): one row per check and per report inserted, appended to a
 * sheet of the workbook the analyst can switch on. Decided here, host-neutral: what a row holds,
 * the header, the columns' formats and widths. The Office adapter only finds (or creates) the
 * sheet Cuadre marked as its log and writes the plan after its last row.
 *
 * One log keeps one language: the log is Spanish (headers, actions, the period), whatever the
 * pane's language, so rows appended from an English pane sit under the same headers as the rest
 * (docs/decisions.md). Amounts are numbers with a number format, so Excel shows them with the
 * reader's separators (12.742.937,65 in es-EC), as the report does.
 */

export { LOG_SHEET_NAME };

export { type LocalDateTime, localDateTime };

/** What happened: a check, or a report (final or draft) written on `sheetName`. */
export interface AuditEvent {
  readonly at: LocalDateTime;
  readonly reconciliation: Reconciliation;
  /** The report sheet written; absent for a check. */
  readonly report?: { readonly sheetName: string; readonly draft: boolean };
}

export type AuditValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /**
   * A date and time as a serial of the 1900 date system (days since 1899-12-30, the time as the
   * fraction): the host shifts it to the workbook's date system, as it does when reading.
   */
  | { readonly kind: 'date-time'; readonly serial: number }
  /** A blank cell: an amount the sheet does not have, a check without a table. */
  | null;

export interface AuditColumn {
  readonly header: string;
  /** Width in characters of the default font. */
  readonly width: number;
  /** Excel's format code (invariant): `@` keeps text as text (a sheet named `2024`). */
  readonly numberFormat: string;
}

/** What the host writes: the rows, and the header and columns for a log it creates (or finds empty). */
export interface AuditLogPlan {
  /** The name for a new log; an existing one is found by its marker whatever its name. */
  readonly sheetName: string;
  readonly columns: readonly AuditColumn[];
  /** The header row's look: bold on a light fill, frozen at the top. */
  readonly header: { readonly bold: true; readonly fill: string };
  /** One per event, each as long as `columns`. */
  readonly rows: readonly (readonly AuditValue[])[];
}

const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const AMOUNT_FORMAT = '#,##0.00';
const COUNT_FORMAT = '0';
const TEXT_FORMAT = '@';
const HEADER_FILL = 'D9E1F2';

/**
 * The amounts logged: the catalog's root (TOTAL) and the indicators right under it (OPORTUNA,
 * MORA in the default catalog), reported and reconciled. Enough to see at a glance what a check
 * or a report stood on; the fingerprint pins the rest of the figures.
 */
export function loggedIndicators(catalog: Catalog): string[] {
  const root = rootKey(catalog);
  return [root, ...catalog.indicators.filter((i) => i.parent === root).map((i) => i.key)];
}

function indicatorName(catalog: Catalog, key: string): string {
  return (indicatorByKey(catalog, key)?.name.es ?? key).toUpperCase();
}

export function auditColumns(catalog: Catalog): AuditColumn[] {
  const amounts = loggedIndicators(catalog).flatMap((key) => {
    const name = indicatorName(catalog, key);
    return [
      { header: `${name} informado`, width: 16, numberFormat: AMOUNT_FORMAT },
      { header: `${name} conciliado`, width: 16, numberFormat: AMOUNT_FORMAT },
    ];
  });
  return [
    { header: 'Fecha y hora', width: 19, numberFormat: DATE_TIME_FORMAT },
    { header: 'Acción', width: 10, numberFormat: TEXT_FORMAT },
    { header: 'Hoja revisada', width: 22, numberFormat: TEXT_FORMAT },
    { header: 'Período', width: 22, numberFormat: TEXT_FORMAT },
    ...amounts,
    { header: 'Errores', width: 8, numberFormat: COUNT_FORMAT },
    { header: 'Advertencias', width: 12, numberFormat: COUNT_FORMAT },
    { header: 'Informativos', width: 12, numberFormat: COUNT_FORMAT },
    { header: 'Hoja del informe', width: 22, numberFormat: TEXT_FORMAT },
    { header: 'Huella SHA-256 de las cifras', width: 66, numberFormat: TEXT_FORMAT },
  ];
}

export function serialOf(at: LocalDateTime): number {
  return serialFromDate(at) + (at.hour * 3600 + at.minute * 60 + at.second) / 86_400;
}

const text = (t: string): AuditValue => ({ kind: 'text', text: t });
const number = (value: number): AuditValue => ({ kind: 'number', value });

/** One event as a row of `auditColumns(catalog)`. */
export function auditRow(event: AuditEvent, catalog: Catalog = event.reconciliation.catalog): AuditValue[] {
  const rec = event.reconciliation;
  const { table } = rec;
  const amount = (a: Amount | undefined): AuditValue => (a === undefined ? null : number(toNumber(a)));
  const amounts = loggedIndicators(catalog).flatMap((key) => [amount(rec.totals.reported[key]), amount(rec.totals.reconciled[key])]);
  const action = event.report === undefined ? 'Revisión' : event.report.draft ? 'Borrador' : 'Informe';
  return [
    { kind: 'date-time', serial: serialOf(event.at) },
    text(action),
    text(rec.sheet),
    table ? text(periodSpan(table.period, table.year, 'es')) : null,
    ...(table ? amounts : amounts.map(() => null)),
    number(rec.summary.errors),
    number(rec.summary.warnings),
    number(rec.summary.info),
    event.report === undefined ? null : text(event.report.sheetName),
    // Without a table there are no figures to pin.
    table ? text(sourceFingerprint(rec)) : null,
  ];
}

/** The rows of the events (one each), with the columns of the first event's catalog. */
export function planAuditLog(events: readonly AuditEvent[]): AuditLogPlan {
  if (events.length === 0) throw new Error('an audit log plan needs at least one event');
  const catalog = events[0]!.reconciliation.catalog;
  return {
    sheetName: LOG_SHEET_NAME,
    columns: auditColumns(catalog),
    header: { bold: true, fill: HEADER_FILL },
    rows: events.map((e) => auditRow(e, catalog)),
  };
}
