import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { pinZipDates } from '../../src/xlsx/zip-dates';
import { memoGrid, memoXlsx } from '../support/workbook-builder';

const MEMO_DATE = new Date(Date.UTC(2025, 4, 13, 12, 0, 0));

describe('pinZipDates', () => {
  afterEach(() => jest.useRealTimers());

  it('makes two writes at different times the same bytes', async () => {
    jest.useFakeTimers({ now: Date.UTC(2024, 0, 1), advanceTimers: true });
    const before = await memoXlsx();
    jest.setSystemTime(Date.UTC(2024, 6, 1, 9, 30));
    const after = await memoXlsx();

    expect(before.equals(after)).toBe(false);
    expect(pinZipDates(before, MEMO_DATE).equals(pinZipDates(after, MEMO_DATE))).toBe(true);
  });

  it('stamps the entries in the zip headers and leaves a readable workbook', async () => {
    const pinned = pinZipDates(await memoXlsx(), MEMO_DATE);
    // The first local header opens the file: DOS time at byte 10, DOS date at byte 12.
    expect([pinned.readUInt16LE(10), pinned.readUInt16LE(12)]).toEqual([12 << 11, ((2025 - 1980) << 9) | (5 << 5) | 13]);
    expect((await readWorkbookBuffer(pinned)).sheets).toEqual([memoGrid()]);
  });

  it('refuses bytes that are no zip', () => {
    expect(() => pinZipDates(Buffer.from('hola'), MEMO_DATE)).toThrow('not a zip');
  });
});
