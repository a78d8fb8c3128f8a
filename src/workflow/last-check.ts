import type { CalendarDate } from '../domain/grid';
import type { Summary } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { toJson } from '../domain/money';
import type { Period } from '../domain/period';
import type { Amounts, Reconciliation } from '../domain/reconciliation';
import { type EarlierCheck, restatedMonths } from '../domain/restated';
import { withFindings } from '../domain/reconcile';
import { sourceFingerprint } from '../report/footnote';
import type { HostCheck } from './check';
import type { CuadreHost } from './port';

/**
 * A check remembered, to compare the next one with (`month.restated`, RECONCILIATION.md §4):
 * the add-in keeps the last check of each sheet in the document settings, the CLI reads the
 * JSON of an earlier `check --json` (`--since`). The pane also shows it on reload («Última
 * revisión: …»). Small on purpose: a document's settings hold a few kilobytes per sheet.
 */
export interface LastCheck {
  /** The shape's version, so that a later Cuadre can tell an old record. */
  readonly version: 1;
  /** The day of the check where the user is, `2024-07-05` (what `month.restated` names). */
  readonly checkedAt: string;
  /**
   * The local date and time of the check to the minute, `2024-07-05T14:03`, for «Última revisión».
   * Absent in records of an earlier Cuadre (and then the pane shows the day only).
   */
  readonly checkedTime?: string;
  /**
   * SHA-256 of the figures checked: the same as the report's provenance line prints for the same
   * figures (report/footnote.ts `sourceFingerprint`). Absent in records of an earlier Cuadre.
   */
  readonly fingerprint?: string;
  /** The worksheet's id (stable across renames; filled in by the host that stores it) and its name then. */
  readonly sheet: { readonly id: string | null; readonly name: string };
  readonly year: number | null;
  readonly period: Period;
  /** The reconciled totals per indicator, as contract strings. */
  readonly totals: Readonly<Record<string, string>>;
  /** The totals as the sheet reports them, as contract strings; absent in records of an earlier Cuadre. */
  readonly reported?: Readonly<Record<string, string>>;
  readonly summary: Summary;
  /** The period's months with their sheet row and amounts, as contract strings. */
  readonly months: readonly { readonly month: number; readonly row: number; readonly amounts: Readonly<Record<string, string>> }[];
}

const isoDate = (d: CalendarDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

function amountsJson(amounts: Amounts): Record<string, string> {
  return Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, toJson(v)]));
}

/** When a check was made, where the user is: the day, and the time to the minute when the host knows it. */
export type CheckMoment = CalendarDate & { readonly hour?: number; readonly minute?: number };

const two = (n: number): string => String(n).padStart(2, '0');

/** The record of a check with a table (null without one: there is nothing to compare next time). */
export function lastCheckOf(rec: Reconciliation, checkedOn: CheckMoment, sheetId: string | null = null): LastCheck | null {
  if (!rec.table) return null;
  const time = checkedOn.hour !== undefined && checkedOn.minute !== undefined ? `${isoDate(checkedOn)}T${two(checkedOn.hour)}:${two(checkedOn.minute)}` : null;
  return {
    version: 1,
    checkedAt: isoDate(checkedOn),
    ...(time === null ? {} : { checkedTime: time }),
    fingerprint: sourceFingerprint(rec),
    sheet: { id: sheetId, name: rec.sheet },
    year: rec.table.year,
    period: rec.table.period,
    totals: amountsJson(rec.totals.reconciled),
    reported: amountsJson(rec.totals.reported),
    summary: rec.summary,
    months: rec.months.map((m) => ({ month: m.month, row: m.row, amounts: amountsJson(m.amounts) })),
  };
}

export type EarlierReading =
  { readonly ok: true; readonly earlier: EarlierCheck; readonly sheet: string } | { readonly ok: false; readonly why: Record<Lang, string> };

const AMOUNT = /^-?\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An earlier check as stored: a `LastCheck` record or the JSON of `cuadre check --json` (which
 * carries no date: `fileDate`, the day the file was written, stands in for it). Anything else
 * is refused with a reason a person can act on.
 */
