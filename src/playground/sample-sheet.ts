import type { SheetSeed } from '../excel-sim';
import { SAMPLE_AMOUNT_FORMAT, SAMPLE_MERGES, SAMPLE_SHEET, memoSheetValues } from '../sample/memo-2024';

/**
 * samples/recaudacion-2024.xlsx as the in-memory Excel's seed, built from the memo's figures as
 * the file is: the same cells, merges and amount format (not its fonts, fills or widths, which
 * the checks do not read).
 */
export function sampleSheetSeed(): SheetSeed {
  return {
    name: SAMPLE_SHEET,
    cells: memoSheetValues().map((row) => row.map((value) => (typeof value === 'number' ? { value, numberFormat: SAMPLE_AMOUNT_FORMAT } : value))),
    merges: SAMPLE_MERGES,
  };
}

/** The sample's file name, which the page shows as the open workbook until the user opens another. */
export const SAMPLE_FILE_NAME = 'recaudacion-2024.xlsx';
