import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CheckJson, toCheckJson } from '../../src/domain/check-json';
import { createOfficeHost } from '../../src/excel/host';
import { type SheetSeed, createExcelSim } from '../../src/excel-sim';
import { seedsOf } from '../../src/playground/open-workbook';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { checkEssence } from '../support/check-essence';
import { cuadre } from '../support/cli';
import { bookHandedOver } from '../support/excel-handover';
import { GENERATED_BOOKS, type HostileBook, hostileBooks, hostileFiles, hostileXlsx } from '../support/hostile-workbooks';
import { describeWithLibreOffice } from '../support/libreoffice';
import { memoRows, memoXlsx } from '../support/workbook-builder';
import { type WriterBook, writersCorpus } from '../support/writers-corpus';

/**
 * One answer for every workbook: each goes through the `cuadre` command (in process, from the
 * file) and through the task pane's path (the workflow's check over src/excel/host.ts, on the
 * in-memory Excel holding the workbook as Excel would hand it over), and the two JSON answers
 * must be equal but for what belongs to the host. Where the in-memory Excel's workbook comes from:
 *
 * - the hostile books (two seeds): from their description (test/support/excel-handover.ts), not
 *   from Cuadre's reader, so that a mistake of the reader shows as a difference too;
 * - the hostile files that are a readable workbook but have no description (XML no program
 *   writes), the sample, and the writers' corpus: from the reader's grid, as the playground's
 *   «Abrir libro» does; a formula whose result the file does not hold is laid in as the formula,
 *   which the in-memory Excel calculates, as Excel does on opening.
 *
 * What belongs to the host, and is left out or held to another rule:
 * - `file`: the pane has no path.
 * - `cell.not-calculated` is the CLI's alone (RECONCILIATION.md §3): Excel calculates a formula
 *   the file keeps no result for. A book with such formulas is held to this: the pane never says
 *   `cell.not-calculated` and checks the same sheet; and where the corpus knows what Excel would
 *   calculate (the writers' memo), the pane's answer is the sample's, addresses aside.
 * - A file the CLI cannot read (exit 2) is one Excel does not open either: no second answer.
 * `CUADRE_HOSTILE_SEED=n` picks the first seed, as for the other corpus tests.
 */

const SEED = Number(process.env.CUADRE_HOSTILE_SEED ?? 20_240_101);
const SECOND_SEED = SEED + 7;
const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
/** A loaded two-core machine checks the largest books (12,000 month rows) in seconds, not milliseconds. */
const TIMEOUT_MS = 120_000;
/**
 * Left out, with the reason: one cell per column on a diagonal makes a used range of 16,384 ×
 * 16,384 cells, and the pane reads the used range whole (268 million cells, over 5,000 syncs:
 * minutes in the in-memory Excel). The file reader reads the 16,384 cells alone.
 */
const TOO_SLOW_FOR_THE_PANE = new Set(['diagonal de 16.384 celdas']);

