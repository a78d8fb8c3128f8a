import { cellCount } from '../a1';
import { rangeArgument } from '../range-argument';
import type { RangeRef } from '../range-cells';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { AnnotationScope, SheetModel } from '../sheet-model';
import { cellKey, cellOfKey } from '../sheet-model';
import { ClientCollection } from './client-collection';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import type { Range } from './range';

/**
 * What comments (ExcelApi 1.10) and notes (ExcelApi 1.18) share: one per cell, added with a
 * cell address or single-cell Range, found by cell, listed in reading order, authored by the
 * current user.
 */
export interface Annotation {
  content: string;
  readonly authorName: string;
}

export interface AnnotationEntry<A extends Annotation> {
  readonly sheet: SheetModel;
  readonly key: number;
  readonly annotation: A;
}

/** Which map of a sheet holds this kind of annotation, and how to make one. */
export interface AnnotationKind<A extends Annotation> {
  mapOf(sheet: SheetModel): Map<number, A>;
  create(content: string, authorName: string): A;
}

export abstract class AnnotationCollection<A extends Annotation, P extends ClientObject<AnnotationEntry<A>>> extends ClientCollection<
  AnnotationScope,
  AnnotationEntry<A>,
  P
> {
  constructor(
    context: RequestContext,
    origin: Origin<AnnotationScope>,
    className: string,
    private readonly kind: AnnotationKind<A>,
  ) {
    super(context, origin, className);
  }

  protected entries(scope: AnnotationScope): readonly AnnotationEntry<A>[] {
    return scope.sheets.flatMap((sheet) => [...this.kind.mapOf(sheet)].sort(([a], [b]) => a - b).map(([key, annotation]) => ({ sheet, key, annotation })));
  }

  /**
   * Adds one to a single cell (InvalidArgument for a larger range). A cell that already has one
   * is refused with ItemAlreadyExists (a guess: the docs do not say).
   */
  protected addAt(cellAddress: Range | string, content: string): P {
    const location = `${this.className}.add`;
    let added: AnnotationEntry<A> | undefined;
    this.enqueueOn('Method', 'add', [cellAddress, content], 'edit', (scope) => {
      const cell = this.cellOf(scope, cellAddress, location);
      const map = this.kind.mapOf(cell.sheet);
      const key = cellKey(cell.rect.row, cell.rect.column);
      if (map.has(key)) throw hostError(ErrorCodes.itemAlreadyExists, location);
      const annotation = this.kind.create(content, this.context.host.userName);
      map.set(key, annotation);
      added = { sheet: cell.sheet, key, annotation };
    });
    return this.itemProxy({
      parent: this,
      step: { kind: 'method', name: 'add', args: [cellAddress, content] },
      resolve: () => added ?? null,
    });
  }

  /** The one on a cell; ItemNotFound if there is none, or a null object when `nullable`. */
  protected atCell(name: string, cellAddress: Range | string, nullable = false): P {
    const location = `${this.className}.${name}`;
    const proxy = this.itemProxy({
      parent: this,
      step: { kind: 'method', name, args: [cellAddress] },
      resolve: this.derive((scope) => {
        const cell = this.cellOf(scope, cellAddress, location);
        const key = cellKey(cell.rect.row, cell.rect.column);
        const annotation = this.kind.mapOf(cell.sheet).get(key);
        if (annotation) return { sheet: cell.sheet, key, annotation };
        if (nullable) return null;
        throw hostError(ErrorCodes.itemNotFound, location);
      }),
    });
    if (nullable) proxy.instantiateNow();
    return proxy;
  }

  /** The one at a position in reading order; ItemNotFound past the end. */
  protected atIndex(index: number): P {
    return this.itemProxy({
      parent: this,
      step: { kind: 'method', name: 'getItemAt', args: [index] },
      resolve: this.derive((scope) => {
        const entry = this.entries(scope)[index];
        if (!entry) throw hostError(ErrorCodes.itemNotFound, `${this.className}.getItemAt`);
        return entry;
      }),
    });
  }

  private cellOf(scope: AnnotationScope, cellAddress: Range | string, location: string): RangeRef {
    const cell = rangeArgument(cellAddress, this.context.host.workbook, scope.defaultSheet, location);
    const inScope = scope.sheets.includes(cell.sheet);
    if (!inScope || cellCount(cell.rect) !== 1) throw hostError(ErrorCodes.invalidArgument, location);
    return cell;
  }
}

/** The properties and methods every comment and note has. */
export abstract class AnnotationProxy<A extends Annotation> extends ClientObject<AnnotationEntry<A>> {
  constructor(
    context: RequestContext,
    origin: Origin<AnnotationEntry<A>>,
    className: string,
    private readonly kind: AnnotationKind<A>,
  ) {
    super(context, origin, className);
  }

  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.write('content', value);
  }
  get authorName(): string {
    return this.read('authorName');
  }

  delete(): void {
    this.enqueueOn('Method', 'delete', [], 'edit', ({ sheet, key }) => {
      this.kind.mapOf(sheet).delete(key);
    });
  }

  /** The cell it is attached to. */
  getLocation(): Range {
    return this.rangeProxy({
      parent: this,
      step: { kind: 'method', name: 'getLocation', args: [] },
      resolve: this.derive(({ sheet, key }) => {
        const { row, column } = cellOfKey(key);
        return { sheet, rect: { row, column, rowCount: 1, columnCount: 1 } };
      }),
    });
  }

  /** Made by the subclass: importing Range here would close a module cycle through Worksheet. */
  protected abstract rangeProxy(origin: Origin<RangeRef>): Range;
}

/** The scalar properties common to both kinds. */
export function annotationProperties<A extends Annotation>(): Record<string, ScalarProperty<AnnotationEntry<A>>> {
  return {
    content: {
      read: ({ annotation }) => annotation.content,
      write: ({ annotation }, value) => {
        annotation.content = String(value);
      },
    },
    authorName: { read: ({ annotation }) => annotation.authorName },
  };
}
