import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { rawXlsx, worksheetXml } from '../../test/support/raw-xlsx';
import type { BenchPart } from '../part';

/**
 * The reader on one very long token, which arrives over hundreds of inflated chunks: an 8 MB
 * attribute value and an 8 MB comment in a sheet. A parser that rescans an unfinished token at
 * every chunk is quadratic in it (the hand-written scanner took 16.9 s on the attribute);
 * `saxes` reads it once.
 */

const LENGTH = 8 * 1024 * 1024;
const CELL = '<row r="1"><c r="A1"><v>1</v></c></row>';

const SHEETS = {
  attribute: worksheetXml(CELL).replace('<sheetData>', `<sheetPr codeName="${'x'.repeat(LENGTH)}"/><sheetData>`),
  comment: worksheetXml(CELL).replace('<sheetData>', `<!--${'x'.repeat(LENGTH)}--><sheetData>`),
};

async function msToRead(xml: string): Promise<number> {
  const bytes = rawXlsx([{ name: 'Hoja1', xml }]);
  const started = process.hrtime.bigint();
  const book = await readWorkbookBuffer(bytes);
  if (book.sheets[0]?.cells[0]?.[0]?.kind !== 'number') throw new Error('the long-token sheet was not read');
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

export const part: BenchPart = {
  title: 'the reader on an 8 MB attribute and an 8 MB comment',
  run: async () => ({
    xmlLongToken: { mb: LENGTH / (1024 * 1024), attributeMs: await msToRead(SHEETS.attribute), commentMs: await msToRead(SHEETS.comment) },
  }),
};
