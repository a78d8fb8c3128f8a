import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cuadre } from '../support/cli';
import { memoRows, memoXlsx, xlsxFrom } from '../support/workbook-builder';

const dir = mkdtempSync(join(tmpdir(), 'cuadre-cli-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');


async function file(name: string, data: Buffer | string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('cuadre check on the sample', () => {
  it('prints one JSON object with the contract fields, and exits 1 for the MORA gap', async () => {
    const r = await cuadre('check', SAMPLE, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['file', 'sheet', 'table', 'months', 'adjustments', 'totals', 'findings', 'summary']);
    expect(json.summary).toEqual({ errors: 1, warnings: 1, info: 0 });
    expect(json.totals.reconciled).toMatchObject({ total: '150374057.48', mora: '9298149.56' });
    expect(r.stderr).toBe('');
  });

  it('prints a readable table: findings by severity and the three totals side by side', async () => {
    const r = await cuadre('check', SAMPLE);
    expect(r.stdout).toMatch(/ERRORES \(1\)\n\s+D19\s+identity\.breakdown/);
    expect(r.stdout).toMatch(/ADVERTENCIAS \(1\)\n\s+H18\s+adjustment\.not-propagated/);
    expect(r.stdout).toMatch(/MORA\s+9\.175\.678,45\s+9\.175\.678,45\s+9\.298\.149,56/);
  });

  it('speaks English with --lang en', async () => {
    const r = await cuadre('check', SAMPLE, '--lang', 'en');
    expect(r.stdout).toMatch(/ERRORS \(1\)/);
    expect(r.stdout).toMatch(/ARREARS\s+9,175,678\.45/);
  });

  it('exits 0 when the only problems are warnings, and 1 with a tolerance too small', async () => {
    // The memo as it should have been: the adjustment carried to MORA and TOTAL, one amount typed as text.
    const rows = memoRows();
    const [adjustment, totals] = [rows[17]!, rows[18]!];
    adjustment[1] = adjustment[3] = 122471.11;
    totals[1] = 150374057.48;
    totals[3] = 9298149.56;
    rows[5]![2] = '11.868.052,21';
    const path = await file('fixed.xlsx', await xlsxFrom([{ name: 'Hoja1', rows }]));
    const r = await cuadre('check', path, '--json');
    expect([r.code, JSON.parse(r.stdout).summary]).toEqual([0, { errors: 0, warnings: 1, info: 0 }]);
    const withTolerance = await cuadre('check', SAMPLE, '--json', '--tolerance', '200000');
    expect([withTolerance.code, JSON.parse(withTolerance.stdout).summary.errors]).toEqual([0, 0]);
  });
});

describe('exit 2 with one clear line and no stack trace', () => {
  it.each([
    ['a missing file', async () => ['check', join(dir, 'nope.xlsx')], /no existe/],
    ['a text file', async () => ['check', await file('notes.xlsx', 'just some notes\n')], /.+/],
    ['a truncated workbook', async () => ['check', await file('cut.xlsx', (await memoXlsx()).subarray(0, 900))], /.+/],
    ['an empty file', async () => ['check', await file('empty.xlsx', '')], /.+/],
    ['a directory', async () => { const d = join(dir, 'folder.xlsx'); if (!existsSync(d)) mkdirSync(d); return ['check', d]; }, /.+/],
    ['no such sheet', async () => ['check', SAMPLE, '--sheet', 'Hoja9'], /Hoja9.*Recaudación 2024/],
    ['a bad tolerance', async () => ['check', SAMPLE, '--tolerance', '-1'], /--tolerance/],
    ['an unknown flag', async () => ['check', SAMPLE, '--frobnicate'], /frobnicate/],
    ['an unknown command', async () => ['audit', SAMPLE], /audit/],
    ['a bad language', async () => ['check', SAMPLE, '--lang', 'fr'], /--lang/],
    ['report without --out', async () => ['report', SAMPLE], /--out/],
  ])('%s', async (_what, args, pattern) => {
    const r = await cuadre(...(await args()));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the installed command', () => {
  const bin = join(__dirname, '..', '..', 'bin', 'cuadre.js');
  it('runs as `cuadre` with the contract exit codes', () => {
    if (!existsSync(join(__dirname, '..', '..', 'lib', 'src', 'cli', 'index.js'))) throw new Error('lib/ is not built: run `npm run build:cli` (npm test does it first).');
    const ok = spawnSync(process.execPath, [bin, 'check', SAMPLE, '--json'], { encoding: 'utf8' });
    expect([ok.status, JSON.parse(ok.stdout).sheet]).toEqual([1, 'Recaudación 2024']);
    const bad = spawnSync(process.execPath, [bin, 'check', join(dir, 'missing.xlsx')], { encoding: 'utf8' });
    expect([bad.status, bad.stdout, bad.stderr.split('\n').filter(Boolean).length]).toEqual([2, '', 1]);
  });
});
