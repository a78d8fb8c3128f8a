import { createExcelSim } from '../../src/excel-sim';
import type { SheetSeed } from '../../src/excel-sim';
import { quoteSheetName } from '../../src/excel-sim/a1';
import { formatCell } from '../../src/excel-sim/number-format';

async function readBack(seed: SheetSeed, address: string) {
  const sim = createExcelSim({ sheets: [seed] });
  return sim.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange(address);
    range.load('values, formulas, numberFormat, valueTypes, text');
    await context.sync();
    return range.toJSON();
  });
}

describe('cell values as Excel gives them', () => {
  it('reads each kind of cell', async () => {
    const seed: SheetSeed = {
      name: 'Sheet1',
      cells: [
        [
          1234.5,
          'texto',
          true,
          null,
          '#REF!',
          new Date(Date.UTC(2024, 0, 31)),
          { value: 0.125, numberFormat: '0.0%' },
          { formula: '=A1*2' },
          { value: 1234.5, numberFormat: '#,##0.00' },
        ],
      ],
    };
    expect(await readBack(seed, 'A1:I1')).toEqual({
      values: [[1234.5, 'texto', true, '', '#REF!', 45322, 0.125, 2469, 1234.5]],
      formulas: [[1234.5, 'texto', true, '', '#REF!', 45322, 0.125, '=A1*2', 1234.5]],
      numberFormat: [
        ['General', 'General', 'General', 'General', 'General', 'm/d/yyyy', '0.0%', 'General', '#,##0.00'],
      ],
      valueTypes: [['Double', 'String', 'Boolean', 'Empty', 'Error', 'Double', 'Double', 'Double', 'Double']],
      text: [['1234.5', 'texto', 'TRUE', '', '#REF!', '1/31/2024', '12.5%', '2469', '1,234.50']],
    });
  });
});

describe('writing values is like typing them', () => {
  it.each([
    ['a number', 12.5, 12.5, 'General'],
    ['number text', '12.5', 12.5, 'General'],
    ['number text with thousands', '12,742,937.65', 12742937.65, 'General'],
    ['es-EC number text stays text', '12.742.937,65', '12.742.937,65', 'General'],
    ['percent text', '12.5%', 0.125, '0.0%'],
    ['an ISO date', '2024-03-31', 45382, 'm/d/yyyy'],
    ['TRUE', 'true', true, 'General'],
    ['an error literal', '#n/a', '#N/A', 'General'],
    ['text after an apostrophe', "'0012", '0012', 'General'],
    ['plain text', 'ENERO', 'ENERO', 'General'],
    ['a Date, as JSON carries it', new Date(Date.UTC(2024, 0, 31)), '2024-01-31T00:00:00.000Z', 'General'],
  ])('%s', async (_case, input, value, numberFormat) => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[input]];
    });
    expect(sim.cell('Sheet1', 'A1')).toMatchObject({ value, numberFormat });
  });

  it('keeps text as text in a cell formatted as text', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Sheet1', cells: [[{ value: null, numberFormat: '@' }]] }] });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['00123']];
    });
    expect(sim.cell('Sheet1', 'A1')).toMatchObject({ value: '00123', valueType: 'String' });
  });

  it('leaves cells given null unchanged and clears cells given an empty string', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Sheet1', cells: [[1, 2, 3]] }] });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:C1').values = [[null, '', 9]];
    });
    expect(sim.snapshot('Sheet1', 'A1:C1').values).toEqual([[1, '', 9]]);
  });

  it('applies one value to every cell', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
      range.values = 0 as never;
      range.numberFormat = '0.00' as never;
    });
    expect(sim.snapshot('Sheet1').text).toEqual([
      ['0.00', '0.00'],
      ['0.00', '0.00'],
    ]);
  });

  it('sets number formats cell by cell, null keeping and empty resetting', async () => {
    const sim = createExcelSim({
      sheets: [{ name: 'Sheet1', cells: [[{ value: 1, numberFormat: '0.0' }, 2, { value: 3, numberFormat: '0%' }]] }],
    });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:C1').numberFormat = [[null, '#,##0.00', '']];
    });
    expect(sim.snapshot('Sheet1').numberFormats).toEqual([['0.0', '#,##0.00', 'General']]);
  });

  it('writes formulas through either values or formulas', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Sheet1', cells: [[2, 3]] }] });
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('C1').values = [['=A1+B1']];
      sheet.getRange('D1').formulas = [['=C1*10']];
    });
    expect(sim.snapshot('Sheet1')).toMatchObject({
      values: [[2, 3, 5, 50]],
      formulas: [[null, null, '=A1+B1', '=C1*10']],
    });
  });

  it('clears contents, formats or both', async () => {
    const cells = [[{ value: 1, numberFormat: '0.00' }]];
    const sim = createExcelSim({
      sheets: [
        { name: 'A', cells },
        { name: 'B', cells },
        { name: 'C', cells },
      ],
    });
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('A').getRange('A1').clear();
      sheets.getItem('B').getRange('A1').clear('Contents');
      sheets.getItem('C').getRange('A1').clear('Formats');
    });
    expect(['A', 'B', 'C'].map((name) => sim.cell(name, 'A1'))).toMatchObject([
      { value: '', numberFormat: 'General' },
      { value: '', numberFormat: '0.00' },
      { value: 1, numberFormat: 'General' },
    ]);
  });
});

