import { createExcelSim } from '../../src/excel-sim';
import { thrownBy } from './errors-of';

function budgetSheet() {
  return createExcelSim({
    sheets: [
      {
        name: 'Recaudación 2024',
        cells: [
          ['MES', 'OPORTUNA', 'MORA', 'TOTAL'],
          ['ENERO', 100, 50, { formula: '=B2+C2' }],
          ['FEBRERO', 200, 25, { formula: '=B3+C3' }],
        ],
      },
    ],
  });
}

describe('reading a proxy property', () => {
  it('throws PropertyNotLoaded before load and sync, shaped like OfficeExtension.Error', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:D3');
      const error = thrownBy(() => range.values);
      expect(error).toBeInstanceOf(sim.OfficeExtension.Error);
      expect(error).toMatchObject({
        name: 'RichApi.Error',
        code: 'PropertyNotLoaded',
        message:
          "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
        debugInfo: { code: 'PropertyNotLoaded', errorLocation: 'Range.values' },
      });
      expect(String(error)).toBe(`PropertyNotLoaded: ${error.message}`);
      await context.sync();
    });
  });

  it('still throws after load until the sync completes, then gives the loaded value', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2:D2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[100, 50, 150]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives back a value set on the same proxy without a load, as the runtime does', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
      range.values = [['=1+1']];
      expect(range.values).toEqual([['=1+1']]);
      await context.sync();
    });
  });

  it.each([
    ['a string', 'address, rowCount', ['address', 'rowCount']],
    ['an array', ['address', 'rowCount'], ['address', 'rowCount']],
    ['select/expand', { select: 'address, rowCount' }, ['address', 'rowCount']],
    ['an object tree', { address: true, rowCount: true }, ['address', 'rowCount']],
  ])('load takes %s', async (_form, option, names) => {
    const sim = budgetSheet();
    const json = await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:D3');
      range.load(option as never);
      await context.sync();
      return range.toJSON();
    });
    expect(Object.keys(json).sort()).toEqual(names);
    expect(json['address']).toBe("'Recaudación 2024'!A1:D3");
  });

  it('loads navigation paths into child proxies and nests them in toJSON', async () => {
    const sim = budgetSheet();
    const json = await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.format.fill.color = '#FFFF00';
      range.load('format/fill/color, format/font/bold');
      await context.sync();
      expect(range.format.fill.color).toBe('#FFFF00');
      return range.toJSON();
    });
    expect(json).toEqual({ format: { fill: { color: '#FFFF00' }, font: { bold: false } } });
  });

  it('loads every scalar when load has no argument', async () => {
    const sim = budgetSheet();
    const keys = await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load();
      await context.sync();
      return Object.keys(sheet.toJSON()).sort();
    });
    expect(keys).toEqual(['id', 'name', 'position']);
  });

  it('ignores names the object does not have, so a misspelt property is still not loaded', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.load('value, isNullObject');
      await context.sync();
      expect(range.isNullObject).toBe(false);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reads collection items only after a synced load', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Datos' }, { name: 'Reporte' }] });
    await sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name');
      const count = sheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['Datos', 'Reporte']);
      expect(count.value).toBe(2);
      expect(sheets.toJSON()).toEqual({ items: [{ name: 'Datos' }, { name: 'Reporte' }] });
    });
  });
});

describe('writes', () => {
  it('reach the workbook only at sync', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
      cell.values = [[999]];
      cell.format.font.bold = true;
      expect(sim.cell('Recaudación 2024', 'B2')).toMatchObject({ value: 100, bold: false });
      await context.sync();
      expect(sim.cell('Recaudación 2024', 'B2')).toMatchObject({ value: 999, bold: true });
      expect(sim.cell('Recaudación 2024', 'D2').value).toBe(1049);
    });
  });

  it('are applied by the sync Excel.run makes when the batch resolves', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A4').values = [['MARZO']];
      return Promise.resolve();
    });
    expect(sim.cell('Recaudación 2024', 'A4').value).toBe('MARZO');
    expect(sim.stats.syncs).toBe(1);
  });

  it('are dropped when the batch throws before syncing', async () => {
    const sim = budgetSheet();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A4').values = [['MARZO']];
      throw new Error('add-in bug');
    });
    await expect(run).rejects.toThrow('add-in bug');
    expect(sim.cell('Recaudación 2024', 'A4').value).toBe('');
  });

  it('loads see the state at their place in the batch', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const before = sheet.getRange('B2').load('values');
      sheet.getRange('B2').values = [[7]];
      const after = sheet.getRange('B2').load('values');
      await context.sync();
      expect(before.values).toEqual([[100]]);
      expect(after.values).toEqual([[7]]);
    });
  });

  it('set() writes nested properties in one call', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets
        .getActiveWorksheet()
        .getRange('A1:D1')
        .set({
          numberFormat: [['@', '@', '@', '@']],
          format: { fill: { color: 'red' }, font: { bold: true, color: 'white' }, horizontalAlignment: 'Center' },
        });
      await context.sync();
    });
    expect(sim.cell('Recaudación 2024', 'C1')).toMatchObject({
      numberFormat: '@',
      fill: '#FF0000',
      bold: true,
      fontColor: '#FFFFFF',
      horizontalAlignment: 'Center',
    });
  });

  it('set() rejects a property the object does not have, at once', async () => {
    const sim = budgetSheet();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => range.set({ colour: 'red' })).toThrow(
        expect.objectContaining({
          code: 'InvalidArgument',
          debugInfo: expect.objectContaining({ errorLocation: 'Range.set' }),
        }),
      );
      await context.sync();
    });
  });
});

describe('Excel.run', () => {
  it('fails with RunMustReturnPromise when the batch returns no promise', async () => {
    const sim = budgetSheet();
    const batch = (() => undefined) as unknown as () => Promise<void>;
    await expect(sim.Excel.run(batch)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('resolves with what the batch resolves with', async () => {
    const sim = budgetSheet();
    await expect(sim.Excel.run(async () => 42)).resolves.toBe(42);
  });

  it('runs a batch on the context of an existing proxy', async () => {
    const sim = budgetSheet();
    const context = new sim.Excel.RequestContext();
    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A2');
    await sim.Excel.run(range, async (same) => {
      expect(same).toBe(context);
      range.load('values');
      await same.sync();
    });
    expect(range.values).toEqual([['ENERO']]);
  });
});
