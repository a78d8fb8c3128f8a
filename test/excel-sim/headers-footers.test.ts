import { createExcelSim } from '../../src/excel-sim';

/** `PageLayout.headersFooters` (ExcelApi 1.9): the centred footer of all pages, as the report writes it. */
describe('the page footer in the in-memory Excel', () => {
  const sim = (api: string) => createExcelSim({ sheets: [{ name: 'Hoja1', cells: [['x']] }], apiVersion: api });

  it('stores the centred footer and reads it back after a sync', async () => {
    const { Excel: excel } = sim('1.9');
    const footer = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Hoja1');
      sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = 'Página &P de &N';
      await context.sync();
      const again = sheet.pageLayout.headersFooters.defaultForAllPages;
      again.load('centerFooter');
      await context.sync();
      return again.centerFooter;
    });
    expect(footer).toBe('Página &P de &N');
  });

  it('throws PropertyNotLoaded before load, and InvalidArgument past 255 characters', async () => {
    const { Excel: excel } = sim('1.9');
    await expect(
      excel.run(async (context) => {
        const footer = context.workbook.worksheets.getItem('Hoja1').pageLayout.headersFooters.defaultForAllPages;
        return footer.centerFooter;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Hoja1').pageLayout.headersFooters.defaultForAllPages.centerFooter = 'x'.repeat(256);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('is not there before ExcelApi 1.9, like the rest of the page layout', async () => {
    const { Excel: excel } = sim('1.8');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Hoja1').pageLayout.headersFooters.defaultForAllPages.centerFooter = 'x';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