describe('number formats', () => {
  it.each([
    [1234.5, 'General', '1234.5'],
    [1 / 3, 'General', '0.333333333'],
    [-2 / 3, 'General', '-0.66666667'],
    [150374057.48000002, 'General', '150374057.5'],
    [123456789012, 'General', '1.23457E+11'],
    [-1234.567, '#,##0.00', '-1,234.57'],
    [0.5, '0.00', '0.50'],
    [0, '0', '0'],
    [1234567.891, '#,##0', '1,234,568'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '#,##0.00;(#,##0.00);"-"', '-'],
    [0.1234, '0.00%', '12.34%'],
    [1234.5, '"$"#,##0.00', '$1,234.50'],
    [1234.5, '[$$-409]#,##0.00', '$1,234.50'],
    [1234.5, '#,##0.00_);[Red](#,##0.00)', '1,234.50 '],
    [45322, 'dd/mm/yyyy', '31/01/2024'],
    [45322, 'mmm-yy', 'Jan-24'],
    [45322, 'mmmm yyyy', 'January 2024'],
    [45322.75, 'yyyy-mm-dd hh:mm', '2024-01-31 18:00'],
    [45322.75, 'h:mm AM/PM', '6:00 PM'],
    ['texto', '@', 'texto'],
    ['texto', '0.00', 'texto'],
    [42, '@', '42'],
    // Rounded from the 15 digits Excel keeps, not from the double: 1.005 is 1.00499999999999989….
    [1.005, '0.00', '1.01'],
    [-1.005, '0.00', '-1.01'],
    [0.1 + 0.2, '0.00', '0.30'],
    [1 / 3, `0.${'0'.repeat(20)}`, `0.${'3'.repeat(15)}00000`],
    [2.5, '0', '3'],
    [-0.004, '0.00', '0.00'],
    [1e20, '#,##0', '100,000,000,000,000,000,000'],
    [150374057.48000002, '#,##0.00', '150,374,057.48'],
  ])('%p in %p reads %p', (value, format, text) => {
    expect(formatCell(value, format)).toBe(text);
  });
});

describe('used range', () => {
  const seed: SheetSeed = {
    name: 'Sheet1',
    origin: 'B3',
    cells: [
      ['MES', 'TOTAL'],
      ['ENERO', 10],
    ],
  };

  it.each([
    [false, "'Hoja de datos'!B3:D6"],
    [true, "'Hoja de datos'!B3:C4"],
  ])('with valuesOnly %p covers %p', async (valuesOnly, address) => {
    const sim = createExcelSim({ sheets: [{ ...seed, name: 'Hoja de datos' }] });
    const used = await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('D6').format.fill.color = 'yellow';
      const range = sheet.getUsedRange(valuesOnly).load('address');
      await context.sync();
      return range.address;
    });
    expect(used).toBe(address);
  });

  it('is A1 on a blank sheet, and a null object for the OrNullObject form', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe('Sheet1!A1');
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it('of a range is its used part; ItemNotFound when there is none', async () => {
    const sim = createExcelSim({ sheets: [seed] });
    await sim.Excel.run(async (context) => {
      const part = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B10').getUsedRange().load('address');
      await context.sync();
      expect(part.address).toBe('Sheet1!B3:B4');
    });
    const none = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('H1:H2').getUsedRange().load('address');
      await context.sync();
    });
    await expect(none).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'Range.getUsedRange' },
    });
  });
});

