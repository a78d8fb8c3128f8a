import Decimal from 'decimal.js';
import type { Lang } from './lang';

/**
 * The one money module: it alone owns decimal.js. Amounts are exact decimals rounded
 * half-up to the cent; nothing here goes through a binary float sum.
 */

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** An exact amount of money. Opaque outside this module: use the functions below. */
export type Amount = Decimal & { readonly __amount: unique symbol };

const wrap = (d: Decimal): Amount => d as Amount;

export const ZERO: Amount = wrap(new D(0));

/** Rounds half-up to the cent. */
export function toCents(a: Amount): Amount {
  return wrap(a.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

export function amount(value: string | number): Amount {
  return wrap(new D(value));
}

export function add(a: Amount, b: Amount): Amount {
  return wrap(a.plus(b));
}

export function subtract(a: Amount, b: Amount): Amount {
  return wrap(a.minus(b));
}

export function sum(values: Iterable<Amount>): Amount {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return wrap(total);
}

export function isZero(a: Amount): boolean {
  return a.isZero();
}

export function isNegative(a: Amount): boolean {
  return a.isNegative() && !a.isZero();
}

export function equals(a: Amount, b: Amount): boolean {
  return a.equals(b);
}

/** True when |a − b| ≤ tolerance. */
export function within(a: Amount, b: Amount, tolerance: Amount): boolean {
  return a.minus(b).abs().lte(tolerance);
}

/** The contract's JSON form: two decimals, `.`, no grouping, `-` for negatives. */
export function toJson(a: Amount): string {
  const s = a.toFixed(2, Decimal.ROUND_HALF_UP);
  return s === '-0.00' ? '0.00' : s;
}

/** A plain number for hosts that want one (spreadsheet cells); exact for amounts of cents. */
export function toNumber(a: Amount): number {
  return Number(toJson(a));
}

const DISPLAY: Record<Lang, Intl.NumberFormat> = {
  es: new Intl.NumberFormat('es-EC', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** For people: `12.742.937,65` in Spanish (es-EC), `12,742,937.65` in English. */
export function formatAmount(a: Amount, lang: Lang): string {
  // Intl.NumberFormat formats a decimal string exactly (no float in between).
  return DISPLAY[lang].format(toJson(a) as Intl.StringNumericLiteral);
}

/** A number cell as Excel holds it. */
export interface NumberReading {
  readonly amount: Amount;
  /** Fractions of a cent beyond floating-point noise (e.g. 10.005, not 0.1 + 0.2). */
  readonly subCent: boolean;
}

export function fromCellNumber(value: number): NumberReading {
  // 15 significant digits is what Excel itself keeps and shows; beyond it is float noise.
  const exact = new D(value.toPrecision(15));
  const cents = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { amount: wrap(cents), subCent: !cents.equals(exact) };
}

export type TextReading =
  | { readonly ok: true; readonly amount: Amount; readonly subCent: boolean }
  | { readonly ok: false; readonly reason: 'not-a-number' | 'mixed-separators' | 'ambiguous' };

const SPACES = /[\s\u00a0\u202f\u2007]/g;

/**
 * Parses an amount typed or pasted as text, from its characters (never through a float):
 * `12.742.937,65`, `12,742,937.65`, `$ 1.234,56`, `(1.234,56)`, `-1.234,56`, `1 234,56`.
 * A separator is a decimal point only when the text says so unambiguously; `1.234` or
 * `$454.506.05` are refused rather than guessed.
 */
export function parseAmountText(text: string): TextReading {
  let s = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = stripTrailingCurrency(s.replace(/^(USD|US\$|\$)\s*/i, ''));
  if (/^[-\u2212]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
    s = s.replace(/^(USD|US\$|\$)\s*/i, '');
  } else if (/[-\u2212]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^\+/, '');
  // Spaces may group thousands (`1 234,56`); anything else must be digits and separators.
  if (/\d[\s\u00a0\u202f\u2007]+\d/.test(s)) {
    if (!/^\d{1,3}([\s\u00a0\u202f\u2007]\d{3})+([.,]\d+)?$/.test(s)) return { ok: false, reason: 'not-a-number' };
    s = s.replace(SPACES, '');
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s) || (/^[.,]|[.,]$/.test(s) && !/^[.,]\d+$/.test(s))) {
    return { ok: false, reason: 'not-a-number' };
  }
  const digits = normalizeSeparators(s);
  if (typeof digits !== 'string') return { ok: false, reason: digits.reason };
  const exact = new D(digits);
  const cents = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const signed = negative ? cents.negated() : cents;
  return { ok: true, amount: wrap(signed), subCent: !cents.equals(exact) };
}

/**
 * `1.234,56 USD` → `1.234,56`. Not `/\s*(USD|\$)$/`: tried from every space of a long run of
 * spaces, that pattern takes quadratic time (seconds for one cell of 100,000 characters).
 */
function stripTrailingCurrency(s: string): string {
  const unit = /(?:USD|\$)$/i.exec(s);
  return unit ? s.slice(0, unit.index).trimEnd() : s;
}

const GROUPED = (sep: string): RegExp => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/** `12.742.937,65` → `12742937.65`; a reason when the separators do not say one thing. */
function normalizeSeparators(s: string): string | { reason: 'mixed-separators' | 'ambiguous' | 'not-a-number' } {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots === 0 && commas === 0) return s;
  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const cut = s.lastIndexOf(decimalSep);
    const [intPart, fracPart] = [s.slice(0, cut), s.slice(cut + 1)];
    if (s.split(decimalSep).length - 1 !== 1 || !GROUPED(groupSep).test(intPart) || !/^\d+$/.test(fracPart)) {
      return { reason: 'mixed-separators' };
    }
    return `${intPart.split(groupSep).join('')}.${fracPart}`;
  }
  const sep = dots > 0 ? '.' : ',';
  const count = Math.max(dots, commas);
  if (count > 1) {
    // Only grouping can repeat: `1.234.567` is an integer; `454.506.05` mixes two meanings.
    return GROUPED(sep).test(s) ? s.split(sep).join('') : { reason: 'mixed-separators' };
  }
  const [intPart, fracPart] = s.split(sep) as [string, string];
  if (fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) return { reason: 'ambiguous' };
  return `${intPart || '0'}.${fracPart}`;
}
