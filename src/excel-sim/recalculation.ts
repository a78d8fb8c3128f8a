import type { Rect } from './a1';
import { WHOLE_SHEET } from './a1';
import type { CellValue } from './cell-value';
import type { FormulaScope } from './formula';
import { evaluateFormula } from './formula';
import type { SheetModel } from './sheet-model';
import { cellKey } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

const PENDING = Symbol('pending');

/**
 * Recalculates every formula of the workbook, each once, following references across sheets.
 * A circular reference evaluates to 0, which is what Excel leaves in the cell after warning.
 */
export function recalculate(workbook: WorkbookModel): void {
  const results = new Map<SheetModel, Map<number, CellValue | typeof PENDING>>();

  const valueOf = (sheet: SheetModel, row: number, column: number): CellValue | undefined => {
    const formula = sheet.formulas.get(row, column);
    if (formula === undefined) return sheet.values.get(row, column);
    let done = results.get(sheet);
    if (!done) {
      done = new Map();
      results.set(sheet, done);
    }
    const key = cellKey(row, column);
    const known = done.get(key);
    if (known === PENDING) return 0;
    if (known !== undefined) return known;
    done.set(key, PENDING);
    const value = evaluateFormula(formula, scopeOf(sheet));
    done.set(key, value);
    sheet.values.set(row, column, value);
    return value;
  };

  const scopeOf = (sheet: SheetModel): FormulaScope => {
    const target = (name: string | undefined): SheetModel | undefined =>
      name === undefined ? sheet : workbook.sheet(name);
    return {
      cell(name, row, column) {
        const other = target(name);
        return other ? valueOf(other, row, column) : null;
      },
      forEachIn(name, rect: Rect, visit) {
        const other = target(name);
        if (!other) return false;
        other.values.forEachIn(rect, (_cached, row, column) => {
          const value = valueOf(other, row, column);
          if (value !== undefined) visit(value);
        });
        return true;
      },
    };
  };

  for (const sheet of workbook.sheets) {
    sheet.formulas.forEachIn(WHOLE_SHEET, (_formula, row, column) => valueOf(sheet, row, column));
  }
}
