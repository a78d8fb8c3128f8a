import { basename } from 'node:path';
import { toCheckJson } from '../domain/check-json';
import type { Finding } from '../domain/findings';
import type { CalendarDate, Workbook } from '../domain/grid';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import { checkWorkbook } from '../workflow/check';
import { compareWithEarlier, readEarlierCheck } from '../workflow/last-check';
import { type RefusedPlan, type WritePlan, planReport } from '../workflow/report-plan';
import { type CheckSettings, DEFAULT_SETTINGS, catalogProblemLine, parseTolerance, readCatalogJson } from '../workflow/settings';
import { type Command, USAGE, parseCommandLine } from './args';
import { renderCheckText } from './text-output';

/**
 * The `cuadre` command, as a function of its arguments and its ports, so tests run it in
 * process. Exit codes are the contract's: 0 no errors, 1 errors found, 2 unreadable input.
 * Which sheet, which settings and what the report holds are the workflow's (src/workflow),
 * the same as in the add-in; the CLI reads files and prints.
 */

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A problem with the input that a person must fix: one line, in their language. */
export class InputError extends Error {
  constructor(readonly text: { readonly es: string; readonly en: string }) {
    super(text.en);
    this.name = 'InputError';
  }
}

type ReportCommand = Extract<Command, { command: 'report' }>;

export interface Ports {
  /** Reads a workbook file; throws `InputError` when it cannot be read. */
  readonly readWorkbook: (path: string) => Promise<Workbook>;
  /** Reads a text file (the catalog); throws `InputError` when it cannot be read. */
  readonly readText: (path: string) => Promise<string>;
  /** Writes the planned report into a copy of the input; throws `InputError` when it cannot. */
  readonly writeReport?: (command: ReportCommand, plan: WritePlan) => Promise<{ sheetName: string }>;
  /** The day a file was last written where the user is: the date of an earlier check (`--since`). */
  readonly fileDate: (path: string) => Promise<CalendarDate>;
  /** The day it is where the user is, for the report's footnote. */
  readonly today: () => CalendarDate;
  readonly version: string;
}

export async function run(argv: readonly string[], io: Io, ports: Ports): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    io.stderr(`cuadre: ${parsed.error[parsed.lang]}\n`);
    return 2;
  }
  const command = parsed.value;
  const lang: Lang = 'lang' in command ? command.lang : 'es';
  try {
    switch (command.command) {
      case 'version':
        io.stdout(`${ports.version}\n`);
        return 0;
      case 'help':
        io.stdout(USAGE[command.lang]);
        return 0;
      case 'check':
        return await check(command, io, ports);
      case 'report':
        return await report(command, io, ports);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`cuadre: ${e.text[lang]}\n`);
      return 2;
    }
    // A bug of ours, not the user's: still one line, no stack trace, and what to do.
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(
      lang === 'es'
        ? `cuadre: error interno al procesar el archivo (${detail}). Informe el problema adjuntando el archivo.\n`
        : `cuadre: internal error while processing the file (${detail}). Please report it with the file attached.\n`,
    );
    return 2;
  }
}

/** The catalog and tolerance of the command line, read by the same parsers as the task pane's settings. */
async function settingsOf(command: Extract<Command, { command: 'check' | 'report' }>, ports: Ports): Promise<CheckSettings> {
  let tolerance = DEFAULT_SETTINGS.tolerance;
  if (command.tolerance !== undefined) {
    const parsed = parseTolerance(command.tolerance);
    if (parsed === null) {
      throw new InputError({
        es: `--tolerance debe ser un importe no negativo en centavos enteros, como 0.01; no «${command.tolerance}».`,
        en: `--tolerance must be a non-negative amount in whole cents such as 0.01, not "${command.tolerance}".`,
      });
    }
    tolerance = parsed;
  }
  if (command.catalog === undefined) return { tolerance, catalog: DEFAULT_SETTINGS.catalog };
  const reading = readCatalogJson(await ports.readText(command.catalog));
  if (!reading.ok) {
    throw new InputError({
      es: `--catalog ${command.catalog}: ${catalogProblemLine(reading, 'es')}. Corríjalo: es el mismo JSON que acepta la configuración del panel.`,
      en: `--catalog ${command.catalog}: ${catalogProblemLine(reading, 'en')}. Fix it: it is the same JSON the task pane's settings accept.`,
    });
  }
  return { tolerance, catalog: reading.catalog };
}

async function checked(command: Extract<Command, { command: 'check' | 'report' }>, ports: Ports): Promise<Reconciliation> {
  const settings = await settingsOf(command, ports);
  const workbook = await ports.readWorkbook(command.file);
  const outcome = checkWorkbook(workbook, settings, { lang: command.lang, ...(command.sheet !== undefined ? { sheet: command.sheet } : {}) });
  if (!outcome.ok) {
    throw new InputError({
      es: `${command.file}: no hay una hoja llamada «${command.sheet}». Hojas del libro: ${outcome.sheets.map((s) => `«${s}»`).join(', ')}.`,
      en: `${command.file}: there is no sheet named "${command.sheet}". Sheets in the workbook: ${outcome.sheets.map((s) => `"${s}"`).join(', ')}.`,
    });
  }
  return outcome.reconciliation;
}

