import type { Lang } from '../domain/lang';

/** Excel's rules for a sheet name: at most 31 characters, none of `: \ / ? * [ ]`, no quote at either end. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel keeps this name for its change history. */
const RESERVED = ['HISTORY'];

const BASE: Record<Lang, string> = { es: 'Informe', en: 'Report' };
/** A draft is never named as the final report: a reader of the tab alone must not take it for one. */
const DRAFT: Record<Lang, string> = { es: 'Borrador', en: 'Draft' };

/** `Informe 2024`, or `Informe 2024 (2)`… when taken; `Informe` when the year is unknown; a draft is `Borrador 2024`. */
export function reportSheetName(taken: readonly string[], year: number | null, lang: Lang = 'es', draft = false): string {
  const base = (draft ? DRAFT : BASE)[lang];
  return freeSheetName(taken, year === null ? base : `${base} ${year}`, base);
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
