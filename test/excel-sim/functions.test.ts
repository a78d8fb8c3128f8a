import { createExcelSim } from '../../src/excel-sim';

/** `workbook.functions.date`: Excel's DATE answers in the workbook's date system, the add-in's probe for it. */
describe('DATE in the in-memory Excel', () => {
  it.each([
    ['the 1900 date system', false, 45_292],
    ['the 1904 date system', true, 45_292 - 1_462],
  ])('%s: DATE(2024; 1; 1) is %s', async (_name, date1904, serial) => {
    const sim = createExcelSim({ sheets: [{ name: 'Hoja1' }], date1904 });
    const value = await sim.Excel.run(async (context) => {
      const result = context.workbook.functions.date(2024, 1, 1);
      result.load('value');
      await context.sync();
      return result.value;
    });
    expect(value).toBe(serial);
  });

  it('throws PropertyNotLoaded when the value is read before a sync', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Hoja1' }] });
    await expect(sim.Excel.run(async (context) => context.workbook.functions.date(2024, 1, 1).value)).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});
