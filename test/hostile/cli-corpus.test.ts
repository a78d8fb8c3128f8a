import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filePorts } from '../../src/cli/file-ports';
import { run } from '../../src/cli/main';
import { defaultCatalog } from '../../src/domain/catalog';
import { SEVERITY_OF } from '../../src/domain/findings';
import { GENERATED_BOOKS, TALL_FILE, type HostileFile, hostileBooks, hostileFiles, hostileXlsx } from '../support/hostile-workbooks';

/**
 * No workbook breaks `cuadre check`: every file of the hostile corpus gets exit 0, 1 or 2; for
 * 0 and 1 exactly one JSON object of the contract's shape, for 2 one line on stderr and nothing
 * on stdout; never a stack trace; and the file is left as it was, byte for byte.
 * `CUADRE_HOSTILE_SEED=n npx jest test/hostile` runs the corpus of another seed.
 */

const SEED = Number(process.env.CUADRE_HOSTILE_SEED ?? 20_240_101);
const BIN = join(__dirname, '..', '..', 'bin', 'cuadre.js');
const AMOUNT = /^-?\d+\.\d{2}$/;
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const KEYS = new Set(defaultCatalog().indicators.map((i) => i.key));
/** Time enough on a loaded two-core machine; how fast is `npm run bench`'s business. */
const TIMEOUT_MS = 120_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cuadre-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function inProcess(...argv: string[]): Promise<Outcome> {
  let [stdout, stderr] = ['', ''];
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, filePorts);
  return { code, stdout, stderr };
}

