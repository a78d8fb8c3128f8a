import type { Cell, GridCell, Workbook } from '../../src/domain/grid';
import { cellAt, emptyGrid } from '../../src/domain/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { gridFrom, memoGrid, memoXlsx, xlsxFrom } from '../support/workbook-builder';
import type { MemoOptions, SheetSpec } from '../support/workbook-builder';

const utc = (year: number, month: number, day: number, hours = 0): Date => new Date(Date.UTC(year, month - 1, day, hours));
const date = (year: number, month: number, day: number): Cell => ({ kind: 'date', value: { year, month, day } });
const num = (value: number): Cell => ({ kind: 'number', value });
const text = (value: string): Cell => ({ kind: 'text', value });

/** Each case is written alone in its own sheet, read back, and its one cell compared. */
async function readEach(cases: readonly (readonly [string, unknown, string | undefined, GridCell])[], date1904 = false): Promise<Workbook> {
  const sheets: SheetSpec[] = cases.map(([, value, numFmt], i) => ({ name: `c${i}`, rows: [[value]], ...(numFmt && { numFmt }) }));
  return readWorkbookBuffer(await xlsxFrom(sheets, { date1904 }));
}

describe('readWorkbookBuffer: one cell of each kind', () => {
  const CASES: readonly (readonly [string, unknown, string | undefined, GridCell])[] = [
    ['number', 12742937.65, undefined, num(12742937.65)],
    ['negative number', -1234.56, '#,##0.00', num(-1234.56)],
    ['zero', 0, undefined, num(0)],
    ['shared string', 'ENERO', undefined, text('ENERO')],
    ['text that looks like an amount', '12.742.937,65', undefined, text('12.742.937,65')],
    ['rich text: runs joined', { richText: [{ text: 'RECAUDACIÓN ' }, { text: 'TOTAL', font: { bold: true } }] }, undefined, text('RECAUDACIÓN TOTAL')],
    ['hyperlink: its text', { text: 'Memorando', hyperlink: 'https://www.iess.gob.ec' }, undefined, text('Memorando')],
    ['boolean true', true, undefined, { kind: 'boolean', value: true }],
    ['boolean false', false, undefined, { kind: 'boolean', value: false }],
    ['Date', utc(2024, 1, 31), undefined, date(2024, 1, 31)],
    ['{ date }', { date: utc(2024, 12, 31) }, 'dd/mm/yyyy', date(2024, 12, 31)],
    ['serial with a date format', 45322, 'dd/mm/yyyy', date(2024, 1, 31)],
    ['serial with a year-only format exceljs misses', 45322, 'YYYY', date(2024, 1, 31)],
    ['serial with a time of day: a number', 0.75, 'h:mm', num(0.75)],
    ['serial with minutes and seconds: a number', 0.5, 'mm:ss', num(0.5)],
    ['amount with a quoted unit', 1234.56, '#,##0.00 "dólares"', num(1234.56)],
    ['error #REF!', { error: '#REF!' }, undefined, { kind: 'error', value: '#REF!' }],
    ['error #N/A', { error: '#N/A' }, undefined, { kind: 'error', value: '#N/A' }],
    ['formula with a number result', { formula: 'SUM(B6:B17)', result: 150251586.37 }, undefined, num(150251586.37)],
    ['formula with result 0', { formula: 'B6-B6', result: 0 }, undefined, num(0)],
    ['formula with a text result', { formula: 'UPPER("enero")', result: 'ENERO' }, undefined, text('ENERO')],
    ['formula with result false', { formula: '1>2', result: false }, undefined, { kind: 'boolean', value: false }],
    ['formula with an error result', { formula: '1/0', result: { error: '#DIV/0!' } }, undefined, { kind: 'error', value: '#DIV/0!' }],
    ['formula with a Date result', { formula: 'DATE(2024,2,29)', result: utc(2024, 2, 29) }, undefined, date(2024, 2, 29)],
    ['formula with a date-formatted serial', { formula: 'DATE(2024,3,1)', result: 45352 }, 'dd/mm/yyyy', date(2024, 3, 1)],
    ['formula never calculated', { formula: 'SUM(B6:B17)' }, undefined, { kind: 'uncalculated', formula: 'SUM(B6:B17)' }],
  ];
  let book: Workbook;
  beforeAll(async () => {
    book = await readEach(CASES);
  });

  it.each(CASES.map((c, i) => [c[0], i, c[3]] as const))('%s', (_name, i, expected) => {
    expect(book.sheets[i]!.cells[0]?.[0]).toEqual(expected);
  });
});

describe('readWorkbookBuffer: 1904 date system', () => {
  const CASES: readonly (readonly [string, unknown, string | undefined, GridCell])[] = [
    ['Date', utc(2024, 1, 31), undefined, date(2024, 1, 31)],
    ['serial with a date format', 43860, 'dd/mm/yyyy', date(2024, 1, 31)],
    ['serial with a year-only format exceljs misses', 43860, 'YYYY', date(2024, 1, 31)],
    ['serial with a time of day: the number as stored', 0.75, 'h:mm', num(0.75)],
    ['plain number, not shifted', 43860, undefined, num(43860)],
  ];
  let book: Workbook;
  beforeAll(async () => {
    book = await readEach(CASES, true);
  });

  it.each(CASES.map((c, i) => [c[0], i, c[3]] as const))('%s', (_name, i, expected) => {
    expect(book.sheets[i]!.cells[0]?.[0]).toEqual(expected);
  });
});

