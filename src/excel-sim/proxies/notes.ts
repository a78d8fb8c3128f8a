import type { RangeRef } from '../range-cells';
import type { RequestContext } from '../request-context';
import type { AnnotationScope, NoteModel } from '../sheet-model';
import type { AnnotationEntry, AnnotationKind } from './cell-annotations';
import { AnnotationCollection, AnnotationProxy, annotationProperties } from './cell-annotations';
import type { Origin, ScalarProperty } from './client-object';
import { Range } from './range';

const NOTES: AnnotationKind<NoteModel> = {
  mapOf: (sheet) => sheet.notes,
  create: (content, authorName) => ({ content, authorName, visible: false }),
};

/** `Excel.NoteCollection` (ExcelApi 1.18), on the workbook or on one sheet. */
export class NoteCollection extends AnnotationCollection<NoteModel, Note> {
  constructor(context: RequestContext, origin: Origin<AnnotationScope>) {
    super(context, origin, 'NoteCollection', NOTES);
  }

  add(cellAddress: Range | string, content: string): Note {
    return this.addAt(cellAddress, content);
  }

  /** The note on a cell, by its address. */
  getItem(key: string): Note {
    return this.atCell('getItem', key);
  }

  /** The note on a cell, or a null object when the cell has none. */
  getItemOrNullObject(key: string): Note {
    return this.atCell('getItemOrNullObject', key, true);
  }

  getItemAt(index: number): Note {
    return this.atIndex(index);
  }

  protected itemProxy(origin: Origin<AnnotationEntry<NoteModel>>): Note {
    return new Note(this.context, origin);
  }
}

const NOTE_PROPERTIES: Readonly<Record<string, ScalarProperty<AnnotationEntry<NoteModel>>>> = {
  ...annotationProperties<NoteModel>(),
  visible: {
    read: ({ annotation }) => annotation.visible,
    write: ({ annotation }, value) => {
      annotation.visible = value === true;
    },
  },
};

/** `Excel.Note`: hidden until hovered unless made visible. */
export class Note extends AnnotationProxy<NoteModel> {
  constructor(context: RequestContext, origin: Origin<AnnotationEntry<NoteModel>>) {
    super(context, origin, 'Note', NOTES);
  }

  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value);
  }

  protected rangeProxy(origin: Origin<RangeRef>): Range {
    return new Range(this.context, origin);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<AnnotationEntry<NoteModel>>>> {
    return NOTE_PROPERTIES;
  }
}
