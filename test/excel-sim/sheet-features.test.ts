import { createExcelSim } from '../../src/excel-sim';
import type { RequestContext, Worksheet } from '../../src/excel-sim';

function report() {
  return createExcelSim({
    sheets: [
      {
        name: 'Reporte',
        cells: [
          ['RECAUDACIÓN TOTAL – AÑO 2024', null, null],
          ['MES', 'OPORTUNA', 'MORA'],
          ['ENERO', 1200.5, 300],
          ['FEBRERO', 900, 410.25],
        ],
      },
    ],
  });
}

/** Runs `batch` on the active sheet. */
function onSheet<T>(sim: ReturnType<typeof report>, batch: (sheet: Worksheet) => Promise<T>): Promise<T> {
  return sim.Excel.run((context: RequestContext) => batch(context.workbook.worksheets.getActiveWorksheet()));
}

describe('range formats', () => {
  it('writes fill, font, alignment and wrapping to every cell of the range', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      const header = sheet.getRange('A2:C2');
      header.format.fill.color = '#4472c4';
      header.format.font.bold = true;
      header.format.font.color = 'White';
      header.format.horizontalAlignment = 'Center';
      header.format.wrapText = true;
    });
    expect(sim.cell('Reporte', 'B2')).toMatchObject({
      fill: '#4472C4',
      bold: true,
      fontColor: '#FFFFFF',
      horizontalAlignment: 'Center',
      wrapText: true,
    });
    expect(sim.snapshot('Reporte').fills).toEqual([
      [null, null, null],
      ['#4472C4', '#4472C4', '#4472C4'],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('reads defaults for unformatted cells and null where cells differ', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      sheet.getRange('A3').format.fill.color = 'yellow';
      const plain = sheet
        .getRange('B3:C4')
        .format.load('horizontalAlignment, wrapText, fill/color, font/bold, font/color');
      const mixed = sheet.getRange('A3:A4').format.fill.load('color');
      await sheet.context.sync();
      return { plain: plain.toJSON(), mixed: mixed.color };
    });
    expect(read).toEqual({
      plain: {
        horizontalAlignment: 'General',
        wrapText: false,
        fill: { color: '#FFFFFF' },
        font: { bold: false, color: '#000000' },
      },
      mixed: null,
    });
  });

  it('reads and writes font name, size, italics, vertical alignment and fill pattern', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      const before = sheet
        .getRange('A1')
        .format.load('verticalAlignment, font/name, font/size, font/italic, fill/pattern');
      await sheet.context.sync();
      const initial = before.toJSON();
      const cell = sheet.getRange('A1');
      cell.format.font.set({ name: 'Arial', size: 14, italic: true });
      cell.format.verticalAlignment = 'Center';
      cell.format.fill.color = '#FFE699';
      cell.format.fill.pattern = 'Gray25';
      const after = sheet
        .getRange('A1')
        .format.load('verticalAlignment, font/name, font/size, font/italic, fill/pattern');
      await sheet.context.sync();
      return { initial, after: after.toJSON() };
    });
    expect(read).toEqual({
      initial: {
        verticalAlignment: 'Bottom',
        font: { name: 'Calibri', size: 11, italic: false },
        fill: { pattern: null },
      },
      after: {
        verticalAlignment: 'Center',
        font: { name: 'Arial', size: 14, italic: true },
        fill: { pattern: 'Gray25' },
      },
    });
  });

  it('a fill color alone is a Solid pattern; pattern None removes the fill', async () => {
    const sim = report();
    const pattern = await onSheet(sim, async (sheet) => {
      sheet.getRange('A1:B1').format.fill.color = 'red';
      const solid = sheet.getRange('A1').format.fill.load('pattern');
      sheet.getRange('B1').format.fill.pattern = 'None';
      await sheet.context.sync();
      return solid.pattern;
    });
    expect(pattern).toBe('Solid');
    expect(sim.snapshot('Reporte').fills[0]).toEqual(['#FF0000', null, null]);
  });

  it('reads no fill and a white fill alike but for tintAndShade, and refuses pattern null (office-js #4900)', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      sheet.getRange('B1').format.fill.color = '#FFFFFF';
      const fills = ['A1', 'B1', 'C1'].map((a) => sheet.getRange(a).format.fill.load('color,pattern,tintAndShade'));
      sheet.getRange('C1').format.fill.color = '#F4B6B6';
      await sheet.context.sync();
      return fills.map((f) => f.toJSON());
    });
    expect(read).toEqual([
      { color: '#FFFFFF', pattern: null, tintAndShade: null },
      { color: '#FFFFFF', pattern: null, tintAndShade: 0 },
      { color: '#FFFFFF', pattern: null, tintAndShade: null },
    ]);
    const writeNull = onSheet(sim, async (sheet) => {
      (sheet.getRange('C1').format.fill as unknown as { pattern: null }).pattern = null;
      await sheet.context.sync();
    });
    await expect(writeNull).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fill.clear() removes the fill', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      sheet.getRange('A1:C1').format.fill.color = 'red';
      await sheet.context.sync();
      sheet.getRange('B1').format.fill.clear();
    });
    expect(sim.snapshot('Reporte').fills[0]).toEqual(['#FF0000', null, '#FF0000']);
  });

  it.each([
    ['fill.color', (sheet: Worksheet) => (sheet.getRange('A1').format.fill.color = 'not-a-color'), 'RangeFill.color'],
    ['font.color', (sheet: Worksheet) => (sheet.getRange('A1').format.font.color = '#12345'), 'RangeFont.color'],
    [
      'alignment',
      (sheet: Worksheet) => (sheet.getRange('A1').format.horizontalAlignment = 'Middle'),
      'RangeFormat.horizontalAlignment',
    ],
    [
      'border style',
      (sheet: Worksheet) => (sheet.getRange('A1').format.borders.getItem('EdgeTop').style = 'Wavy'),
      'RangeBorder.style',
    ],
    [
      'border index',
      (sheet: Worksheet) => (sheet.getRange('A1').format.borders.getItem('Around' as never).style = 'Continuous'),
      'RangeBorderCollection.getItem',
    ],
    ['column width', (sheet: Worksheet) => (sheet.getRange('A1').format.columnWidth = -1), 'RangeFormat.columnWidth'],
  ])('an invalid %s fails at sync with InvalidArgument', async (_case, write, location) => {
    const sim = report();
    const run = onSheet(sim, async (sheet) => {
      write(sheet);
      await sheet.context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: location } });
  });

  it('draws borders on the edges and inside lines of a range', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      const table = sheet.getRange('A2:C4');
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as const) {
        table.format.borders.getItem(edge).style = 'Continuous';
      }
      table.format.borders.getItem('EdgeBottom').weight = 'Thick';
      table.format.borders.getItem('EdgeBottom').color = 'red';
      const bottom = table.format.borders.getItem('EdgeBottom').load('style, color, weight, sideIndex');
      const inside = table.format.borders.getItem('InsideVertical').load('style');
      await sheet.context.sync();
      return { bottom: bottom.toJSON(), inside: inside.style };
    });
    expect(read).toEqual({
      bottom: { style: 'Continuous', color: '#FF0000', weight: 'Thick', sideIndex: 'EdgeBottom' },
      inside: 'None',
    });
    expect(sim.cell('Reporte', 'B3').borders).toEqual({
      top: { style: 'Continuous', color: '#000000', weight: 'Thin' },
    });
    expect(sim.cell('Reporte', 'C4').borders).toMatchObject({
      right: { style: 'Continuous' },
      bottom: { style: 'Continuous', color: '#FF0000', weight: 'Thick' },
    });
  });

  it('sets and reads column widths and row heights in points', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      sheet.getRange('B:C').format.columnWidth = 90;
      sheet.getRange('A1').format.rowHeight = 30;
      const widths = sheet.getRange('B1:C1').format.load('columnWidth');
      const mixed = sheet.getRange('A1:B1').format.load('columnWidth');
      const height = sheet.getRange('A1:C1').format.load('rowHeight');
      await sheet.context.sync();
      return [widths.columnWidth, mixed.columnWidth, height.rowHeight];
    });
    expect(read).toEqual([90, null, 30]);
    expect(sim.snapshot('Reporte')).toMatchObject({ columnWidths: { B: 90, C: 90 }, rowHeights: { 1: 30 } });
  });

  it('autofits columns to their longest text and rows to wrapped text', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      sheet.getRange('B2:C4').format.autofitColumns();
      sheet.getRange('A1').format.wrapText = true;
      sheet.getRange('A1').format.columnWidth = 60;
      sheet.getRange('A1').format.autofitRows();
    });
    // About 7 pixels a character plus 5, in points: OPORTUNA (8) and 410.25 (6).
    expect(sim.snapshot('Reporte')).toMatchObject({
      columnWidths: { A: 60, B: 45.75, C: 35.25 },
      rowHeights: { 1: 45 },
    });
  });
});