describe('readWorkbookBuffer: shared formulas', () => {
  let book: Workbook;
  beforeAll(async () => {
    const rows = [
      [10, { formula: 'A1*2', result: 20, shareType: 'shared', ref: 'B1:B3' }],
      [0, { sharedFormula: 'B1', result: 0 }],
      [30, { sharedFormula: 'B1' }],
    ];
    book = await readWorkbookBuffer(await xlsxFrom([{ name: 'S', rows }]));
  });

  it.each([
    ['master with its result', 1, num(20)],
    ['follower with result 0', 2, num(0)],
    ['follower never calculated: its own formula', 3, { kind: 'uncalculated', formula: 'A3*2' }],
  ] as const)('%s', (_name, row, expected) => {
    expect(cellAt(book.sheets[0]!, row, 2)).toEqual(expected);
  });
});

describe('readWorkbookBuffer: merged cells carry their value in the master alone', () => {
  it('blanks every other cell of the range', async () => {
    const rows = [
      ['CHIMBORAZO', 'x', 'x', 'MORA'],
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    const book = await readWorkbookBuffer(await xlsxFrom([{ name: 'S', rows, merges: ['A1:C1', 'D2:D3'] }]));
    expect(book.sheets[0]!.cells).toEqual([
      [text('CHIMBORAZO'), undefined, undefined, text('MORA')],
      [num(1), num(2), num(3), num(4)],
      [num(5), num(6), num(7)],
    ]);
  });
});

describe('readWorkbookBuffer: the grid keeps sheet coordinates', () => {
  it.each([
    ['table far from A1', [['ENERO', 1]], 40, 27, 40, 27],
    ['leading blank rows and columns trimmed', [[], ['', '', 'ENERO']], 3, 2, 4, 4],
  ] as const)('%s', async (_name, rows, top, left, gridTop, gridLeft) => {
    const book = await readWorkbookBuffer(await xlsxFrom([{ name: 'S', rows, top, left }]));
    expect(book.sheets[0]).toMatchObject({ top: gridTop, left: gridLeft });
    expect(cellAt(book.sheets[0]!, gridTop, gridLeft)).toEqual(text('ENERO'));
  });

  it('keeps blank rows inside the table and ragged rows', async () => {
    const rows = [['TITULO'], [], ['ENERO', 1, '', 2]];
    const book = await readWorkbookBuffer(await xlsxFrom([{ name: 'S', rows, top: 2, left: 3 }]));
    expect(book.sheets[0]).toEqual(gridFrom(rows, { sheet: 'S', top: 2, left: 3 }));
  });

  it('reads an empty sheet as an empty grid', async () => {
    const book = await readWorkbookBuffer(await xlsxFrom([{ name: 'Vacía', rows: [] }]));
    expect(book.sheets).toEqual([emptyGrid('Vacía')]);
  });
});

describe('readWorkbookBuffer: sheets and the active one', () => {
  const sheets: SheetSpec[] = ['Notas', 'Recaudación 2024', 'Resumen'].map((name) => ({ name, rows: [[name]] }));

  it.each([
    ['the active tab', 1, 'Recaudación 2024'],
    ['no workbook view', undefined, undefined],
    ['a tab beyond the sheets', 7, undefined],
  ] as const)('%s', async (_name, activeTab, activeSheet) => {
    const book = await readWorkbookBuffer(await xlsxFrom(sheets, { ...(activeTab !== undefined && { activeTab }) }));
    expect(book.sheets.map((s) => s.sheet)).toEqual(['Notas', 'Recaudación 2024', 'Resumen']);
    expect(book.activeSheet).toBe(activeSheet);
  });
});

describe('memo fixtures: the .xlsx reads back as the grid', () => {
  it.each<[string, MemoOptions]>([
    ['at A1, amounts as numbers', {}],
    ['amounts as text', { amountsAs: 'text' }],
    ['away from A1', { top: 12, left: 5 }],
    ['with notes around', { notes: true }],
    ['all of it', { top: 3, left: 2, notes: true, amountsAs: 'text', sheet: 'Datos' }],
  ])('%s', async (_name, opts) => {
    const book = await readWorkbookBuffer(await memoXlsx(opts));
    expect(book.sheets).toEqual([memoGrid(opts)]);
  });

  it('has the memo figures as numbers at their cells', () => {
    const grid = memoGrid({ top: 10, left: 3 });
    expect([cellAt(grid, 15, 4), cellAt(grid, 27, 10), cellAt(grid, 28, 6)]).toEqual([
      num(12742937.65),
      num(122471.11),
      num(9175678.45),
    ]);
  });
});
