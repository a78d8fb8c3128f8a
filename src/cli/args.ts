import { parseArgs } from 'node:util';
import type { Lang } from '../domain/lang';
import { ADJUSTMENT_POLICIES, type AdjustmentPolicy } from '../report/adjustments';

/** The command line of RECONCILIATION.md §6, parsed; anything else is a usage error (exit 2). */

/** What `check` and `report` share: the workbook, the sheet, and the settings of the check. */
interface CheckArguments {
  readonly file: string;
  readonly sheet?: string;
  readonly lang: Lang;
  /** As typed; read by the workflow's one tolerance parser. */
  readonly tolerance?: string;
  /** A JSON catalog file, as the task pane's settings accept it. */
  readonly catalog?: string;
}

export type Command =
  | ({
      readonly command: 'check';
      readonly json: boolean;
      /** The JSON of an earlier `check --json` of the sheet, to compare its months with (`month.restated`). */
      readonly since?: string;
    } & CheckArguments)
  | ({
      readonly command: 'report';
      readonly out: string;
      readonly adjustments: AdjustmentPolicy;
      /** Write a draft when errors are unresolved (RECONCILIATION.md §5b). */
      readonly draft: boolean;
      /** The footnote's source line, verbatim. */
      readonly source?: string;
    } & CheckArguments)
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version' };

export type Parsed = { readonly ok: true; readonly value: Command } | { readonly ok: false; readonly lang: Lang; readonly error: { es: string; en: string } };

const OPTIONS = {
  sheet: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  tolerance: { type: 'string' },
  catalog: { type: 'string' },
  since: { type: 'string' },
  out: { type: 'string' },
  adjustments: { type: 'string' },
  draft: { type: 'boolean' },
  source: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

const ALLOWED: Record<'check' | 'report', readonly string[]> = {
  check: ['sheet', 'json', 'lang', 'tolerance', 'catalog', 'since'],
  report: ['sheet', 'lang', 'out', 'adjustments', 'tolerance', 'catalog', 'draft', 'source'],
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
  const common: CheckArguments = {
    file,
    lang,
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values.tolerance !== undefined ? { tolerance: values.tolerance } : {}),
    ...(values.catalog !== undefined ? { catalog: values.catalog } : {}),
  };
  if (command === 'check')
    return { ok: true, value: { command, json: values.json ?? false, ...(values.since !== undefined ? { since: values.since } : {}), ...common } };
  if (values.out === undefined)
    return fail(
      lang,
      'Falta --out <salida.xlsx>: el informe se escribe en una copia, nunca en el archivo de entrada.',
      'Missing --out <out.xlsx>: the report is written to a copy, never to the input file.',
    );
  const adjustments = values.adjustments ?? 'propagate';
  if (!isPolicy(adjustments)) {
    return fail(
      lang,
      `--adjustments debe ser propagate o as-reported, no «${adjustments}».`,
      `--adjustments must be propagate or as-reported, not "${adjustments}".`,
    );
  }
  if (values.source !== undefined && values.source.trim() === '') {
    return fail(
      lang,
      '--source necesita un texto, como «Sistema Historial Laboral, corte al 31 de diciembre de 2024».',
      '--source needs a text, such as "Sistema Historial Laboral, cut-off December 31, 2024".',
    );
  }
  const source = values.source !== undefined ? { source: values.source } : {};
  return { ok: true, value: { command, out: values.out, adjustments, draft: values.draft ?? false, ...source, ...common } };
}

const isPolicy = (text: string): text is AdjustmentPolicy => (ADJUSTMENT_POLICIES as readonly string[]).includes(text);

export const USAGE: Record<Lang, string> = {
  es: `Cuadre: concilia la hoja mensual de recaudación y escribe la tabla anual.

Uso:
  cuadre check  <archivo.xlsx> [--sheet NOMBRE] [--json] [--lang es|en] [--tolerance 0.01] [--catalog ARCHIVO]
                [--since REVISION.json]
  cuadre report <archivo.xlsx> --out <salida.xlsx> [--sheet NOMBRE] [--adjustments propagate|as-reported] [--lang es|en]
                [--tolerance 0.01] [--catalog ARCHIVO] [--draft] [--source TEXTO]

  --sheet      la hoja a revisar; sin ella, la hoja activa si su tabla está completa, si no la
               primera con la tabla completa (las hojas de informe de Cuadre nunca son origen).
  --tolerance  la mayor diferencia que se acepta como igual, en centavos enteros (0 por omisión).
  --catalog    el catálogo de indicadores en JSON, el mismo que acepta la configuración del panel.
  --draft      escribe un borrador (BORRADOR en el título) aunque queden errores sin resolver.
  --source     la línea de fuente de la nota al pie; sin ella, el archivo, la hoja y el rango.
  --since      la salida de un «check --json» anterior de la hoja: los meses que ya revisó y que
               cambiaron desde entonces se informan (month.restated).

Estado de salida de check: 0 sin errores (puede haber advertencias); 1 hay errores; 2 no se pudo leer la entrada.
Estado de salida de report: 0 se escribió el informe final; 1 no se escribió (errores sin resolver) o se
escribió un borrador; 2 no se pudo leer la entrada o los argumentos no son válidos.
`,
  en: `Cuadre: reconciles the monthly recovery sheet and writes the annual table.

Usage:
  cuadre check  <file.xlsx> [--sheet NAME] [--json] [--lang es|en] [--tolerance 0.01] [--catalog FILE]
                [--since CHECK.json]
  cuadre report <file.xlsx> --out <out.xlsx> [--sheet NAME] [--adjustments propagate|as-reported] [--lang es|en]
                [--tolerance 0.01] [--catalog FILE] [--draft] [--source TEXT]

  --sheet      the sheet to check; without it, the active sheet if its table is complete, else the
               first sheet with a complete table (Cuadre's report sheets are never a source).
  --tolerance  the largest difference taken as equal, in whole cents (0 by default).
  --catalog    the indicator catalog as JSON, the same the task pane's settings accept.
  --draft      writes a draft (DRAFT in the title) although errors are unresolved.
  --source     the footnote's source line; without it, the file, sheet and range.
  --since      the output of an earlier "check --json" of the sheet: the months it checked that
               changed since are reported (month.restated).

check exit status: 0 no errors (warnings allowed); 1 errors found; 2 the input could not be read.
report exit status: 0 the final report was written; 1 nothing was written (unresolved errors) or a
draft was written; 2 the input could not be read or the arguments are not valid.
`,
};