describe('merges', () => {
  it('merges a block keeping only its top-left value', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => sheet.getRange('A3:B3').merge());
    expect(sim.snapshot('Reporte').merges).toEqual(['A3:B3']);
    expect(sim.cell('Reporte', 'B3')).toMatchObject({ value: '', merge: 'A3:B3' });
    expect(sim.cell('Reporte', 'A3').value).toBe('ENERO');
  });

  it('merges across each row separately, and unmerges', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      sheet.getRange('A1:C2').merge(true);
      await sheet.context.sync();
      expect(sim.snapshot('Reporte').merges).toEqual(['A1:C1', 'A2:C2']);
      sheet.getRange('A2').unmerge();
    });
    expect(sim.snapshot('Reporte').merges).toEqual(['A1:C1']);
  });
});

describe('freeze panes', () => {
  it('freezes rows and columns and reports the frozen block', async () => {
    const sim = report();
    const location = await onSheet(sim, async (sheet) => {
      sheet.freezePanes.freezeRows(2);
      sheet.freezePanes.freezeColumns(1);
      const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
      await sheet.context.sync();
      return frozen.address;
    });
    expect(location).toBe('Reporte!A1:A2');
    expect(sim.snapshot('Reporte').frozen).toEqual({ rows: 2, columns: 1 });
  });

  it('unfreezes, leaving a null location', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      sheet.freezePanes.freezeRows();
      sheet.freezePanes.unfreeze();
      const frozen = sheet.freezePanes.getLocationOrNullObject();
      await sheet.context.sync();
      expect(frozen.isNullObject).toBe(true);
    });
    expect(sim.snapshot('Reporte').frozen).toEqual({ rows: 0, columns: 0 });
  });
});

