import { parseLocalAddress, splitSheetAddress } from './a1';
import { ClientObject } from './proxies/client-object';
import type { RangeRef } from './range-cells';
import { ErrorCodes, hostError } from './rich-api-error';
import type { SheetModel } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

/**
 * A range passed as an argument (`comments.add(cell, …)`, `setPrintTitleRows(rows)`): a Range
 * proxy, or an address that may name its sheet (`'Recaudación 2024'!B4`). Resolved at sync.
 */
export function rangeArgument(argument: unknown, workbook: WorkbookModel, defaultSheet: SheetModel, location: string): RangeRef {
  if (argument instanceof ClientObject) {
    const ref = argument.asRangeArgument();
    if (ref) return ref;
  } else if (typeof argument === 'string') {
    const { sheet: sheetName, local } = splitSheetAddress(argument);
    const sheet = sheetName === undefined ? defaultSheet : workbook.sheet(sheetName);
    const rect = parseLocalAddress(local);
    if (sheet && rect) return { sheet, rect };
  }
  throw hostError(ErrorCodes.invalidArgument, location);
}
