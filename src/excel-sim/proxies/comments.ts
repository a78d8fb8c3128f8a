import type { RangeRef } from '../range-cells';
import type { RequestContext } from '../request-context';
import type { AnnotationScope, CommentModel } from '../sheet-model';
import type { AnnotationEntry, AnnotationKind } from './cell-annotations';
import { AnnotationCollection, AnnotationProxy, annotationProperties } from './cell-annotations';
import type { Origin, ScalarProperty } from './client-object';
import { Range } from './range';

const COMMENTS: AnnotationKind<CommentModel> = {
  mapOf: (sheet) => sheet.comments,
  create: (content, authorName) => ({ content, authorName, creationDate: new Date() }),
};

/** `Excel.CommentCollection` (ExcelApi 1.10), on the workbook or on one sheet. */
export class CommentCollection extends AnnotationCollection<CommentModel, Comment> {
  constructor(context: RequestContext, origin: Origin<AnnotationScope>) {
    super(context, origin, 'CommentCollection', COMMENTS);
  }

  /** Plain-text comments; `contentType` other than Plain (mentions) is not modelled. */
  add(cellAddress: Range | string, content: string): Comment {
    return this.addAt(cellAddress, content);
  }

  getItemByCell(cellAddress: Range | string): Comment {
    return this.atCell('getItemByCell', cellAddress);
  }

  getItemAt(index: number): Comment {
    return this.atIndex(index);
  }

  protected itemProxy(origin: Origin<AnnotationEntry<CommentModel>>): Comment {
    return new Comment(this.context, origin);
  }
}

const COMMENT_PROPERTIES: Readonly<Record<string, ScalarProperty<AnnotationEntry<CommentModel>>>> = {
  ...annotationProperties<CommentModel>(),
  creationDate: { read: ({ annotation }) => annotation.creationDate },
};

/** `Excel.Comment`: a thread's first entry; replies are not modelled. */
export class Comment extends AnnotationProxy<CommentModel> {
  constructor(context: RequestContext, origin: Origin<AnnotationEntry<CommentModel>>) {
    super(context, origin, 'Comment', COMMENTS);
  }

  get creationDate(): Date {
    return this.read('creationDate');
  }

  protected rangeProxy(origin: Origin<RangeRef>): Range {
    return new Range(this.context, origin);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<AnnotationEntry<CommentModel>>>> {
    return COMMENT_PROPERTIES;
  }
}
