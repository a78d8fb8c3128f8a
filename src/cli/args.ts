import { parseArgs } from 'node:util';
import type { Lang } from '../domain/money';

/** The command line of RECONCILIATION.md §6, parsed; anything else is a usage error (exit 2). */

export type Adjustments = 'propagate' | 'as-reported';

export type Command =
  | { readonly command: 'check'; readonly file: string; readonly sheet?: string; readonly json: boolean; readonly lang: Lang; readonly tolerance?: string }
  | {
      readonly command: 'report';
      readonly file: string;
      readonly out: string;
      readonly sheet?: string;
      readonly adjustments: Adjustments;
      readonly lang: Lang;
      readonly tolerance?: string;
      /** Write a draft when errors are unresolved (RECONCILIATION.md §5b). */
      readonly draft: boolean;
      /** The footnote's source line, verbatim. */
      readonly source?: string;
    }
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version' };

export type Parsed = { readonly ok: true; readonly value: Command } | { readonly ok: false; readonly lang: Lang; readonly error: { es: string; en: string } };

const OPTIONS = {
  sheet: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  tolerance: { type: 'string' },
  out: { type: 'string' },
  adjustments: { type: 'string' },
  draft: { type: 'boolean' },
  source: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const ALLOWED: Record<'check' | 'report', readonly string[]> = {
  check: ['sheet', 'json', 'lang', 'tolerance'],
  report: ['sheet', 'lang', 'out', 'adjustments', 'tolerance', 'draft', 'source'],
};

function fail(lang: Lang, es: string, en: string): Parsed {
  return { ok: false, lang, error: { es, en } };
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // One line for the terminal: node's message spans several and names its error class.
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ').replace(/\.+$/, '');
    return fail('es', `Argumentos no válidos: ${detail}. Use «cuadre --help».`, `Invalid arguments: ${detail}. Use "cuadre --help".`);
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'es';
  if (lang !== 'es' && lang !== 'en') return fail('es', `--lang debe ser es o en, no «${lang}».`, `--lang must be es or en, not "${lang}".`);
  if (values.version) return { ok: true, value: { command: 'version' } };
  const [command, file, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { ok: true, value: { command: 'help', lang } };
  if (command !== 'check' && command !== 'report') {
    return fail(lang, `Orden desconocida «${command}»: use check o report.`, `Unknown command "${command}": use check or report.`);
  }
  const stray = Object.keys(values).filter((k) => !ALLOWED[command].includes(k) && k !== 'help' && k !== 'version');
  if (stray.length > 0) return fail(lang, `«${command}» no acepta --${stray[0]}.`, `"${command}" does not take --${stray[0]}.`);
  if (file === undefined) return fail(lang, `Falta el archivo: cuadre ${command} <archivo.xlsx>.`, `Missing the file: cuadre ${command} <file.xlsx>.`);
  if (extra.length > 0) return fail(lang, `Sobra el argumento «${extra[0]}».`, `Unexpected argument "${extra[0]}".`);
  const sheet = values.sheet !== undefined ? { sheet: values.sheet } : {};
  if (command === 'check') {
    return {
      ok: true,
      value: { command, file, json: values.json ?? false, lang, ...sheet, ...(values.tolerance !== undefined ? { tolerance: values.tolerance } : {}) },
    };
  }
  if (values.out === undefined)
    return fail(
      lang,
      'Falta --out <salida.xlsx>: el informe se escribe en una copia, nunca en el archivo de entrada.',
      'Missing --out <out.xlsx>: the report is written to a copy, never to the input file.',
    );
  const adjustments = values.adjustments ?? 'propagate';
  if (adjustments !== 'propagate' && adjustments !== 'as-reported') {
    return fail(
      lang,
      `--adjustments debe ser propagate o as-reported, no «${adjustments}».`,
      `--adjustments must be propagate or as-reported, not "${adjustments}".`,
    );
  }
  if (values.source !== undefined && values.source.trim() === '') {
    return fail(lang, '--source necesita un texto, como «Sistema Historial Laboral, corte al 31 de diciembre de 2024».', '--source needs a text, such as "Sistema Historial Laboral, cut-off December 31, 2024".');
  }
  return {
    ok: true,
    value: {
      command,
      file,
      out: values.out,
      adjustments,
      lang,
      draft: values.draft ?? false,
      ...sheet,
      ...(values.tolerance !== undefined ? { tolerance: values.tolerance } : {}),
      ...(values.source !== undefined ? { source: values.source } : {}),
    },
  };
}

export const USAGE: Record<Lang, string> = {
  es: `Cuadre: concilia la hoja mensual de recaudación y escribe la tabla anual.

Uso:
  cuadre check  <archivo.xlsx> [--sheet NOMBRE] [--json] [--lang es|en] [--tolerance 0.01]
  cuadre report <archivo.xlsx> --out <salida.xlsx> [--sheet NOMBRE] [--adjustments propagate|as-reported] [--lang es|en]
                 [--tolerance 0.01] [--draft] [--source TEXTO]

Estado de salida de check: 0 sin errores (puede haber advertencias); 1 hay errores; 2 no se pudo leer la entrada.
Estado de salida de report: 0 se escribió el informe final; 1 no se escribió (errores sin resolver) o se
escribió un borrador (--draft); 2 no se pudo leer la entrada o los argumentos no son válidos.
`,
  en: `Cuadre: reconciles the monthly recovery sheet and writes the annual table.

Usage:
  cuadre check  <file.xlsx> [--sheet NAME] [--json] [--lang es|en] [--tolerance 0.01]
  cuadre report <file.xlsx> --out <out.xlsx> [--sheet NAME] [--adjustments propagate|as-reported] [--lang es|en]
                [--tolerance 0.01] [--draft] [--source TEXT]

check exit status: 0 no errors (warnings allowed); 1 errors found; 2 the input could not be read.
report exit status: 0 the final report was written; 1 nothing was written (unresolved errors) or a draft
was written (--draft); 2 the input could not be read or the arguments are not valid.
`,
};
