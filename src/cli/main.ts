import { toCheckJson } from '../domain/check-json';
import type { Workbook } from '../domain/grid';
import { type Amount, type Lang, isNegative, parseAmountText } from '../domain/money';
import { type SheetChoice, reconcileWorkbook } from '../domain/reconcile';
import { type Command, USAGE, parseCommandLine } from './args';
import { renderCheckText } from './text-output';

/**
 * The `cuadre` command, as a function of its arguments and its ports, so tests run it in
 * process. Exit codes are the contract's: 0 no errors, 1 errors found, 2 unreadable input.
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

export interface Ports {
  /** Reads a workbook file; throws `InputError` when it cannot be read. */
  readonly readWorkbook: (path: string) => Promise<Workbook>;
  readonly writeReport?: (
    command: Extract<Command, { command: 'report' }>,
    choice: Extract<SheetChoice, { ok: true }>,
  ) => Promise<{ sheetName: string; message: { es: string; en: string } }>;
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

async function chooseSheet(file: string, sheet: string | undefined, lang: Lang, ports: Ports, tolerance?: Amount): Promise<Extract<SheetChoice, { ok: true }>> {
  const workbook = await ports.readWorkbook(file);
  const choice = reconcileWorkbook(workbook, { lang, ...(sheet !== undefined ? { sheet } : {}), ...(tolerance ? { tolerance } : {}) });
  if (!choice.ok) {
    const list = choice.sheets.map((s) => `«${s}»`).join(', ');
    throw new InputError({
      es: `${file}: no hay una hoja llamada «${sheet}». Hojas del libro: ${list}.`,
      en: `${file}: there is no sheet named "${sheet}". Sheets in the workbook: ${choice.sheets.map((s) => `"${s}"`).join(', ')}.`,
    });
  }
  return choice;
}

function parseTolerance(text: string | undefined): Amount | undefined {
  if (text === undefined) return undefined;
  const parsed = parseAmountText(text);
  if (!parsed.ok || isNegative(parsed.amount)) {
    throw new InputError({
      es: `--tolerance debe ser un importe no negativo, como 0.01; no «${text}».`,
      en: `--tolerance must be a non-negative amount such as 0.01, not "${text}".`,
    });
  }
  return parsed.amount;
}

async function check(command: Extract<Command, { command: 'check' }>, io: Io, ports: Ports): Promise<number> {
  const tolerance = parseTolerance(command.tolerance);
  const { reconciliation } = await chooseSheet(command.file, command.sheet, command.lang, ports, tolerance);
  io.stdout(
    command.json ? `${JSON.stringify(toCheckJson(reconciliation, command.file), null, 2)}\n` : renderCheckText(reconciliation, command.file, command.lang),
  );
  return reconciliation.summary.errors > 0 ? 1 : 0;
}

async function report(command: Extract<Command, { command: 'report' }>, io: Io, ports: Ports): Promise<number> {
  const choice = await chooseSheet(command.file, command.sheet, command.lang, ports);
  const rec = choice.reconciliation;
  if (!rec.table) {
    io.stderr(`cuadre: ${rec.findings[0]?.message ?? ''}\n`);
    return 1;
  }
  if (!ports.writeReport) throw new Error('report writer not configured');
  const written = await ports.writeReport(command, choice);
  io.stdout(`${written.message[command.lang]}\n`);
  return rec.summary.errors > 0 ? 1 : 0;
}
