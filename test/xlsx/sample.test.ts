import { readFileSync } from 'node:fs';
import type { Grid } from '../../src/domain/grid';
import { cellAt, parseA1 } from '../../src/domain/grid';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { JUNE_SAMPLE_FILE, SAMPLE_FILE, juneWorkbook, sampleWorkbook } from '../../scripts/make-sample';
import { SAMPLE_SHEET } from '../../src/sample/memo-2024';
import { memoGrid } from '../support/workbook-builder';

describe(`the committed sample ${SAMPLE_FILE}`, () => {
  let grid: Grid;
  beforeAll(async () => {
    const book = await readWorkbookFile(SAMPLE_FILE);
    expect(book.sheets.map((s) => s.sheet)).toEqual([SAMPLE_SHEET]);
    grid = book.sheets[0]!;
  });

  it.each([
    ['A1', 'RECAUDACIÓN TOTAL'],
    ['A2', 'AÑO 2024'],
    ['A3', undefined],
    ['B4', 'CHIMBORAZO'],
    ['C4', undefined],
    ['D5', 'IE-DNRGC-DP-10-Monto de recuperación de cartera en mora'],
    ['A6', 'ENERO'],
    ['B6', 12742937.65],
    ['H17', 33264.19],
    ['A18', 'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)'],
    ['D18', undefined],
    ['H18', 122471.11],
    ['A19', 'TOTAL'],
    ['B19', 150251586.37],
    ['D19', 9175678.45],
    ['H19', 454506.05],
    ['I19', undefined],
  ])('%s = %p', (address, value) => {
    const { row, col } = parseA1(address)!;
    expect((cellAt(grid, row, col) as { value?: unknown } | undefined)?.value).toBe(value);
  });

  it('holds the memo table, amounts as numbers', () => {
    expect(grid).toEqual(memoGrid());
  });

  it('is what `npm run sample` writes today, byte for byte', async () => {
    expect((await sampleWorkbook()).equals(readFileSync(SAMPLE_FILE))).toBe(true);
  });
});

describe(`the monthly companion ${JUNE_SAMPLE_FILE}`, () => {
  it.each([
    ['A6', 'ENERO'],
    ['B6', 12742937.65],
    ['C6', 11868052.21],
    ['D11', 887392.74],
    ['A12', 'JULIO'],
    ['B12', 0],
    ['C12', undefined],
    ['D12', 0],
    ['A18', 'TOTAL'],
    ['B18', 75033626.68],
  ])('%s = %p (formulas by their cached results)', async (address, value) => {
    const grid = (await readWorkbookFile(JUNE_SAMPLE_FILE)).sheets[0]!;
    const { row, col } = parseA1(address)!;
    expect((cellAt(grid, row, col) as { value?: unknown } | undefined)?.value).toBe(value);
  });

  it('is what `npm run sample` writes today, byte for byte', async () => {
    expect((await juneWorkbook()).equals(readFileSync(JUNE_SAMPLE_FILE))).toBe(true);
  });
});
