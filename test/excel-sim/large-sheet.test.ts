import { WEB_PAYLOAD_LIMIT_BYTES, createExcelSim } from '../../src/excel-sim';

const ROWS = 200_000;
const COLUMNS = 10;
const CHUNK = 20_000;

function bigSheet() {
  const cells = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => (c === 0 ? `fila ${r + 1}` : r * COLUMNS + c)),
  );
  return createExcelSim({ sheets: [{ name: 'Grande', cells }] });
}

describe('a sheet of 200,000 rows × 10 columns', () => {
  it('is read in chunks of 20,000 rows, each under the payload limit, in a few seconds', async () => {
    const sim = bigSheet();
    const started = Date.now();
    let total = 0;
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Grande');
      const used = sheet.getUsedRange(true).load('rowCount, columnCount');
      await context.sync();
      expect([used.rowCount, used.columnCount]).toEqual([ROWS, COLUMNS]);
      for (let row = 0; row < used.rowCount; row += CHUNK) {
        const chunk = sheet.getRangeByIndexes(row, 0, CHUNK, COLUMNS).load('values');
        await context.sync();
        total += chunk.values.length;
        expect(chunk.values[0]![0]).toBe(`fila ${row + 1}`);
      }
    });
    const elapsed = Date.now() - started;
    expect(total).toBe(ROWS);
    expect(sim.stats.syncs).toBe(1 + ROWS / CHUNK);
    expect(sim.stats.maxPayloadBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('refuses it in one read on the web, where the response is over 5 MB', async () => {
    const sim = bigSheet();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Grande').getUsedRange().load('values');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});