describe('addresses and positions', () => {
  it.each([
    ['Sheet1', 'Sheet1'],
    ['Recaudación 2024', "'Recaudación 2024'"],
    ['Año', 'Año'],
    ['2024', "'2024'"],
    ['A1', "'A1'"],
    ['R1C1', "'R1C1'"],
    ["O'Brien", "'O''Brien'"],
    ['Datos_2024.v2', 'Datos_2024.v2'],
  ])('sheet %p is written %p in addresses', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it('derives ranges from ranges', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Recaudación 2024' }] });
    const found = await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const table = sheet.getRange('A4:H19');
      const ranges = {
        table,
        cell: table.getCell(2, 3),
        offset: table.getOffsetRange(1, 1),
        resized: table.getResizedRange(-2, 1),
        byIndexes: sheet.getRangeByIndexes(3, 0, 16, 8),
        wholeColumns: sheet.getRange('b:c'),
        wholeRows: sheet.getRange('$2:$4'),
      };
      for (const range of Object.values(ranges)) range.load('address, rowIndex, columnIndex, rowCount, columnCount');
      await context.sync();
      return Object.fromEntries(Object.entries(ranges).map(([name, range]) => [name, range.toJSON()]));
    });
    expect(found).toEqual({
      table: { address: "'Recaudación 2024'!A4:H19", rowIndex: 3, columnIndex: 0, rowCount: 16, columnCount: 8 },
      cell: { address: "'Recaudación 2024'!D6", rowIndex: 5, columnIndex: 3, rowCount: 1, columnCount: 1 },
      offset: { address: "'Recaudación 2024'!B5:I20", rowIndex: 4, columnIndex: 1, rowCount: 16, columnCount: 8 },
      resized: { address: "'Recaudación 2024'!A4:I17", rowIndex: 3, columnIndex: 0, rowCount: 14, columnCount: 9 },
      byIndexes: { address: "'Recaudación 2024'!A4:H19", rowIndex: 3, columnIndex: 0, rowCount: 16, columnCount: 8 },
      wholeColumns: {
        address: "'Recaudación 2024'!B:C",
        rowIndex: 0,
        columnIndex: 1,
        rowCount: 1_048_576,
        columnCount: 2,
      },
      wholeRows: { address: "'Recaudación 2024'!2:4", rowIndex: 1, columnIndex: 0, rowCount: 3, columnCount: 16_384 },
    });
  });

  it('reaches a range worksheet through range.worksheet', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Datos' }, { name: 'Reporte' }] });
    const name = await sim.Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem('Reporte').getRange('A1').worksheet.load('name');
      await context.sync();
      return worksheet.name;
    });
    expect(name).toBe('Reporte');
  });
});

describe('selection and the active sheet', () => {
  it('select() moves the selection and activates the sheet; getSelectedRange reads it', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Datos' }, { name: 'Reporte', selection: 'C3' }] });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Reporte').getRange('B2:D4').select();
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(selected.address).toBe('Reporte!B2:D4');
      expect(active.name).toBe('Reporte');
    });
    expect(sim.snapshot('Reporte')).toMatchObject({ active: true, selection: 'B2:D4' });
  });

  it('activate() switches the active sheet', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Datos' }, { name: 'Reporte' }], activeSheet: 'Reporte' });
    expect(sim.snapshot().name).toBe('Reporte');
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('datos').activate();
    });
    expect(sim.snapshot().name).toBe('Datos');
  });
});
