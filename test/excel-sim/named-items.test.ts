import { createExcelSim } from '../../src/excel-sim';
import type { RequestContext } from '../../src/excel-sim';

/** `Worksheet.names` (ExcelApi 1.4): what the add-in uses to mark its report sheets. */

const book = (apiVersion?: string) =>
  createExcelSim({
    ...(apiVersion ? { apiVersion } : {}),
    sheets: [
      { name: 'Informe 2024', cells: [['RECAUDACIÓN TOTAL']] },
      { name: 'Notas', cells: [['x']] },
    ],
  });

const run = <T>(sim: ReturnType<typeof book>, batch: (context: RequestContext) => Promise<T>): Promise<T> => sim.Excel.run(batch);

describe('names scoped to a sheet', () => {
  it('adds a name for a range, found on its sheet only, whatever the case, following the sheet when renamed', async () => {
    const sim = book();
    await run(sim, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Informe 2024');
      const added = sheet.names.add('_CuadreInforme', sheet.getRange('A1'));
      added.visible = false;
      await context.sync();
    });
    const found = await run(sim, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('Informe 2024').name = 'Para el memorando';
      const here = sheets.getItem('Para el memorando').names.getItemOrNullObject('_cuadreinforme');
      here.load('name,formula,visible,type');
      const there = sheets.getItem('Notas').names.getItemOrNullObject('_CuadreInforme');
      await context.sync();
      return { here: here.isNullObject ? null : [here.name, here.formula, here.visible, here.type], there: there.isNullObject };
    });
    expect(found).toEqual({ here: ['_CuadreInforme', "='Para el memorando'!$A$1", false, 'Range'], there: true });
  });

  it.each([
    ['a name taken on the sheet', '_CuadreInforme', 'ItemAlreadyExists'],
    ['a name that reads as a cell', 'AB12', 'InvalidArgument'],
    ['a name with a space', 'Mi informe', 'InvalidArgument'],
  ])('refuses %s', async (_what, name, code) => {
    const sim = book();
    await run(sim, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Informe 2024');
      sheet.names.add('_CuadreInforme', 'A1');
      await context.sync();
    });
    const adding = run(sim, async (context) => {
      context.workbook.worksheets.getItem('Informe 2024').names.add(name, 'A1');
      await context.sync();
    });
    await expect(adding).rejects.toMatchObject({ code });
  });

  it('fails getItem with ItemNotFound when the sheet has no such name', async () => {
    const sim = book();
    const getting = run(sim, async (context) => {
      const item = context.workbook.worksheets.getItem('Notas').names.getItem('_CuadreInforme');
      item.load('name');
      await context.sync();
    });
    await expect(getting).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('is part of ExcelApi 1.4', async () => {
    const sim = book('1.3');
    await expect(run(sim, async (context) => void context.workbook.worksheets.getItem('Notas').names)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