async function check(command: Extract<Command, { command: 'check' }>, io: Io, ports: Ports): Promise<number> {
  const current = await checked(command, ports);
  const reconciliation = command.since === undefined ? current : await sinceEarlier(current, command.since, ports);
  io.stdout(
    command.json ? `${JSON.stringify(toCheckJson(reconciliation, command.file), null, 2)}\n` : renderCheckText(reconciliation, command.file, command.lang),
  );
  return reconciliation.summary.errors > 0 ? 1 : 0;
}

/**
 * `--since FILE`: the months of an earlier `check --json` that changed since (`month.restated`).
 * A file that is no such check, or a check of another sheet or year, is bad input (exit 2).
 */
async function sinceEarlier(rec: Reconciliation, path: string, ports: Ports): Promise<Reconciliation> {
  const text = await ports.readText(path);
  const refuse = (es: string, en: string): never => {
    throw new InputError({ es: `--since ${path}: ${es}.`, en: `--since ${path}: ${en}.` });
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // One line for the terminal: some engines quote the text over several.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    return refuse(
      `no es JSON válido (${detail}); use la salida de «cuadre check --json»`,
      `is not valid JSON (${detail}); use the output of "cuadre check --json"`,
    );
  }
  const reading = readEarlierCheck(data, await ports.fileDate(path));
  if (!reading.ok) return refuse(reading.why.es, reading.why.en);
  if (reading.sheet !== rec.sheet) {
    return refuse(
      `es una revisión de la hoja «${reading.sheet}» y esta es de «${rec.sheet}»; indique la hoja con --sheet`,
      `is a check of sheet "${reading.sheet}" and this one is of "${rec.sheet}"; name the sheet with --sheet`,
    );
  }
  const compared = compareWithEarlier(rec, reading.earlier);
  if (!compared.ok) {
    return refuse(
      `es una revisión del año ${reading.earlier.year} y esta hoja es de ${rec.table?.year}`,
      `is a check of the year ${reading.earlier.year} and this sheet is of ${rec.table?.year}`,
    );
  }
  return compared.reconciliation;
}

/**
 * `cuadre report`, by the exit codes of RECONCILIATION.md §5b: 0 a final report was written;
 * 1 it was refused (unresolved errors: nothing written) or written as a draft; 2 unreadable
 * input or bad arguments.
 */
async function report(command: ReportCommand, io: Io, ports: Ports): Promise<number> {
  const rec = await checked(command, ports);
  const lang = command.lang;
  const plan = planReport(rec, {
    adjustments: command.adjustments,
    lang,
    draft: command.draft,
    ...(command.source !== undefined ? { source: command.source } : {}),
    file: basename(command.file),
    generatedOn: ports.today(),
    version: ports.version,
  });
  if (plan.kind === 'refused') {
    io.stderr(refusal(plan, lang));
    return 1;
  }
  if (!ports.writeReport) throw new Error('report writer not configured');
  const { sheetName } = await ports.writeReport(command, plan);
  io.stdout(`${written(command, sheetName, plan.draft)[lang]}\n`);
  if (plan.draft) io.stdout(unresolvedList(plan.gate.unresolved, lang));
  return plan.draft ? 1 : 0;
}

function refusal(plan: RefusedPlan, lang: Lang): string {
  if (plan.reason === 'no-table') return `cuadre: ${plan.findings[0]?.message ?? ''}\n`;
  const n = plan.findings.length;
  const head =
    lang === 'es'
      ? `cuadre: no se escribió el informe: la hoja tiene ${n === 1 ? '1 error' : `${n} errores`} que el informe no resuelve.\n`
      : `cuadre: the report was not written: the sheet has ${n === 1 ? '1 error' : `${n} errors`} the report does not resolve.\n`;
  const tail =
    lang === 'es' ? 'Corríjalos y ejecute de nuevo, o escriba un borrador con --draft.\n' : 'Fix them and run again, or write a draft with --draft.\n';
  return head + unresolvedList(plan.findings, lang) + tail;
}

/** One finding a line and its message below, as `check` prints them. */
function unresolvedList(findings: readonly Finding[], lang: Lang): string {
  const heading = lang === 'es' ? 'SIN RESOLVER' : 'UNRESOLVED';
  return [`${heading} (${findings.length})`, ...findings.flatMap((f) => [`  ${(f.cell ?? '—').padEnd(6)} ${f.code}`, `         ${f.message}`]), ''].join('\n');
}

function written(command: ReportCommand, sheetName: string, draft: boolean): { es: string; en: string } {
  const policy =
    command.adjustments === 'propagate'
      ? { es: 'con los ajustes trasladados a sus indicadores padre', en: 'with the adjustments carried to their parent indicators' }
      : { es: 'con las cifras tal como están en la hoja', en: 'with the figures as the sheet has them' };
  return draft
    ? {
        es: `Borrador escrito en ${command.out}, hoja «${sheetName}», ${policy.es}: no es el informe final; estos errores siguen sin resolver:`,
        en: `Draft written to ${command.out}, sheet "${sheetName}", ${policy.en}: it is not the final report; these errors are still unresolved:`,
      }
    : {
        es: `Informe escrito en ${command.out}, hoja «${sheetName}», ${policy.es}.`,
        en: `Report written to ${command.out}, sheet "${sheetName}", ${policy.en}.`,
      };
}
