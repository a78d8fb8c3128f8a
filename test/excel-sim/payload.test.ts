import { READ_LIMIT_CELLS, WEB_PAYLOAD_LIMIT_BYTES, createExcelSim } from '../../src/excel-sim';

/** A column of `rows` text cells of `width` characters. */
function column(rows: number, width: number): string[][] {
  return Array.from({ length: rows }, (_, i) => [String(i).padStart(width, 'x')]);
}

describe('sync counting', () => {
  it('counts round trips, not empty syncs, including the one Excel.run makes at the end', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      await context.sync();
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.values = [[1]];
      await context.sync();
      range.load('values');
      await context.sync();
      range.values = [[2]];
    });
    expect(sim.stats.syncs).toBe(3);
    expect(sim.stats.requests).toHaveLength(3);
  });

  it('measures request and response bytes, and keeps the largest', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:A1000');
      range.values = column(1000, 50);
      await context.sync();
      range.load('values');
      await context.sync();
    });
    const [write, read] = sim.stats.requests;
    expect(write!.bytesOut).toBeGreaterThan(50 * 1000);
    expect(write!.bytesIn).toBeLessThan(100);
    expect(read!.bytesOut).toBeLessThan(1000);
    expect(read!.bytesIn).toBeGreaterThan(50 * 1000);
    expect(sim.stats.maxPayloadBytes).toBe(Math.max(write!.bytesOut, read!.bytesIn));
  });

  it('counts bytes as UTF-8', async () => {
    const sim = createExcelSim();
    const sizeOf = async (text: string): Promise<number> => {
      sim.stats.reset();
      await sim.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[text]];
      });
      return sim.stats.requests[0]!.bytesOut;
    };
    expect((await sizeOf('ñ'.repeat(100))) - (await sizeOf('n'.repeat(100)))).toBe(100);
  });

  it('starts over after reset', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
    });
    sim.stats.reset();
    expect(sim.stats).toMatchObject({ syncs: 0, requests: [], maxPayloadBytes: 0 });
  });
});

describe('the 5 MB payload limit of Excel on the web', () => {
  it('refuses a request over the limit and applies none of it', async () => {
    const sim = createExcelSim();
    const run = sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('B1').values = [['small']];
      sheet.getRange('A1:A60000').values = column(60_000, 100);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      name: 'RichApi.Error',
      code: 'RequestPayloadSizeLimitExceeded',
      message: expect.stringContaining('The request payload size has exceeded the limit.'),
    });
    expect(sim.cell('Sheet1', 'B1').value).toBe('');
    expect(sim.stats.requests[0]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(sim.stats.requests[0]!.bytesOut).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it('accepts the same data split over two syncs', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1:A30000').values = column(30_000, 100);
      await context.sync();
      sheet.getRange('A30001:A60000').values = column(30_000, 100);
      await context.sync();
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.maxPayloadBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it('refuses a response over the limit, after the batch ran', async () => {
    const sim = createExcelSim({ sheets: [{ name: 'Sheet1', cells: column(60_000, 100) }] });
    const run = sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('B1').values = [['written']];
      sheet.getRange('A1:A60000').load('values');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(sim.cell('Sheet1', 'B1').value).toBe('written');
  });

  it('does not apply on desktop', async () => {
    const sim = createExcelSim({ platform: 'PC' });
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:A60000').values = column(60_000, 100);
    });
    expect(sim.stats.maxPayloadBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
  });

  it('can be set lower to test chunking', async () => {
    const sim = createExcelSim({ payloadLimitBytes: 1000 });
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:A100').values = column(100, 20);
    });
    await expect(run).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('the five-million-cell read limit', () => {
  it('refuses to read more than five million cells of a bounded range', async () => {
    const sim = createExcelSim({ platform: 'PC' });
    expect(READ_LIMIT_CELLS).toBe(5_000_000);
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:E1000001').load('values');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'RangeExceedsLimit',
      debugInfo: { errorLocation: 'Range.values' },
    });
  });

  it('gives null cell-level properties for whole columns, but their address and size', async () => {
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('C:D');
      range.load('address, values, text, cellCount');
      await context.sync();
      expect(range.toJSON()).toEqual({ address: 'Sheet1!C:D', values: null, text: null, cellCount: 2 * 1_048_576 });
    });
  });

  it('refuses to write cell by cell to whole rows', async () => {
    const sim = createExcelSim();
    const run = sim.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('2:2').values = 'Due Date';
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