function asProcess(...argv: string[]): Outcome {
  if (!existsSync(join(__dirname, '..', '..', 'lib', 'src', 'cli', 'index.js')))
    throw new Error('lib/ is not built: run `npm run build:cli` (npm test does it first).');
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let files = 0;
function place(bytes: Buffer): string {
  const path = join(dir, `libro-${++files}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The answer's form, whatever the file: the contract's exit codes, streams and JSON. */
function expectAnswer(o: Outcome, json: boolean): void {
  expect([0, 1, 2]).toContain(o.code);
  expect(`${o.stdout}${o.stderr}`).not.toMatch(/\n\s+at /);
  if (o.code === 2) {
    expect(o.stdout).toBe('');
    expect(o.stderr).toMatch(/^cuadre: [^\n]+\n$/);
    return;
  }
  expect(o.stderr).toBe('');
  if (json) expectContractJson(JSON.parse(o.stdout) as Record<string, unknown>, o.code);
  else expect(o.stdout).toMatch(/\n$/);
}

const isAmounts = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.entries(value).every(([k, v]) => KEYS.has(k) && typeof v === 'string' && AMOUNT.test(v));
const isRow = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 1_048_576;
const isMonth = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 12;

/** Checked field by field, so that a failure says which field broke the contract. */
function expectContractJson(json: Record<string, unknown>, code: number | null): void {
  expect(Object.keys(json)).toEqual(['file', 'sheet', 'table', 'months', 'adjustments', 'totals', 'findings', 'summary']);
  const { table, months, adjustments, totals, findings, summary } = json as {
    table: { range: string; year: unknown; region: unknown; columns: Record<string, string> } | null;
    months: { month: unknown; label: unknown; row: unknown; amounts: unknown }[];
    adjustments: { row: unknown; label: unknown; reference: unknown; amounts: unknown }[];
    totals: Record<string, unknown>;
    findings: Record<string, unknown>[];
    summary: { errors: number; warnings: number; info: number };
  };
  expect(typeof json.file === 'string' && typeof json.sheet === 'string').toBe(true);
  if (table !== null) {
    expect(table.range).toMatch(/^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/);
    expect(table.year === null || Number.isInteger(table.year)).toBe(true);
    expect(table.region === null || typeof table.region === 'string').toBe(true);
    expect(Object.entries(table.columns).filter(([k, v]) => !KEYS.has(k) || !/^[A-Z]{1,3}$/.test(v))).toEqual([]);
  }
  expect(months.filter((m) => !isMonth(m.month) || typeof m.label !== 'string' || !isRow(m.row) || !isAmounts(m.amounts))).toEqual([]);
  expect(
    adjustments.filter(
      (a) => !isRow(a.row) || typeof a.label !== 'string' || !(a.reference === null || typeof a.reference === 'string') || !isAmounts(a.amounts),
    ),
  ).toEqual([]);
  expect(Object.keys(totals)).toEqual(['reported', 'computed', 'reconciled']);
  expect(Object.values(totals).filter((t) => !isAmounts(t))).toEqual([]);
  expect(findings.filter((f) => !isFinding(f))).toEqual([]);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  expect(summary).toEqual({ errors: count('error'), warnings: count('warning'), info: count('info') });
  expect(code).toBe(summary.errors > 0 ? 1 : 0);
}

function isFinding(f: Record<string, unknown>): boolean {
  const code = f.code as keyof typeof SEVERITY_OF;
  return (
    SEVERITY_OF[code] === f.severity &&
    typeof f.sheet === 'string' &&
    typeof f.message === 'string' &&
    f.message !== '' &&
    (f.cell === undefined || CELL.test(f.cell as string)) &&
    (f.month === undefined || isMonth(f.month)) &&
    (f.indicator === undefined || KEYS.has(f.indicator as string)) &&
    ['expected', 'actual', 'difference'].every((k) => f[k] === undefined || AMOUNT.test(f[k] as string))
  );
}

/** Runs `check` on the file as JSON (Spanish) and as text (English), and checks it was not touched. */
async function expectCheckAnswers(path: string): Promise<void> {
  const before = digest(path);
  expectAnswer(await inProcess('check', path, '--json'), true);
  expectAnswer(await inProcess('check', path, '--lang', 'en'), false);
  expect(digest(path)).toBe(before);
}

describe(`cuadre check on the hostile workbooks (seed ${SEED})`, () => {
  const books = hostileBooks(SEED);

  it('has the named workbooks and the generated ones', () => {
    expect(books.length).toBeGreaterThanOrEqual(GENERATED_BOOKS + 20);
  });

  it.each(books.map((b) => [b.name, b] as const))(
    '%s',
    async (_name, book) => {
      await expectCheckAnswers(place(await hostileXlsx(book)));
    },
    TIMEOUT_MS,
  );
});

describe('cuadre check on hostile files', () => {
  it.each(hostileFiles().map((f) => [f.name, f] as const))(
    '%s',
    async (_name, file: HostileFile) => {
      await expectCheckAnswers(place(await file.bytes()));
    },
    TIMEOUT_MS,
  );
});

describe(TALL_FILE.name, () => {
  let path: string;
  beforeAll(async () => {
    path = place(await TALL_FILE.bytes());
  }, TIMEOUT_MS);

  it(
    'finds the memo table on top and checks it as on its own sheet, in process and as the command',
    async () => {
      const before = digest(path);
      for (const outcome of [await inProcess('check', path, '--json'), asProcess('check', path, '--json')]) {
        expectAnswer(outcome, true);
        const json = JSON.parse(outcome.stdout);
        expect([json.table.range, json.months.length, json.summary]).toEqual(['A4:H19', 12, { errors: 1, warnings: 1, info: 0 }]);
        expect(json.totals.reconciled).toMatchObject({ total: '150374057.48', mora: '9298149.56' });
      }
      expect(digest(path)).toBe(before);
    },
    TIMEOUT_MS,
  );
});

describe('the installed command on hostile input', () => {
  const cases = [
    ...hostileFiles().slice(0, 4),
    ...hostileBooks(SEED)
      .slice(0, 3)
      .map((b) => ({ name: b.name, bytes: () => hostileXlsx(b) })),
  ];
  it.each(cases.map((f) => [f.name, f] as const))(
    '%s',
    async (_name, file) => {
      const path = place(await file.bytes());
      const before = digest(path);
      expectAnswer(asProcess('check', path, '--json'), true);
      expect(digest(path)).toBe(before);
    },
    TIMEOUT_MS,
  );
});
