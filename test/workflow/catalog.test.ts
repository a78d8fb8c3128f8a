import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Catalog, defaultCatalog } from '../../src/domain/catalog';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { readCatalogJson } from '../../src/workflow/settings';
import { cuadre } from '../support/cli';
import { officeWith } from '../support/office-sim';
import { MEMO_SHEET, gridFrom, memoRows, xlsxFrom } from '../support/workbook-builder';

/**
 * `--catalog FILE` takes the JSON the task pane's settings accept, read by the same parser; a
 * unit's own catalog gives the same answer in both hosts; a bad file is one line and exit 2.
 */

const dir = mkdtempSync(join(tmpdir(), 'cuadre-catalog-'));
const path = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

/** A unit that also reports interest collected (INTERESES), an indicator of its own beside the total. */
const UNIT_CATALOG: Catalog = {
  indicators: [
    ...defaultCatalog().indicators,
    {
      key: 'intereses',
      labels: ['INTERESES'],
      code: null,
      parent: null,
      name: { es: 'Intereses', en: 'Interest' },
      description: { es: 'Intereses de mora cobrados', en: 'Late interest collected' },
    },
  ],
};

/** The memo with an INTERESES column (I): complete under the unit's catalog, not under the default one. */
function memoWithInterest(): unknown[][] {
  return memoRows().map((row, r) => {
    if (r === 4) return [...row, 'INTERESES'];
    return typeof row[1] === 'number' ? [...row, 1000 + r] : row;
  });
}

const SHEETS = [
  { name: MEMO_SHEET, rows: memoRows() },
  { name: 'Con intereses', rows: memoWithInterest() },
];

describe('a unit’s own catalog (an extra indicator), the same in both hosts', () => {
  let book: string;
  let catalog: string;
  beforeAll(async () => {
    book = path('unit.xlsx', await xlsxFrom(SHEETS, { activeTab: 0 }));
    catalog = path('unit-catalog.json', JSON.stringify(UNIT_CATALOG, null, 2));
  });

  it('is the JSON the pane’s settings accept', () => {
    expect(readCatalogJson(JSON.stringify(UNIT_CATALOG))).toEqual({ ok: true, catalog: UNIT_CATALOG });
  });

  it('makes the CLI check the sheet whose table has every indicator, with its column', async () => {
    const withDefault = JSON.parse((await cuadre('check', book, '--json')).stdout) as { sheet: string };
    expect(withDefault.sheet).toBe(MEMO_SHEET);
    const r = await cuadre('check', book, '--json', '--catalog', catalog);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { sheet: string; table: { columns: Record<string, string> }; findings: { code: string; message: string }[] };
    expect([json.sheet, json.table.columns.intereses]).toEqual(['Con intereses', 'I']);
    expect(json.findings.find((f) => f.code === 'table.other-sheet')?.message).toMatch(/le falta INTERESES/);
  });

  it('makes the add-in find the same table, reading past the active sheet the default catalog would settle on', async () => {
    const office = officeWith(
      SHEETS.map((s) => gridFrom(s.rows, { sheet: s.name })),
      { activeSheet: MEMO_SHEET },
    );
    const { reconciliation } = await checkOpenWorkbook(office.host, { tolerance: '0.00', catalog: UNIT_CATALOG }, 'es', () => undefined);
    const cli = JSON.parse((await cuadre('check', book, '--json', '--catalog', catalog)).stdout) as {
      sheet: string;
      findings: { code: string; cell?: string }[];
    };
    expect([reconciliation.sheet, reconciliation.table?.columns.intereses]).toEqual(['Con intereses', 'I']);
    expect(reconciliation.findings.map((f) => [f.code, f.cell])).toEqual(cli.findings.map((f) => [f.code, f.cell]));
  });

  it('is taken by `cuadre report` too', async () => {
    const out = join(dir, 'unit-report.xlsx');
    const r = await cuadre('report', book, '--out', out, '--catalog', catalog);
    // Its only error is the memo's, on the totals row: the report resolves it (RECONCILIATION.md §5b), exit 0.
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('«Informe 2024»');
  });
});

describe('a catalog file that cannot be used: exit 2, one line naming the file and what is wrong', () => {
  it.each([
    ['not JSON', 'broken.json', '{"indicators": [', /broken\.json: no es JSON válido/],
    ['JSON that is no catalog', 'shape.json', '{"indicadores": []}', /shape\.json: indicators: El catálogo no tiene una lista "indicators"/],
    [
      'an indicator without a code or label',
      'bare.json',
      JSON.stringify({ indicators: [{ key: 'total' }] }),
      /bare\.json: indicators\[0\]: El indicador "total" necesita un código o una etiqueta/,
    ],
    [
      'a parent that does not exist',
      'orphan.json',
      JSON.stringify({ indicators: [{ key: 'mora', labels: ['MORA'], parent: 'total' }] }),
      /orphan\.json: mora: El padre "total"/,
    ],
  ])('%s', async (_what, name, text, pattern) => {
    const r = await cuadre('check', join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx'), '--catalog', path(name, text));
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });

  it('a missing file, in English with --lang en', async () => {
    const r = await cuadre('report', 'any.xlsx', '--out', join(dir, 'x.xlsx'), '--catalog', join(dir, 'nope.json'), '--lang', 'en');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', expect.stringMatching(/^cuadre: .*nope\.json: the file does not exist\.\n$/)]);
  });
});