/** The answer without what belongs to the host: the file's path. */
function essence(json: CheckJson): Omit<CheckJson, 'file'> {
  const { file: _file, ...rest } = json;
  return rest;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cuadre-parity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
async function viaCli(bytes: Uint8Array): Promise<{ json: CheckJson | null; stderr: string }> {
  const path = join(dir, `libro-${++written}.xlsx`);
  writeFileSync(path, bytes);
  const { code, stdout, stderr } = await cuadre('check', path, '--json');
  return { json: code === 2 ? null : (JSON.parse(stdout) as CheckJson), stderr };
}

async function viaPane(seed: { sheets: readonly SheetSeed[]; activeSheet?: string; date1904?: boolean }): Promise<CheckJson> {
  // Excel on the desktop: the web's 5 MB payload limit is a limit of that host, not a difference in the answer.
  const sim = createExcelSim({ ...seed, platform: 'PC' });
  const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
  const { reconciliation } = await checkOpenWorkbook(host, DEFAULT_SETTINGS, 'es', () => undefined);
  return toCheckJson(reconciliation, 'pane');
}

const NOT_CALCULATED: string = 'cell.not-calculated';

/** The CLI's answer and the pane's, held to the rule above. */
function expectOneAnswer(cli: CheckJson, pane: CheckJson, formulasWithoutResult: boolean): void {
  if (!formulasWithoutResult) {
    expect(essence(pane)).toEqual(essence(cli));
    return;
  }
  expect(pane.findings.filter((f) => f.code === NOT_CALCULATED)).toEqual([]);
  expect(pane.sheet).toBe(cli.sheet);
}

const isFormulaWithoutResult = (v: unknown): boolean => typeof v === 'object' && v !== null && 'formula' in v && !('result' in v);
const hasFormulaWithoutResult = (book: HostileBook): boolean => book.sheets.some((s) => s.rows.some((row) => row.some(isFormulaWithoutResult)));

/** The pane's answer on a file, its Excel seeded from the reader's grid; and whether the file held formulas without result. */
async function paneOnFile(bytes: Uint8Array): Promise<{ pane: CheckJson; uncalculated: boolean }> {
  const workbook = await readWorkbookBuffer(bytes);
  const uncalculated = workbook.sheets.some((g) => g.cells.some((row) => row.some((c) => c?.kind === 'uncalculated')));
  return { pane: await viaPane(seedsOf(workbook, 'libro.xlsx')), uncalculated };
}

/**
 * Differences found and not fixed yet, each with why: the test holds that they still differ, so
 * that the fix shows here (move the book out of this list then).
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {};

/** Shapes the hostile corpus leaves to chance, named here. */
const NAMED: HostileBook[] = [
  {
    name: 'meses como fechas, sistema de fechas 1904',
    sheets: [{ name: 'Recaudación 2024', rows: memoRows().map((row, r) => (r >= 5 && r < 17 ? [new Date(Date.UTC(2024, r - 5, 1)), ...row.slice(1)] : row)) }],
    options: { date1904: true },
  },
];

const books = [
  ...NAMED,
  ...hostileBooks(SEED).map((b) => ({ ...b, name: `${b.name} (${SEED})` })),
  ...hostileBooks(SECOND_SEED)
    .slice(-GENERATED_BOOKS)
    .map((b) => ({ ...b, name: `${b.name} (${SECOND_SEED})` })),
];
const files = [...hostileFiles().filter((f) => !TOO_SLOW_FOR_THE_PANE.has(f.name)), { name: 'la muestra', bytes: async () => readFileSync(SAMPLE) }];
const writers = writersCorpus(null);

it('the corpus: at least 100 workbooks through both hosts', () => {
  expect(books.length + files.length + writers.length).toBeGreaterThanOrEqual(100);
  expect(books.filter((b) => !hasFormulaWithoutResult(b)).length).toBeGreaterThanOrEqual(50);
});

describe('hostile books: the CLI on the file, the pane on what Excel hands over', () => {
  it.each(books.map((b) => [b.name, b] as const))(
    '%s',
    async (_name, book) => {
      const bytes = await hostileXlsx(book);
      const cli = await viaCli(bytes);
      if (cli.json === null) throw new Error(`the CLI could not read a workbook Excel opens: ${cli.stderr}`);
      const pane = await viaPane(bookHandedOver(book, await readWorkbookBuffer(bytes)));
      if (KNOWN_DIFFERENCES[book.name] !== undefined) {
        expect(essence(pane)).not.toEqual(essence(cli.json));
        return;
      }
      expectOneAnswer(cli.json, pane, hasFormulaWithoutResult(book));
    },
    TIMEOUT_MS,
  );
});

describe('hostile files and the sample', () => {
  it.each(files.map((f) => [f.name, f.bytes] as const))(
    '%s',
    async (_name, bytes) => {
      const data = await bytes();
      const cli = await viaCli(data);
      if (cli.json === null) return;
      const { pane, uncalculated } = await paneOnFile(data);
      expectOneAnswer(cli.json, pane, uncalculated);
    },
    TIMEOUT_MS,
  );
});

const asEssenceInput = (json: CheckJson): Parameters<typeof checkEssence>[0] => json as unknown as Parameters<typeof checkEssence>[0];

/** The writers' memo: the CLI's answer is the pane's; where the file holds no totals, the pane's is the sample's (Excel calculates them). */
async function expectWriterParity(book: WriterBook): Promise<void> {
  const bytes = await book.bytes();
  const cli = await viaCli(bytes);
  if (cli.json === null) throw new Error(`${book.name}: ${cli.stderr}`);
  const { pane } = await paneOnFile(bytes);
  if (!book.totalsNotCalculated) {
    expect(essence(pane)).toEqual(essence(cli.json));
    return;
  }
  const sample = await viaCli(await memoXlsx());
  expect(checkEssence(asEssenceInput(pane))).toEqual(checkEssence(asEssenceInput(sample.json!)));
}

describe('workbooks as other programs write them', () => {
  it.each(writers.filter((b) => !b.needsLibreOffice).map((b) => [b.name, b] as const))('%s', (_name, book) => expectWriterParity(book), TIMEOUT_MS);
});

describeWithLibreOffice('workbooks LibreOffice writes', (soffice) => {
  const libreOffice = writersCorpus(soffice).filter((b) => b.needsLibreOffice);
  it.each(libreOffice.map((b) => [b.name, b] as const))('%s', (_name, book) => expectWriterParity(book), TIMEOUT_MS);
});
