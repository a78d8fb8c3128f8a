import { type CatalogProblem, defaultCatalog, parseCatalog } from '../domain/catalog';
import { isNegative, parseAmountText, toJson } from '../domain/money';
import type { PaneSettings, StoredSettings } from './host';

export const DEFAULT_SETTINGS: PaneSettings = { tolerance: '0.00', catalog: defaultCatalog() };

/**
 * A tolerance as typed (`0,01`, `0.01`) to its contract string, or null when it is not an
 * amount of whole cents of 0 or more.
 */
export function parseTolerance(text: string): string | null {
  const reading = parseAmountText(text);
  return reading.ok && !reading.subCent && !isNegative(reading.amount) ? toJson(reading.amount) : null;
}

export type CatalogReading =
  | { readonly ok: true; readonly catalog: PaneSettings['catalog'] }
  | { readonly ok: false; readonly syntax: string | null; readonly problems: readonly CatalogProblem[] };

/** Catalog JSON as edited in the pane: the catalog, or the syntax error or problems to show. */
export function readCatalogJson(text: string): CatalogReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, syntax: error instanceof Error ? error.message : String(error), problems: [] };
  }
  const parsed = parseCatalog(data);
  return parsed.catalog ? { ok: true, catalog: parsed.catalog } : { ok: false, syntax: null, problems: parsed.problems };
}

/** The workbook's stored settings, checked; anything invalid falls back to its default. */
export function settingsFromStore(stored: StoredSettings): { readonly settings: PaneSettings; readonly invalid: boolean } {
  const tolerance =
    stored.tolerance === undefined ? DEFAULT_SETTINGS.tolerance : typeof stored.tolerance === 'string' ? parseTolerance(stored.tolerance) : null;
  const catalog = stored.catalog === undefined ? DEFAULT_SETTINGS.catalog : parseCatalog(stored.catalog).catalog;
  return {
    settings: { tolerance: tolerance ?? DEFAULT_SETTINGS.tolerance, catalog: catalog ?? DEFAULT_SETTINGS.catalog },
    invalid: tolerance === null || catalog === null,
  };
}
