import type { Cell, Grid, GridCell } from '../../src/domain/grid';
import { reconcile } from '../../src/domain/reconcile';
import { memoGrid } from '../support/workbook-builder';

/**
 * A formula whose result the file does not hold (§3): `cell.not-calculated`, a warning; its
 * value is unknown, so the checks that need it are skipped rather than run on a guess (0 or
 * an error), and the message sends the analyst to Excel, not to type over the formula.
 */

/** The memo at A1: months on rows 6–17, the adjustment on 18, the totals on 19, TOTAL…CONVENIOS in B…H. */
const TOTALS_ROW = 19;
const COLUMNS = ['B', 'C', 'D', 'E', 'F', 'G', 'H'];

function memoWith(cells: Record<string, (old: GridCell) => GridCell>): Grid {
  const grid = memoGrid();
  const rows = grid.cells.map((row) => [...row]);
  for (const [address, change] of Object.entries(cells)) {
    const [col, row] = [address.charCodeAt(0) - 64, Number(address.slice(1))];
    rows[row - grid.top]![col - grid.left] = change(rows[row - grid.top]![col - grid.left]);
  }
  return { ...grid, cells: rows };
}

const noResult = (formula: string) => (): Cell => ({ kind: 'uncalculated', formula });
/** XlsxWriter's file: every formula caches 0 and the workbook asks for `fullCalcOnLoad`. */
const stale = (formula: string) => (): Cell => ({ kind: 'uncalculated', formula, stale: true });
const sumOf = (col: string): string => `SUM(${col}6:${col}18)`;
const allTotals = (as: (formula: string) => () => Cell) => Object.fromEntries(COLUMNS.map((c) => [`${c}${TOTALS_ROW}`, as(sumOf(c))]));

type Pair = [string | undefined, string];

describe('cell.not-calculated', () => {
  it.each<[string, Grid, Pair[], { errors: number; warnings: number }]>([
    [
      'a month amount never calculated: no breakdown on its row, no total mismatch in its column',
      memoWith({ C7: noResult('C6*2') }),
      [
        ['C7', 'cell.not-calculated'],
        ['H18', 'adjustment.not-propagated'],
        ['D19', 'identity.breakdown'],
      ],
      { errors: 1, warnings: 2 },
    ],
    [
      'the totals row of =SUM never calculated (openpyxl): the memo gap on D19 cannot be told',
      memoWith(allTotals(noResult)),
      [['H18', 'adjustment.not-propagated'], ...COLUMNS.map((c): Pair => [`${c}${TOTALS_ROW}`, 'cell.not-calculated'])],
      { errors: 0, warnings: 8 },
    ],
    [
      'the totals row caching 0 in a file to recalculate on load (XlsxWriter): no false total.mismatch',
      memoWith(allTotals(stale)),
      [['H18', 'adjustment.not-propagated'], ...COLUMNS.map((c): Pair => [`${c}${TOTALS_ROW}`, 'cell.not-calculated'])],
      { errors: 0, warnings: 8 },
    ],
  ])('%s', (_what, grid, pairs, summary) => {
    const rec = reconcile(grid);
    expect(rec.findings.map((f): Pair => [f.cell, f.code])).toEqual(pairs);
    expect(rec.summary).toMatchObject(summary);
    expect(rec.findings.filter((f) => f.code === 'cell.not-calculated').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('keeps the reported total of a column out of the JSON when its cell is unknown', () => {
    const rec = reconcile(memoWith({ [`${COLUMNS[2]}${TOTALS_ROW}`]: stale(sumOf('D')) }));
    expect(Object.keys(rec.totals.reported)).not.toContain('mora');
    expect(rec.findings.map((f) => f.code)).not.toContain('identity.breakdown');
  });

  it.each<[string, 'es' | 'en', () => Cell, RegExp[]]>([
    [
      'es, never calculated',
      'es',
      noResult('SUM(B6:B18)'),
      [/celda B19/, /«=SUM\(B6:B18\)»/, /no guarda su resultado/, /Abra el archivo en Excel, guárdelo/, /no escriba un número sobre la fórmula/],
    ],
    ['es, recalculated on load', 'es', stale('SUM(B6:B18)'), [/celda B19/, /pide recalcular sus fórmulas al abrirse/, /Abra el archivo en Excel, guárdelo/]],
    [
      'en, never calculated',
      'en',
      noResult('SUM(B6:B18)'),
      [/cell B19/, /"=SUM\(B6:B18\)"/, /does not hold its result/, /Open the file in Excel, save it/, /do not type a number over the formula/],
    ],
    ['en, recalculated on load', 'en', stale('SUM(B6:B18)'), [/cell B19/, /asks for its formulas to be recalculated/, /Open the file in Excel, save it/]],
  ])('says which cell and to open and save the file in Excel (%s)', (_what, lang, cell, patterns) => {
    const finding = reconcile(memoWith({ [`B${TOTALS_ROW}`]: cell }), { lang }).findings.find((f) => f.code === 'cell.not-calculated')!;
    for (const pattern of patterns) expect(finding.message).toMatch(pattern);
    expect(finding.message).not.toMatch(/Escriba el importe|Type the amount/);
  });
});
