import type { Rect } from './a1';
import { WHOLE_SHEET } from './a1';
import type { CellValue } from './cell-value';
import type { FormulaScope } from './formula';
import { evaluateFormula } from './formula';
import type { SheetModel } from './sheet-model';
import { cellKey } from './sheet-model';
import type { WorkbookModel } from './workbook-model';

const PENDING = Symbol('pending');

/** Thrown up the evaluation stack from the cell that closes a cycle back to where it started. */
class CircularReference {
  constructor(
    readonly sheet: SheetModel,
    readonly key: number,
  ) {}
}

/**
 * Recalculates every formula of the workbook, each once, following references across sheets.
 * Every cell on a circular reference gets 0, which is what Excel leaves after warning; cells
 * that merely depend on one calculate from that 0.
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
    if (known === PENDING) throw new CircularReference(sheet, key);
    if (known !== undefined) return known;
    done.set(key, PENDING);
    let value: CellValue;
    try {
      value = evaluateFormula(formula, scopeOf(sheet));
    } catch (error) {
      if (!(error instanceof CircularReference)) throw error;
      done.set(key, 0);
      sheet.values.set(row, column, 0);
      if (error.sheet !== sheet || error.key !== key) throw error;
      return 0;
    }
    done.set(key, value);
    sheet.values.set(row, column, value);
    return value;
  };

  const scopeOf = (sheet: SheetModel): FormulaScope => {
    const target = (name: string | undefined): SheetModel | undefined => (name === undefined ? sheet : workbook.sheet(name));
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
