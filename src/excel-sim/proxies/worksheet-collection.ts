import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { SheetModel } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import { ClientCollection } from './client-collection';
import type { Origin } from './client-object';
import { Worksheet } from './worksheet';
import { EventHandlers } from './events';
import type { WorksheetActivatedEventArgs } from '../worksheet-events';

/** `Excel.WorksheetCollection`. */
export class WorksheetCollection extends ClientCollection<WorkbookModel, SheetModel, Worksheet> {
  constructor(context: RequestContext, origin: Origin<WorkbookModel>) {
    super(context, origin, 'WorksheetCollection');
  }

  /** Data changes on any sheet (ExcelApi 1.9). */
  get onChanged(): EventHandlers {
    this.context.host.api.assertSupported('WorksheetCollection.onChanged', '1.9');
    return new EventHandlers(this.context, this, 'changed', () => null);
  }

  /** Format changes on any sheet (ExcelApi 1.9). */
  get onFormatChanged(): EventHandlers {
    this.context.host.api.assertSupported('WorksheetCollection.onFormatChanged', '1.9');
    return new EventHandlers(this.context, this, 'formatChanged', () => null);
  }

  /** Any sheet becoming the active one, sheets added later included (ExcelApi 1.7). */
  get onActivated(): EventHandlers<WorksheetActivatedEventArgs> {
    this.context.host.api.assertSupported('WorksheetCollection.onActivated', '1.7');
    return new EventHandlers(this.context, this, 'activated', () => null);
  }

  getActiveWorksheet(): Worksheet {
    return this.worksheet('getActiveWorksheet', [], (workbook) => workbook.activeSheet);
  }

  /** The sheet with this name (any case) or id; ItemNotFound at sync if there is none. */
  getItem(key: string): Worksheet {
    return this.worksheet('getItem', [key], (workbook) => {
      const sheet = workbook.sheetByKey(key);
      if (!sheet) throw hostError(ErrorCodes.itemNotFound, 'WorksheetCollection.getItem');
      return sheet;
    });
  }

  /** The same, but a null object instead of an error. */
  getItemOrNullObject(key: string): Worksheet {
    this.context.host.api.assertSupported('WorksheetCollection.getItemOrNullObject', '1.4');
    const worksheet = this.worksheet('getItemOrNullObject', [key], (workbook) => workbook.sheetByKey(key) ?? null);
    worksheet.instantiateNow();
    return worksheet;
  }

  /** Adds a sheet after the others; ItemAlreadyExists if the name is taken. */
  add(name?: string): Worksheet {
    let added: SheetModel | undefined;
    this.enqueueOn('Method', 'add', name === undefined ? [] : [name], 'edit', (workbook) => {
      const problem = name === undefined ? null : workbook.sheetNameProblem(name);
      if (problem) throw hostError(problem, 'WorksheetCollection.add');
      added = workbook.addSheet(name);
    });
    return new Worksheet(this.context, {
      parent: this,
      step: { kind: 'method', name: 'add', args: name === undefined ? [] : [name] },
      resolve: () => added ?? null,
    });
  }

  protected entries(workbook: WorkbookModel): readonly SheetModel[] {
    return workbook.sheets;
  }

  protected itemProxy(origin: Origin<SheetModel>): Worksheet {
    return new Worksheet(this.context, origin);
  }

  private worksheet(name: string, args: readonly unknown[], find: (workbook: WorkbookModel) => SheetModel | null): Worksheet {
    return new Worksheet(this.context, {
      parent: this,
      step: { kind: 'method', name, args },
      resolve: this.derive(find),
    });
  }
}
