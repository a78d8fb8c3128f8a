import { createExcelSim } from '../../src/excel-sim';
import { rejectionOf } from './errors-of';

function twoSheets() {
  return createExcelSim({ sheets: [{ name: 'Datos', cells: [['x', 1]] }, { name: 'Reporte' }] });
}

describe('worksheets by name', () => {
  it('fails the sync with ItemNotFound for a missing sheet, with the statement that failed', async () => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Resumen').getRange('A1');
      range.load('values');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      name: 'RichApi.Error',
      code: 'ItemNotFound',
      message: "The requested resource doesn't exist.",
      debugInfo: {
        errorLocation: 'WorksheetCollection.getItem',
        statement: '// Instantiate {range}',
        fullStatements: ['Please enable config.extendedErrorLogging to see full statements.'],
      },
    });
    expect((await rejectionOf(run)).debugInfo.surroundingStatements).toEqual([
      'var workbook=context.workbook;',
      'var worksheets=workbook.worksheets;',
      'var worksheet=worksheets.getItem(...);',
      'var range=worksheet.getRange(...);',
      '// >>>>>',
      '// Instantiate {range}',
      '// <<<<<',
      'range.load(["values"]);',
    ]);
  });

  it('does not fail for a missing sheet nothing uses', async () => {
    const sim = twoSheets();
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Resumen');
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['Datos', false],
    ['datos', false],
    ['Resumen', true],
  ])('getItemOrNullObject(%p) gives isNullObject %p after sync, without a load', async (name, isNull) => {
    const sim = twoSheets();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.isNullObject).toBe(isNull);
    });
  });

  it('reads properties of a null object as undefined and skips its writes', async () => {
    const sim = twoSheets();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Resumen');
      sheet.load('name');
      sheet.getRange('A1').values = [[1]];
      await context.sync();
      expect(sheet.name).toBeUndefined();
    });
    expect(sim.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Datos', 'Reporte']);
  });

  it.each([
    ['reporte', 'ItemAlreadyExists'],
    ['Mes: enero', 'InvalidArgument'],
    ['a'.repeat(32), 'InvalidArgument'],
    ["'quoted'", 'InvalidArgument'],
  ])('add(%p) fails with %s', async (name, code) => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code, debugInfo: { errorLocation: 'WorksheetCollection.add' } });
  });

  it('adds a sheet that later actions in the same batch can use', async () => {
    const sim = twoSheets();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Resumen');
      sheet.getRange('A1').values = [['ok']];
      sheet.load('name, position');
      await context.sync();
      expect(sheet.toJSON()).toEqual({ name: 'Resumen', position: 2 });
    });
    expect(sim.cell('Resumen', 'A1').value).toBe('ok');
  });

  it('renames a sheet unless the name is taken', async () => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Reporte').name = 'DATOS';
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'ItemAlreadyExists',
      debugInfo: { errorLocation: 'Worksheet.name' },
    });
  });
});

describe('a failing batch', () => {
  it('keeps what ran before the failure and delivers the loads that ran', async () => {
    const sim = twoSheets();
    let loaded: unknown;
    const run = sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Datos');
      sheet.getRange('C1').values = [['before']];
      const before = sheet.getRange('A1').load('values');
      context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
      sheet.getRange('D1').values = [['after']];
      try {
        await context.sync();
      } finally {
        loaded = before.values;
      }
    });
    await expect(run).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(loaded).toEqual([['x']]);
    expect(sim.cell('Datos', 'C1').value).toBe('before');
    expect(sim.cell('Datos', 'D1').value).toBe('');
  });
});

describe('argument errors at sync', () => {
  it.each([
    ['too few rows', 'A1:B2', [[1, 2]]],
    [
      'too many columns',
      'A1:B2',
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ['a ragged row', 'A1:B2', [[1, 2], [3]]],
  ])('values with %s fail with InvalidArgument', async (_case, address, values) => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Reporte').getRange(address).values = values;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'InvalidArgument',
      message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      debugInfo: { errorLocation: 'Range.values', statement: 'range.values=...;' },
    });
  });

  it('an object in values fails and leaves the range untouched', async () => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Datos').getRange('A1:B1').values = [['y', { amount: 2 }]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sim.cell('Datos', 'A1').value).toBe('x');
  });

  it.each(['ZZZZ1', 'A0', 'Reporte!A1', 'A1:B2:C3', 'XFE1'])(
    'getRange(%p) fails with InvalidArgument',
    async (address) => {
      const sim = twoSheets();
      const run = sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Datos').getRange(address).load('address');
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({
        code: 'InvalidArgument',
        debugInfo: { errorLocation: 'Worksheet.getRange' },
      });
    },
  );

  it('a range moved off the grid fails with InvalidArgument', async () => {
    const sim = twoSheets();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Datos').getRange('A1').getOffsetRange(-1, 0).load('address');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { errorLocation: 'Range.getOffsetRange' },
    });
  });
});
