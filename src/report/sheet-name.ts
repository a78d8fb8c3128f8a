import type { Lang } from '../domain/lang';
import { type Period, isFullYear } from '../domain/period';

/** Excel's rules for a sheet name: at most 31 characters, none of `: \ / ? * [ ]`, no quote at either end. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel keeps this name for its change history. */
const RESERVED = ['HISTORY'];

const BASE: Record<Lang, string> = { es: 'Informe', en: 'Report' };
/** A draft is never named as the final report: a reader of the tab alone must not take it for one. */
const DRAFT: Record<Lang, string> = { es: 'Borrador', en: 'Draft' };

/** Three-letter month names as tabs show them: short enough for `Borrador ene-jun 2024 (2)` to fit 31 characters. */
const SHORT: Record<Lang, readonly string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** `ene-jun`, `ene` for one month; nothing for a full year (the year alone says it). */
function periodWords(period: Period | undefined, lang: Lang): string | null {
  if (period === undefined || isFullYear(period)) return null;
  const [from, to] = [SHORT[lang][period.from - 1]!, SHORT[lang][period.to - 1]!];
  return period.from === period.to ? from : `${from}-${to}`;
}

/**
 * `Informe 2024`, or `Informe 2024 (2)`… when taken; `Informe` when the year is unknown; a draft
 * is `Borrador 2024`. A partial period (RECONCILIATION.md §2b) is named too: `Informe ene-jun 2024`,
 * so June's report and December's can sit in one workbook without a reader mixing them up.
 */
export function reportSheetName(taken: readonly string[], year: number | null, lang: Lang = 'es', draft = false, period?: Period): string {
  const base = (draft ? DRAFT : BASE)[lang];
  const wanted = [base, periodWords(period, lang), year === null ? null : String(year)].filter((w): w is string => w !== null).join(' ');
  return freeSheetName(taken, wanted, base);
}

/**
 * `wanted` made valid for Excel, numbered ` (2)`, ` (3)`… until no sheet has it. Excel
 * compares sheet names without regard to case; a long name is cut to leave room for the number.
 */
export function freeSheetName(taken: readonly string[], wanted: string, fallback = 'Hoja'): string {
  const clean = validSheetName(wanted) || validSheetName(fallback);
  const used = new Set([...taken, ...RESERVED].map(fold));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${clean.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(fold(candidate))) return candidate;
  }
}

function validSheetName(name: string): string {
  return name
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^['\s]+/, '')
    .slice(0, MAX_LENGTH)
    .replace(/['\s]+$/, '');
}

const fold = (name: string): string => name.toLocaleUpperCase('en');
