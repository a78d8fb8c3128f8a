import { prng } from './prng';
import { SharedStrings, rawXlsx, rowsXml, worksheetXml } from './raw-xlsx';
import { memoRows } from './workbook-builder';

/**
 * The large-sheet case: the memo's table at the top of a sheet, and below it, after a few
 * blank rows, `rows` rows of eight columns of unrelated data (ids, amounts, counts, categories,
 * dates, flags, rates and formulas with their results), as when the analysts keep the
 * monthly table above the export it was summed from.
 */
export const TALL_ROWS = 200_000;
export const TALL_SHEET = 'Recaudación y detalle';
export const TALL_DATA_TOP = 23;

const CATEGORIES = ['PLANILLA', 'GLOSA', 'TÍTULO DE CRÉDITO', 'CONVENIO', 'OPORTUNA', 'COACTIVA', 'RIOBAMBA', 'GUANO', 'ALAUSÍ', 'CHAMBO'];

function* detailRows(count: number): Generator<unknown[]> {
  const random = prng(200_000);
  for (let n = 0; n < count; n++) {
    const row = TALL_DATA_TOP + n;
    const amount = random.int(0, 99_999_999) / 100;
    yield [
      `REG-${String(n).padStart(6, '0')}`,
      amount,
      random.int(1, 400),
      random.pick(CATEGORIES),
      new Date(Date.UTC(2023, 0, 1 + (n % 730))),
      random.chance(0.5),
      random.next(),
      { formula: `B${row}*2`, result: amount * 2 },
    ];
  }
}

/** The workbook as .xlsx bytes (about 15 MB for the default 200,000 rows). */
export function tallWorkbook(rows = TALL_ROWS): Buffer {
  const strings = new SharedStrings();
  const memo = rowsXml(memoRows(), strings);
  const detail = rowsXml(detailRows(rows), strings, TALL_DATA_TOP);
  return rawXlsx([{ name: TALL_SHEET, xml: worksheetXml(memo + detail, ['B4:C4']) }], { sharedStrings: strings.list });
}
