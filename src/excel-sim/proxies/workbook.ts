import type { RequestContext } from '../request-context';
import type { AnnotationScope } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import { Application } from './application';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { CommentCollection } from './comments';
import { NoteCollection } from './notes';
import { Range } from './range';
import { WorksheetCollection } from './worksheet-collection';

/** `Excel.Workbook`, the root every proxy of a context hangs from (`context.workbook`). */
export class Workbook extends ClientObject<WorkbookModel> {
  private worksheetsProxy: WorksheetCollection | undefined;
  private applicationProxy: Application | undefined;
  private commentsProxy: CommentCollection | undefined;
  private notesProxy: NoteCollection | undefined;

  constructor(context: RequestContext) {
    super(context, { parent: undefined, step: { kind: 'root', name: 'workbook', args: [] }, resolve: () => context.host.workbook }, 'Workbook');
  }

  get worksheets(): WorksheetCollection {
    this.worksheetsProxy ??= new WorksheetCollection(this.context, this.part('worksheets', (workbook) => workbook));
    return this.worksheetsProxy;
  }

  get application(): Application {
    this.applicationProxy ??= new Application(this.context, this.part('application', (workbook) => workbook));
    return this.applicationProxy;
  }

  get comments(): CommentCollection {
    this.context.host.api.require('Workbook.comments', '1.10');
    this.commentsProxy ??= new CommentCollection(this.context, this.part('comments', everySheet));
    return this.commentsProxy;
  }

  get notes(): NoteCollection {
    this.context.host.api.require('Workbook.notes', '1.18');
    this.notesProxy ??= new NoteCollection(this.context, this.part('notes', everySheet));
    return this.notesProxy;
  }

  /** The selection on the active sheet. */
  getSelectedRange(): Range {
    return new Range(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getSelectedRange', args: [] },
      resolve: this.derive((workbook) => ({ sheet: workbook.activeSheet, rect: workbook.activeSheet.selection })),
    });
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<WorkbookModel>>> {
    return {};
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return { worksheets: () => this.worksheets, application: () => this.application };
  }

  private part<C>(name: string, find: (workbook: WorkbookModel) => C): Origin<C> {
    return { parent: this, step: { kind: 'property', name, args: [] }, resolve: this.derive(find) };
  }
}

/** Workbook-level comments and notes cover every sheet; bare addresses mean the active one. */
function everySheet(workbook: WorkbookModel): AnnotationScope {
  return { sheets: workbook.sheets, defaultSheet: workbook.activeSheet };
}
