import type { Lang } from '../domain/lang';

/**
 * What the playground's URL asks of the simulated Excel: `?lang=en` an English Office (the pane
 * follows Office's display language), `?api=1.9` an Excel without undo grouping (the pane then
 * warns before its first write). Anything else is ignored, so a stray parameter cannot break the page.
 */
export interface PlaygroundOptions {
  /** `Office.context.displayLanguage`. */
  readonly displayLanguage: string;
  /** Highest ExcelApi requirement set the simulated Excel implements. */
  readonly apiVersion: string;
}

/** Microsoft 365 today: every requirement set the add-in can use, one undo step per write. */
export const CURRENT_EXCEL_API = '1.20';
/** Excel 2021, the oldest the manifest accepts: each write of the add-in clears the undo history. */
export const OLD_EXCEL_API = '1.9';

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