describe('page layout', () => {
  it('sets orientation, fit to one page wide and print title rows', async () => {
    const sim = report();
    const read = await onSheet(sim, async (sheet) => {
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows('$1:$2');
      const layout = sheet.pageLayout.load('orientation, zoom');
      const titles = sheet.pageLayout.getPrintTitleRowsOrNullObject().load('address');
      await sheet.context.sync();
      return { layout: layout.toJSON(), titles: titles.address };
    });
    expect(read).toEqual({
      layout: { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } },
      titles: 'Reporte!1:2',
    });
    expect(sim.snapshot('Reporte').pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      centerFooter: '',
    });
  });

  it('takes print title rows from a Range too', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => sheet.pageLayout.setPrintTitleRows(sheet.getRange('A2:C2')));
    expect(sim.snapshot('Reporte').pageLayout.printTitleRows).toBe('$2:$2');
  });

  it('cannot set zoom.scale on its own: zoom has to be loaded first, as documented', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      expect(() => {
        sheet.pageLayout.zoom.scale;
      }).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await sheet.context.sync();
    });
  });

  it.each([{ scale: 5 }, { horizontalFitToPages: -1 }, 'big'])('refuses zoom %p', async (zoom) => {
    const sim = report();
    const run = onSheet(sim, async (sheet) => {
      sheet.pageLayout.zoom = zoom as never;
      await sheet.context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { errorLocation: 'PageLayout.zoom' },
    });
  });
});

describe('charts', () => {
  it.each([
    ['Auto', 'A2:B4', 'Columns'],
    ['Auto', 'A2:C3', 'Rows'],
    ['Rows', 'A2:B4', 'Rows'],
  ] as const)('adds a chart with series by %s of %s, plotted by %s', async (seriesBy, source, plotBy) => {
    const sim = report();
    const chart = await onSheet(sim, async (sheet) => {
      const added = sheet.charts.add('ColumnClustered', sheet.getRange(source), seriesBy);
      added.title.text = 'Recaudación 2024';
      added.setPosition('E2', 'L18');
      added.axes.categoryAxis.setCategoryNames(sheet.getRange('A3:A4'));
      added.load('name, chartType, plotBy');
      await sheet.context.sync();
      return added.toJSON();
    });
    expect(chart).toEqual({
      name: 'Chart 1',
      chartType: 'ColumnClustered',
      plotBy,
      title: { text: 'Recaudación 2024' },
    });
    expect(sim.snapshot('Reporte').charts).toEqual([
      {
        name: 'Chart 1',
        chartType: 'ColumnClustered',
        source,
        seriesBy: plotBy,
        title: 'Recaudación 2024',
        position: { start: 'E2', end: 'L18' },
        categoryNames: 'A3:A4',
      },
    ]);
  });

  it('lists charts, finds them by name and deletes them', async () => {
    const sim = report();
    await onSheet(sim, async (sheet) => {
      sheet.charts.add('Line', sheet.getRange('B3:C4'));
      sheet.charts.add('Pie', sheet.getRange('B3:B4'));
      sheet.charts.load('items/name');
      await sheet.context.sync();
      expect(sheet.charts.items.map((chart) => chart.name)).toEqual(['Chart 1', 'Chart 2']);
      sheet.charts.getItem('Chart 1').delete();
    });
    expect(sim.snapshot('Reporte').charts.map((chart) => chart.name)).toEqual(['Chart 2']);
    const missing = onSheet(sim, async (sheet) => {
      sheet.charts.getItem('Chart 1').load('name');
      await sheet.context.sync();
    });
    await expect(missing).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'ChartCollection.getItem' },
    });
  });
});
