import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JUNE_SAMPLE_FILE } from '../../scripts/make-sample';
import { JUNE_SHEET, TEMPLATE_FIRST_MONTH_ROW, memoTemplateValues } from '../../src/sample/memo-2024';
import { cuadre } from '../support/cli';
import { xlsxFrom } from '../support/workbook-builder';

/** The monthly use of §2b and §6 `--since`: the June sheet checked in July, then again in August. */

const dir = mkdtempSync(join(tmpdir(), 'cuadre-monthly-'));
const JUNE = join(__dirname, '..', '..', JUNE_SAMPLE_FILE);

function file(name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** The template filled through `lastMonth`, with `change` applied to its rows (0-based: ENERO is 5). */
async function template(lastMonth: number, change: (rows: ReturnType<typeof memoTemplateValues>) => void = () => undefined): Promise<string> {
  const rows = memoTemplateValues(lastMonth);
  change(rows);
  return file(`through-${lastMonth}-${Math.random().toString(36).slice(2)}.xlsx`, await xlsxFrom([{ name: JUNE_SHEET, rows }]));
}

/** The June check as `check --json` wrote it, on 5 July 2024. */
async function juneCheck(): Promise<string> {
  const r = await cuadre('check', JUNE, '--json');
  const path = file('junio.json', r.stdout);
  const july5 = new Date(2024, 6, 5, 12);
  utimesSync(path, july5, july5);
  return path;
}

describe('a sheet filled through JUNIO', () => {
  it('is checked with no error, naming the period, in Spanish and English', async () => {
    const es = await cuadre('check', JUNE);
    expect(es.code).toBe(0);
    expect(es.stdout).toContain('Período: enero a junio de 2024 · 6 de 12 meses');
    expect(es.stdout).toMatch(/INFORMACIÓN \(1\)\n\s+—\s+period\.partial/);
    expect(es.stdout).not.toMatch(/month\.missing|cell\.blank|total\.mismatch/);
    const en = await cuadre('check', JUNE, '--lang', 'en');
    expect(en.stdout).toContain('Period: January to June 2024 · 6 of 12 months');
  });

  it('gives the period in the JSON, and only the months loaded', async () => {
    const r = await cuadre('check', JUNE, '--json');
    const json = JSON.parse(r.stdout);
    expect(json.table).toMatchObject({ range: 'A4:H18', period: { from: 1, to: 6 } });
    expect(json.months.map((m: { label: string }) => m.label)).toEqual(['ENERO', 'FEBRERO', 'MARZO', 'ABRIL', 'MAYO', 'JUNIO']);
    expect(json.totals.reported).toEqual(json.totals.computed);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, info: 1 });
  });
});

describe('--since an earlier check --json', () => {
  const restated = (stdout: string) =>
    (JSON.parse(stdout).findings as { code: string; cell?: string; expected?: string; actual?: string }[])
      .filter((f) => f.code === 'month.restated')
      .map((f) => [f.cell, f.expected, f.actual]);

  it.each([
    ['JULIO added, nothing rewritten', (_rows: unknown[][]) => undefined, []],
    [
      'MARZO rewritten after it was checked',
      (rows: unknown[][]) => {
        const marzo = rows[TEMPLATE_FIRST_MONTH_ROW - 1 + 2]!;
        marzo[2] = 11561840.22;
        marzo[1] = { formula: 'C8+D8', result: 12233681.59 };
        // The totals row's =SUM results, as Excel recalculates them.
        const totals = rows[TEMPLATE_FIRST_MONTH_ROW - 1 + 12]!;
        for (const c of [1, 2]) {
          const sum = totals[c] as { formula: string; result: number };
          totals[c] = { ...sum, result: Math.round((sum.result + 100) * 100) / 100 };
        }
      },
      [
        ['B8', '12233581.59', '12233681.59'],
        ['C8', '11561740.22', '11561840.22'],
      ],
    ],
  ])('%s', async (_what, change, expected) => {
    const since = await juneCheck();
    const july = await template(7, change);
    const r = await cuadre('check', july, '--json', '--since', since);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(restated(r.stdout)).toEqual(expected);
    const text = await cuadre('check', july, '--since', since);
    if (expected.length > 0)
      expect(text.stdout).toMatch(/C8\s+month\.restated\n.*MARZO cambió desde la revisión del 2024-07-05: era 11\.561\.740,22 y ahora es 11\.561\.840,22/);
  });

  it.each([
    ['a file that does not exist', async () => join(dir, 'nope.json'), /--since .*nope\.json: el archivo no existe|no existe/],
    ['a file that is not JSON', async () => file('notes.json', 'revisado en julio\n'), /--since .*no es JSON válido/],
    ['a catalog instead of a check', async () => file('catalog.json', '{"indicators":[]}'), /--since .*no es la salida de «cuadre check --json»/],
    [
      'a check of another sheet',
      async () => file('other.json', (await cuadre('check', JUNE, '--json')).stdout.replace('"sheet": "Recaudación 2024"', '"sheet": "Hoja2"')),
      /--since .*de la hoja «Hoja2».*--sheet/,
    ],
    [
      'a check of another year',
      async () => file('2023.json', (await cuadre('check', JUNE, '--json')).stdout.replace('"year": 2024', '"year": 2023')),
      /--since .*del año 2023/,
    ],
  ])('exits 2 with one line for %s', async (_what, since, pattern) => {
    const r = await cuadre('check', JUNE, '--since', await since());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });

  it('is refused by report', async () => {
    const r = await cuadre('report', JUNE, '--out', join(dir, 'out.xlsx'), '--since', await juneCheck());
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/--since/)]);
  });
});
