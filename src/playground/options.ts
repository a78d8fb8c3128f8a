import type { Lang } from '../domain/lang';

/**
 * What the playground's URL asks of the simulated Excel: `?lang=en` an English Office (the pane
 * follows Office's display language), `?api=1.8` Excel 2019 (no undo grouping: the pane warns
 * before its first write; no print setup for the report), `?api=1.14` Excel 2021, `?api=1.17`
 * Excel 2024. Anything else is ignored, so a stray parameter cannot break the page.
 */
export interface PlaygroundOptions {
  /** `Office.context.displayLanguage`. */
  readonly displayLanguage: string;
  /** Highest ExcelApi requirement set the simulated Excel implements. */
  readonly apiVersion: string;
}

/** Microsoft 365 today: every requirement set the add-in can use, one undo step per write. */
export const CURRENT_EXCEL_API = '1.20';
/** Excel 2019, the oldest the manifest accepts: each write of the add-in clears the undo history. */
export const OLD_EXCEL_API = '1.8';

/**
 * The Excel a requirement set stands for: the perpetual versions stop at their set (Excel 2019
 * at ExcelApi 1.8, 2021 at 1.14, 2024 at 1.17); 1.18 and later are only Microsoft 365, the web and Mac.
 */
export function excelVersionOf(apiVersion: string): string {
  const minor = Number(apiVersion.split('.')[1] ?? 0);
  if (minor <= 8) return 'Excel 2019';
  if (minor <= 14) return 'Excel 2021';
  if (minor <= 17) return 'Excel 2024';
  return 'Microsoft 365';
}

/** The pane's languages as a user types them, to the tag Office would report. */
export const LANGUAGE_TAGS: Readonly<Record<Lang, string>> = { es: 'es-EC', en: 'en-US' };

const DEFAULTS: PlaygroundOptions = { displayLanguage: LANGUAGE_TAGS.es, apiVersion: CURRENT_EXCEL_API };

export function playgroundOptions(search: string): PlaygroundOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') ?? '';
  const api = params.get('api') ?? '';
  return {
    displayLanguage:
      (LANGUAGE_TAGS as Readonly<Record<string, string>>)[lang.toLowerCase()] ?? (/^[a-z]{2}-[a-z]{2}$/i.test(lang) ? lang : DEFAULTS.displayLanguage),
    apiVersion: /^1\.\d{1,2}$/.test(api) ? api : DEFAULTS.apiVersion,
  };
}

/** The query string that opens the playground with these options (defaults left out). */
export function queryOf(options: PlaygroundOptions): string {
  const params = new URLSearchParams();
  if (options.displayLanguage !== DEFAULTS.displayLanguage) params.set('lang', options.displayLanguage);
  if (options.apiVersion !== DEFAULTS.apiVersion) params.set('api', options.apiVersion);
  const query = params.toString();
  return query === '' ? '?' : `?${query}`;
}
