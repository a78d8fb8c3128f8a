import { WHOLE_SHEET, isInsideGrid, parseLocalAddress, singleCell, splitSheetAddress } from '../a1';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { AnnotationScope, SheetModel } from '../sheet-model';
import { ChartCollection } from './charts';
import { EventHandlers } from './events';
import type { WorksheetActivatedEventArgs } from '../worksheet-events';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { CommentCollection } from './comments';
import { WorksheetFreezePanes } from './freeze-panes';
import { NamedItemCollection } from './named-items';
import { NoteCollection } from './notes';
import { PageLayout } from './page-layout';
import { Range } from './range';

/** `Excel.Worksheet`. */
export class Worksheet extends ClientObject<SheetModel> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'Worksheet');
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value);
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }

  get freezePanes(): WorksheetFreezePanes {
    this.context.host.api.assertSupported('Worksheet.freezePanes', '1.7');
    return this.child('freezePanes', () => new WorksheetFreezePanes(this.context, this.property('freezePanes', sameSheet)));
  }

  get pageLayout(): PageLayout {
    this.context.host.api.assertSupported('Worksheet.pageLayout', '1.9');
    return this.child('pageLayout', () => new PageLayout(this.context, this.property('pageLayout', sameSheet)));
  }

  get charts(): ChartCollection {
    return this.child('charts', () => new ChartCollection(this.context, this.property('charts', sameSheet)));
  }

  get comments(): CommentCollection {
    this.context.host.api.assertSupported('Worksheet.comments', '1.10');
    return this.child('comments', () => new CommentCollection(this.context, this.property('comments', thisSheetOnly)));
  }

  /** Names scoped to this sheet (ExcelApi 1.4). */
  get names(): NamedItemCollection {
    this.context.host.api.assertSupported('Worksheet.names', '1.4');
    return this.child('names', () => new NamedItemCollection(this.context, this.property('names', sameSheet)));
  }

  get notes(): NoteCollection {
    this.context.host.api.assertSupported('Worksheet.notes', '1.18');
    return this.child('notes', () => new NoteCollection(this.context, this.property('notes', thisSheetOnly)));
  }

  /** Data changes on this sheet (ExcelApi 1.7). */
  get onChanged(): EventHandlers {
    this.context.host.api.assertSupported('Worksheet.onChanged', '1.7');
    return new EventHandlers(this.context, this, 'changed', () => this.target()?.id ?? null);
  }

  /** Format changes on this sheet (ExcelApi 1.9). */
  get onFormatChanged(): EventHandlers {
    this.context.host.api.assertSupported('Worksheet.onFormatChanged', '1.9');
    return new EventHandlers(this.context, this, 'formatChanged', () => this.target()?.id ?? null);
  }

  /** This sheet becoming the active one (ExcelApi 1.7). */
  get onActivated(): EventHandlers<WorksheetActivatedEventArgs> {
    this.context.host.api.assertSupported('Worksheet.onActivated', '1.7');
    return new EventHandlers(this.context, this, 'activated', () => this.target()?.id ?? null);
  }

  /** Deletes the sheet; the last visible sheet cannot be deleted (InvalidOperation). */
  delete(): void {
    this.enqueueOn('Method', 'delete', [], 'edit', (sheet) => {
      const workbook = this.context.host.workbook;
      if (workbook.sheets.length === 1) throw hostError(ErrorCodes.invalidOperation, 'Worksheet.delete');
      const index = workbook.sheets.indexOf(sheet);
      if (index >= 0) workbook.sheets.splice(index, 1);
      if (workbook.activeSheet === sheet) workbook.activeSheet = workbook.sheets[Math.max(0, index - 1)]!;
    });
  }

  activate(): void {
    this.enqueueOn('Method', 'activate', [], 'view', (sheet) => {
      this.context.host.workbook.activeSheet = sheet;
    });
  }

  /** The range at `address` (`B4:H19`, `A:C`, `2:4`); the whole sheet without one. */
  getRange(address?: string): Range {
    return this.range('getRange', address === undefined ? [] : [address], (sheet) => {
      if (address === undefined) return WHOLE_SHEET;
      const { sheet: named, local } = splitSheetAddress(address);
      const sameSheet = named === undefined || named.toLowerCase() === sheet.name.toLowerCase();
      return sameSheet ? parseLocalAddress(local) : null;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.context.host.api.assertSupported('Worksheet.getRangeByIndexes', '1.7');
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      return isInsideGrid(rect) ? rect : null;
    });
  }

  /** Cells with values or formatting; A1 on a blank sheet (it does not throw). */
  getUsedRange(valuesOnly = false): Range {
    return this.range('getUsedRange', [valuesOnly], (sheet) => sheet.usedRange(valuesOnly) ?? singleCell(0, 0));
  }

  /** The same, but a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.context.host.api.assertSupported('Worksheet.getUsedRangeOrNullObject', '1.4');
    const range = new Range(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getUsedRangeOrNullObject', args: [valuesOnly] },
      resolve: this.derive((sheet) => {
        const rect = sheet.usedRange(valuesOnly);
        return rect ? { sheet, rect } : null;
      }),
    });
    range.instantiateNow();
    return range;
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<SheetModel>>> {
    return WORKSHEET_PROPERTIES;
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return {
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      charts: () => this.charts,
      comments: () => this.comments,
      notes: () => this.notes,
      names: () => this.names,
    };
  }

  private range(name: string, args: readonly unknown[], locate: (sheet: SheetModel) => ReturnType<typeof parseLocalAddress>): Range {
    return new Range(this.context, {
      parent: this,
      step: { kind: 'method', name, args },
      resolve: this.derive((sheet) => {
        const rect = locate(sheet);
        if (!rect) throw hostError(ErrorCodes.invalidArgument, `Worksheet.${name}`);
        return { sheet, rect };
      }),
    });
  }
}

const sameSheet = (sheet: SheetModel): SheetModel => sheet;

/** A sheet's comments and notes are its own; bare addresses are on it. */
const thisSheetOnly = (sheet: SheetModel): AnnotationScope => ({ sheets: [sheet], defaultSheet: sheet });

const WORKSHEET_PROPERTIES: Readonly<Record<string, ScalarProperty<SheetModel>>> = {
  name: {
    read: (sheet) => sheet.name,
    write: (sheet, value, context) => {
      const name = String(value);
      const problem = context.host.workbook.sheetNameProblem(name, sheet);
      if (problem) throw hostError(problem, 'Worksheet.name');
      sheet.name = name;
    },
  },
  id: { read: (sheet) => sheet.id },
  position: { read: (sheet, context) => context.host.workbook.sheets.indexOf(sheet) },
};
