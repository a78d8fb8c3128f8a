import type { FixOutcome, TextNumberFix } from '../workflow/port';

/** Shows a cell to the user: its sheet activated, the cell selected. One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

export async function activateSheet(context: Excel.RequestContext, sheet: string): Promise<void> {
  context.workbook.worksheets.getItem(sheet).activate();
  await context.sync();
}

/** The format a fixed cell gets when it was formatted as text (`@`), so it shows as an amount. */
const AMOUNT_FORMAT = '#,##0.00';

/**
 * Turns amounts stored as text into numbers, only where the cell still holds the text that
 * was read (the sheet may have changed since). Two syncs: read, then write.
 */
export async function fixTextNumbers(context: Excel.RequestContext, fixes: readonly TextNumberFix[]): Promise<FixOutcome> {
  const ranges = fixes.map((f) => {
    const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
    range.load('values,numberFormat');
    return range;
  });
  await context.sync();
  let fixed = 0;
  fixes.forEach((f, i) => {
    const range = ranges[i]!;
    if (range.values[0]?.[0] !== f.text) return;
    if (range.numberFormat[0]?.[0] === '@') range.numberFormat = [[AMOUNT_FORMAT]];
    range.values = [[f.value]];
    fixed++;
  });
  if (fixed > 0) await context.sync();
  return { fixed, changed: fixes.length - fixed };
}
