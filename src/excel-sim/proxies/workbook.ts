import { Functions } from './functions';
import type { RequestContext } from '../request-context';
import type { AnnotationScope } from '../sheet-model';
import type { WorkbookModel } from '../workbook-model';
import { Application } from './application';
import type { ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { CommentCollection } from './comments';
import { CustomXmlPartCollection } from './custom-xml-parts';
import { NoteCollection } from './notes';
import { Range } from './range';
import { WorksheetCollection } from './worksheet-collection';

/** `Excel.Workbook`, the root every proxy of a context hangs from (`context.workbook`). */
export class Workbook extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext) {
    super(context, { parent: undefined, step: { kind: 'root', name: 'workbook', args: [] }, resolve: () => context.host.workbook }, 'Workbook');
  }

  get worksheets(): WorksheetCollection {
    return this.child('worksheets', () => new WorksheetCollection(this.context, this.property('worksheets', sameWorkbook)));
  }

  get application(): Application {
    return this.child('application', () => new Application(this.context, this.property('application', sameWorkbook)));
  }

  get comments(): CommentCollection {
    this.context.host.api.assertSupported('Workbook.comments', '1.10');
    return this.child('comments', () => new CommentCollection(this.context, this.property('comments', everySheet)));
  }

  get notes(): NoteCollection {
    this.context.host.api.assertSupported('Workbook.notes', '1.18');
    return this.child('notes', () => new NoteCollection(this.context, this.property('notes', everySheet)));
  }

  get functions(): Functions {
    return this.child('functions', () => new Functions(this.context, this.property('functions', sameWorkbook)));
  }

  get customXmlParts(): CustomXmlPartCollection {
    this.context.host.api.assertSupported('Workbook.customXmlParts', '1.5');
    return this.child('customXmlParts', () => new CustomXmlPartCollection(this.context, this.property('customXmlParts', sameWorkbook)));
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
}

const sameWorkbook = (workbook: WorkbookModel): WorkbookModel => workbook;

/** Workbook-level comments and notes cover every sheet; bare addresses mean the active one. */
function everySheet(workbook: WorkbookModel): AnnotationScope {
  return { sheets: workbook.sheets, defaultSheet: workbook.activeSheet };
}
