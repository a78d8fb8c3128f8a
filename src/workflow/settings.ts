import { type Catalog, type CatalogProblem, defaultCatalog, parseCatalog } from '../domain/catalog';
import type { Lang } from '../domain/lang';
import { isNegative, parseAmountText, toJson } from '../domain/money';

/**
 * The settings a check runs with, and the one reading of each: the task pane's settings form,
 * the workbook's stored settings and the CLI's `--tolerance` and `--catalog` all go through
 * these parsers, so a catalog or tolerance one host takes the other takes too (§2: the same
 * catalog and the same tolerance).
 */
export interface CheckSettings {
  /** Largest difference taken as equal, as a contract amount string (`0.00` = exact). */
  readonly tolerance: string;
  readonly catalog: Catalog;
}

export const DEFAULT_SETTINGS: CheckSettings = { tolerance: '0.00', catalog: defaultCatalog() };

/**
 * A tolerance as typed (`0,01`, `0.01`) to its contract string, or null when it is not an
 * amount of whole cents of 0 or more.
 */
export function parseTolerance(text: string): string | null {
  const reading = parseAmountText(text);
  return reading.ok && !reading.subCent && !isNegative(reading.amount) ? toJson(reading.amount) : null;
}

export type CatalogReading =
  { readonly ok: true; readonly catalog: Catalog } | { readonly ok: false; readonly syntax: string | null; readonly problems: readonly CatalogProblem[] };

/** Catalog JSON as a person wrote it: the catalog, or the syntax error or problems to show. */
export function readCatalogJson(text: string): CatalogReading {
  let data: unknown;
  try {
    // A file saved by Notepad may start with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, syntax: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const parsed = parseCatalog(data);
  return parsed.catalog ? { ok: true, catalog: parsed.catalog } : { ok: false, syntax: null, problems: parsed.problems };
}

/** What is wrong with a catalog, in one line (the first problem, and how many more). */
export function catalogProblemLine(reading: Extract<CatalogReading, { ok: false }>, lang: Lang): string {
  if (reading.syntax !== null) return lang === 'es' ? `no es JSON válido (${reading.syntax})` : `is not valid JSON (${reading.syntax})`;
  const [first, ...rest] = reading.problems;
  if (first === undefined) return lang === 'es' ? 'no es un catálogo' : 'is not a catalog';
  const more = rest.length === 0 ? '' : lang === 'es' ? ` (y ${rest.length} problema${rest.length === 1 ? '' : 's'} más)` : ` (and ${rest.length} more)`;
  return `${first.path}: ${first.message[lang].replace(/\.$/, '')}${more}`;
}

/** What a workbook keeps (Office document settings), unchecked. */
export interface StoredSettings {
  /** A contract amount string (`0.01`). */
  readonly tolerance?: unknown;
  /** A catalog as JSON data, checked with catalog.ts `parseCatalog`. */
  readonly catalog?: unknown;
}

/** The workbook's stored settings, checked; anything invalid falls back to its default. */
export function settingsFromStore(stored: StoredSettings): { readonly settings: CheckSettings; readonly invalid: boolean } {
  const tolerance =
    stored.tolerance === undefined ? DEFAULT_SETTINGS.tolerance : typeof stored.tolerance === 'string' ? parseTolerance(stored.tolerance) : null;
  const catalog = stored.catalog === undefined ? DEFAULT_SETTINGS.catalog : parseCatalog(stored.catalog).catalog;
  return {
    settings: { tolerance: tolerance ?? DEFAULT_SETTINGS.tolerance, catalog: catalog ?? DEFAULT_SETTINGS.catalog },
    invalid: tolerance === null || catalog === null,
  };
}
