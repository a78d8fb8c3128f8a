import { MAX_COLUMNS, MAX_ROWS } from '../a1';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { SheetModel } from '../sheet-model';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { Range } from './range';

/** `Excel.WorksheetFreezePanes` (ExcelApi 1.7). */
export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'WorksheetFreezePanes');
  }

  /** Freezes the top `count` rows (1 by default; 0 unfreezes rows), keeping frozen columns. */
  freezeRows(count = 1): void {
    this.freeze('freezeRows', count, MAX_ROWS, (sheet) => {
      sheet.frozen = { ...sheet.frozen, rows: count };
    });
  }

  /** Freezes the left `count` columns (1 by default; 0 unfreezes columns), keeping frozen rows. */
  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', count, MAX_COLUMNS, (sheet) => {
      sheet.frozen = { ...sheet.frozen, columns: count };
    });
  }

  unfreeze(): void {
    this.enqueueOn('Method', 'unfreeze', [], 'edit', (sheet) => {
      sheet.frozen = { rows: 0, columns: 0 };
    });
  }

  /** The frozen top-left block, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    const range = new Range(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getLocationOrNullObject', args: [] },
      resolve: this.derive((sheet) => {
        const { rows, columns } = sheet.frozen;
        if (rows === 0 && columns === 0) return null;
        return {
          sheet,
          rect: { row: 0, column: 0, rowCount: rows || MAX_ROWS, columnCount: columns || MAX_COLUMNS },
        };
      }),
    });
    range.instantiateNow();
    return range;
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<SheetModel>>> {
    return {};
  }

  private freeze(name: string, count: number, max: number, apply: (sheet: SheetModel) => void): void {
    this.enqueueOn('Method', name, [count], 'edit', (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= max) {
        throw hostError(ErrorCodes.invalidArgument, `WorksheetFreezePanes.${name}`);
      }
      apply(sheet);
    });
  }
}
