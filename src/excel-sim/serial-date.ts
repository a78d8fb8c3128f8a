/**
 * Excel's 1900 date system: a date is the number of days since 1899-12-31, with the fictitious
 * 29 February 1900 at serial 60 kept for Lotus 1-2-3 compatibility, and the time of day as the
 * fraction.
 */

const DAY_MS = 86_400_000;
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number;
  /** 0..6, Sunday first. */
  readonly weekday: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Null outside Excel's range (before 1900-01-01 or after 9999-12-31). */
export function partsOfSerial(serial: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  const secondsOfDay = Math.round((serial - whole) * 86_400);
  const time = {
    hours: Math.floor(secondsOfDay / 3600) % 24,
    minutes: Math.floor(secondsOfDay / 60) % 60,
    seconds: secondsOfDay % 60,
  };
  if (whole === 60) return { year: 1900, month: 2, day: 29, weekday: 3, ...time };
  const epoch = whole < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  const date = new Date(epoch + whole * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    ...time,
  };
}

/** The serial of a calendar date (from 1900-03-01 on, where the leap-year bug no longer shifts). */
export function serialOfDate(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_AFTER_LEAP_BUG) / DAY_MS);
}

/** The serial of a JavaScript Date taken as UTC, time of day included. */
export function serialOfJsDate(date: Date): number {
  return (date.getTime() - EPOCH_AFTER_LEAP_BUG) / DAY_MS;
}
