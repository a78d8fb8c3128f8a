import { createOfficeHost } from '../../src/excel/host';
import { type ExcelSim, createExcelSim } from '../../src/excel-sim';
import { DRAWN_WINDOW, type DrawnCell, type DrawnSheet, drawSheet } from '../../src/playground/drawn-sheet';
import { sampleSheetSeed } from '../../src/playground/sample-sheet';
import { SAMPLE_SHEET } from '../../src/sample/memo-2024';
import { readForCheck } from '../support/office-sim';
import { memoGrid } from '../support/workbook-builder';

const sample = (): ExcelSim => createExcelSim({ sheets: [sampleSheetSeed()] });

function cellOf(sheet: DrawnSheet, address: string): DrawnCell | undefined {
  return sheet.rows.flatMap((row) => row.cells).find((cell) => cell.address === address);
}

describe('the playground’s sample sheet', () => {
  it('reads through the Office host as the committed sample file does (the memo grid)', async () => {
    const sim = sample();
    const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
    const book = await readForCheck(host);
    expect(book.sheets).toEqual([memoGrid()]);
  });

  it('merges the titles and the region as the file does', () => {
    expect(sample().snapshot(SAMPLE_SHEET).merges).toEqual(['A1:H1', 'A2:H2', 'B4:C4']);
  });
});

describe('drawing a sheet', () => {
  it('draws from A1 a little past the used range, merges spanning the cells they cover', () => {
    const sheet = drawSheet(sample(), SAMPLE_SHEET);
    expect([sheet.rows.length, sheet.columns.length]).toEqual([19 + 4, 8 + 2]);
    expect(cellOf(sheet, 'B4')).toMatchObject({ text: 'CHIMBORAZO', columnSpan: 2, rowSpan: 1 });
    expect(cellOf(sheet, 'C4')).toBeUndefined();
    expect(sheet.rows[3]!.cells.map((c) => c.address)).toEqual(['A4', 'B4', 'D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'J4']);
  });

  it.each([
    ['D19', { text: '9,175,678.45', align: 'right', spills: false }],
    ['A6', { text: 'ENERO', align: 'left', spills: false }],
    ['A18', { text: 'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)', align: 'left', spills: true }],
    ['J23', { text: '', align: 'left', spills: false }],
  ])('shows %s as Excel does', (address, expected) => {
    expect(cellOf(drawSheet(sample(), SAMPLE_SHEET), address)).toMatchObject(expected);
  });

  it('fits a column to the text that must fit, within bounds', () => {
    const widths = drawSheet(sample(), SAMPLE_SHEET).columns.map((c) => c.width);
    // A: "Carga Indicador" (the adjustment's label spills); B: "150,251,586.37"; D: a long header, cut; J: blank.
    expect([widths[0], widths[1], widths[3], widths[9]]).toEqual(['16ch', '16ch', '16ch', '8ch']);
  });

  it('follows what the add-in writes: selection, fill, note, widths, heights, wrapping, formulas', async () => {
    const sim = sample();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SAMPLE_SHEET);
      const cell = sheet.getRange('D19');
      cell.format.fill.color = '#F4B6B6';
      sheet.notes.add(cell, 'Cuadre: MORA');
      sheet.getRange('B:B').format.columnWidth = 75;
      const header = sheet.getRange('A5:H5');
      header.format.rowHeight = 60;
      header.format.wrapText = true;
      sheet.getRange('B21').formulas = [['=SUM(B6:B17)']];
      cell.select();
      await context.sync();
    });
    const sheet = drawSheet(sim, SAMPLE_SHEET);
    expect(cellOf(sheet, 'D19')).toMatchObject({ fill: '#F4B6B6', note: 'Cuadre: MORA', selected: true });
    expect(
      sheet.rows
        .flatMap((row) => row.cells)
        .filter((c) => c.selected)
        .map((c) => c.address),
    ).toEqual(['D19']);
    expect([sheet.selection, sheet.activeCell?.address]).toEqual(['D19', 'D19']);
    expect(sheet.columns[1]!.width).toBe('100px');
    expect([sheet.rows[4]!.height, sheet.rows[5]!.height]).toEqual([80, null]);
    expect(cellOf(sheet, 'D5')).toMatchObject({ wrap: true, spills: false });
    // General, as Excel shows it: at most 11 characters.
    expect(cellOf(sheet, 'B21')).toMatchObject({ text: '150251586.4', content: '=SUM(B6:B17)' });
  });

  it('draws a window of a large workbook around the selection, not every row (a workbook opened with «Abrir libro» may hold 200,000)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => Array.from({ length: 60 }, (_, c) => (c === 0 ? `fila ${i + 1}` : i + c)));
    const sim = createExcelSim({ sheets: [{ name: 'Grande', cells: rows, selection: 'AZ15000' }] });
    const sheet = drawSheet(sim, 'Grande');
    expect(sheet.rows).toHaveLength(DRAWN_WINDOW.rows);
    expect(sheet.columns).toHaveLength(DRAWN_WINDOW.columns);
    const [first, last] = [sheet.rows[0]!.number, sheet.rows.at(-1)!.number];
    expect(first <= 15_000 && last >= 15_000).toBe(true);
    expect(sheet.rows[1]!.number).toBe(first + 1);
    expect(sheet.columns.map((c) => c.letters)).toContain('AZ');
    expect(cellOf(sheet, 'AZ15000')).toMatchObject({ selected: true, text: String(14_999 + 51) });
    expect(sheet.rows[0]!.cells[0]!.address).toBe(`${sheet.columns[0]!.letters}${first}`);
  });

  it('draws a small sheet whole, from A1', () => {
    const sheet = drawSheet(sample(), SAMPLE_SHEET);
    expect([sheet.rows[0]!.number, sheet.columns[0]!.letters]).toEqual([1, 'A']);
  });
});
