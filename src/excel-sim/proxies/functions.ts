import type { RequestContext } from '../request-context';
import { serialOfDate } from '../serial-date';
import type { WorkbookModel } from '../workbook-model';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 one. */
const DAYS_1900_TO_1904 = 1462;

/**
 * `Excel.Functions` (ExcelApi 1.2): only `date`, which answers in the workbook's date system as
 * Excel's DATE does — the one way an add-in can learn whether serials count from 1900 or 1904.
 */
export class Functions extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, origin: Origin<WorkbookModel>) {
    super(context, origin, 'Functions');
  }

  date(year: number, month: number, day: number): FunctionResult {
    const result = new FunctionResult(this.context, {
      parent: this,
      step: { kind: 'method', name: 'date', args: [year, month, day] },
      resolve: this.derive((workbook) => ({ value: serialOfDate(year, month, day) - (workbook.date1904 ? DAYS_1900_TO_1904 : 0) })),
    });
    result.instantiateNow();
    return result;
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<WorkbookModel>>> {
    return {};
  }
}

/** `Excel.FunctionResult`: the function's value once loaded and synced. */
export class FunctionResult extends ClientObject<{ readonly value: number }> {
  constructor(context: RequestContext, origin: Origin<{ readonly value: number }>) {
    super(context, origin, 'FunctionResult');
  }

  get value(): number {
    return this.read('value');
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<{ readonly value: number }>>> {
    return FUNCTION_RESULT_PROPERTIES;
  }
}

const FUNCTION_RESULT_PROPERTIES: Readonly<Record<string, ScalarProperty<{ readonly value: number }>>> = {
  value: { read: (result) => result.value },
};