export function readEarlierCheck(data: unknown, fileDate?: CalendarDate): EarlierReading {
  const refuse = (es: string, en: string): EarlierReading => ({ ok: false, why: { es, en } });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('no es un objeto JSON', 'is not a JSON object');
  const o = data as Record<string, unknown>;
  const table = (typeof o.table === 'object' && o.table !== null ? o.table : {}) as Record<string, unknown>;
  const sheet =
    typeof o.sheet === 'string' ? o.sheet : typeof (o.sheet as { name?: unknown } | null)?.name === 'string' ? (o.sheet as { name: string }).name : null;
  if (sheet === null || !Array.isArray(o.months)) {
    return refuse(
      'no es la salida de «cuadre check --json» (le faltan «sheet» o «months»)',
      'is not the output of "cuadre check --json" (it lacks "sheet" or "months")',
    );
  }
  if (o.table === null)
    return refuse(
      'es una revisión en la que no se encontró la tabla: no hay meses con qué comparar',
      'is a check that found no table: there are no months to compare with',
    );
  const months: EarlierCheck['months'][number][] = [];
  for (const [i, m] of (o.months as unknown[]).entries()) {
    const month = m as { month?: unknown; row?: unknown; amounts?: unknown };
    const amounts = month?.amounts as Record<string, unknown> | undefined;
    const valid =
      Number.isInteger(month?.month) &&
      (month.month as number) >= 1 &&
      (month.month as number) <= 12 &&
      Number.isInteger(month.row) &&
      typeof amounts === 'object' &&
      amounts !== null &&
      Object.values(amounts).every((a) => typeof a === 'string' && AMOUNT.test(a));
    if (!valid)
      return refuse(
        `months[${i}] no es un mes con importes («month», «row», «amounts»)`,
        `months[${i}] is not a month with amounts ("month", "row", "amounts")`,
      );
    months.push({ month: month.month as number, row: month.row as number, amounts: amounts as Record<string, string> });
  }
  const period = (o.period ?? table.period) as { from?: unknown; to?: unknown } | undefined;
  const validPeriod =
    period !== undefined && Number.isInteger(period.from) && Number.isInteger(period.to) && (period.to as number) >= 1 && (period.to as number) <= 12;
  const yearValue = o.year !== undefined ? o.year : table.year;
  const year = Number.isInteger(yearValue) ? (yearValue as number) : null;
  const checkedAt = typeof o.checkedAt === 'string' && DATE.test(o.checkedAt) ? o.checkedAt : fileDate ? isoDate(fileDate) : null;
  if (checkedAt === null) return refuse('no dice cuándo se hizo la revisión («checkedAt»)', 'does not say when the check was made ("checkedAt")');
  return {
    ok: true,
    sheet,
    earlier: { checkedAt, year, period: validPeriod ? { from: period.from as number, to: period.to as number } : null, months },
  };
}

/** The check with a `month.restated` for every amount of an earlier-checked month that changed since. */
export function compareWithEarlier(
  rec: Reconciliation,
  earlier: EarlierCheck,
): { readonly ok: true; readonly reconciliation: Reconciliation } | { readonly ok: false; readonly reason: 'other-year' } {
  const restated = restatedMonths(earlier, rec);
  return restated.ok ? { ok: true, reconciliation: withFindings(rec, restated.findings) } : restated;
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A stored last check, or null when it is missing or not one this Cuadre wrote (the pane then
 * shows none). A record of an earlier Cuadre, without time, fingerprint or reported totals, is
 * read as it is; any of those that is malformed is left out rather than shown.
 */
export function readLastCheck(stored: unknown): LastCheck | null {
  if (stored === null || stored === undefined) return null;
  const o = stored as Partial<LastCheck>;
  const reading = readEarlierCheck(stored);
  const valid =
    reading.ok &&
    o.version === 1 &&
    typeof o.sheet === 'object' &&
    o.sheet !== null &&
    reading.earlier.period !== null &&
    typeof o.totals === 'object' &&
    o.totals !== null &&
    typeof o.summary === 'object' &&
    o.summary !== null;
  if (!valid) return null;
  const { checkedTime, fingerprint, reported, ...rest } = stored as LastCheck;
  const amounts = (value: unknown): value is Record<string, string> =>
    typeof value === 'object' && value !== null && Object.values(value).every((a) => typeof a === 'string' && AMOUNT.test(a));
  return {
    ...rest,
    ...(typeof checkedTime === 'string' && TIME.test(checkedTime) && checkedTime.startsWith(rest.checkedAt) ? { checkedTime } : {}),
    ...(typeof fingerprint === 'string' && SHA256.test(fingerprint) ? { fingerprint } : {}),
    ...(amounts(reported) ? { reported } : {}),
  };
}

/**
 * The add-in's side of `month.restated`: compares the check with the last one stored for its
 * sheet, then stores this one as the last. A check without a table is neither compared nor kept;
 * a stored check of another year is replaced without comparing. `stored` is the record as kept,
 * with the worksheet's id (null when nothing was kept): the pane watches that sheet for edits.
 */
export async function compareWithLastCheck(
  host: Pick<CuadreHost, 'loadLastCheck' | 'storeLastCheck'>,
  check: HostCheck,
  now: CheckMoment,
): Promise<HostCheck & { readonly previous: LastCheck | null; readonly stored: LastCheck | null }> {
  const current = lastCheckOf(check.reconciliation, now);
  if (!current) return { ...check, previous: null, stored: null };
  const previous = readLastCheck(await host.loadLastCheck(check.reconciliation.sheet));
  const reading = previous && readEarlierCheck(previous);
  const compared = reading && reading.ok ? compareWithEarlier(check.reconciliation, reading.earlier) : null;
  const sheetId = await host.storeLastCheck(current);
  return {
    ...check,
    reconciliation: compared?.ok ? compared.reconciliation : check.reconciliation,
    previous,
    stored: sheetId === null ? null : { ...current, sheet: { id: sheetId, name: current.sheet.name } },
  };
}
