import type { Rect } from '../a1';
import { cellCount, intersection, isInsideGrid, qualifiedAddress } from '../a1';
import { apiValueOf, valueTypeOf } from '../cell-value';
import type { RangeRef } from '../range-cells';
import { readCells, writeCells, writeNumberFormats } from '../range-cells';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { ClearTarget } from '../sheet-model';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { RangeFormat } from './range-format';
import { Worksheet } from './worksheet';

const CLEAR_TARGETS = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'] as const;

/** `Excel.Range`: a rectangular block of one sheet, fixed when the host first resolves it. */
export class Range extends ClientObject<RangeRef> {
  constructor(context: Range['context'], origin: Origin<RangeRef>) {
    super(context, origin, 'Range');
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }
  set values(values: unknown) {
    this.write('values', values);
  }
  get formulas(): (string | number | boolean)[][] {
    return this.read('formulas');
  }
  set formulas(formulas: unknown) {
    this.write('formulas', formulas);
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this.write('numberFormat', formats);
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get text(): string[][] {
    return this.read('text');
  }

  override asRangeArgument(): RangeRef | null {
    return this.target();
  }

  get format(): RangeFormat {
    return this.child(
      'format',
      () =>
        new RangeFormat(
          this.context,
          this.property('format', (ref) => ref),
        ),
    );
  }

  get worksheet(): Worksheet {
    return this.child(
      'worksheet',
      () =>
        new Worksheet(
          this.context,
          this.property('worksheet', (ref) => ref.sheet),
        ),
    );
  }

  /** A cell by its position relative to this range; it may lie outside the range, not the grid. */
  getCell(row: number, column: number): Range {
    return this.derived('getCell', [row, column], (rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (rect) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    this.context.host.api.assertSupported('Range.getResizedRange', '1.3');
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (rect) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  /** The used part of this range; ItemNotFound when nothing in it is used. */
  getUsedRange(valuesOnly = false): Range {
    return this.usedPart('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.context.host.api.assertSupported('Range.getUsedRangeOrNullObject', '1.4');
    return this.usedPart('getUsedRangeOrNullObject', valuesOnly, true);
  }

  merge(across = false): void {
    this.context.host.api.assertSupported('Range.merge', '1.2');
    this.enqueueOn('Method', 'merge', [across], 'edit', (ref) => {
      ref.sheet.merge(ref.rect, across);
      this.context.host.workbook.markDirty();
    });
  }

  unmerge(): void {
    this.context.host.api.assertSupported('Range.unmerge', '1.2');
    this.enqueueOn('Method', 'unmerge', [], 'edit', (ref) => ref.sheet.unmerge(ref.rect));
  }

  /** Selects the range, activating its sheet. */
  select(): void {
    this.enqueueOn('Method', 'select', [], 'view', (ref) => {
      ref.sheet.selection = ref.rect;
      this.context.host.workbook.activeSheet = ref.sheet;
    });
  }

  clear(applyTo: (typeof CLEAR_TARGETS)[number] = 'All'): void {
    this.enqueueOn('Method', 'clear', [applyTo], 'edit', (ref) => {
      if (!CLEAR_TARGETS.includes(applyTo)) throw hostError(ErrorCodes.invalidArgument, 'Range.clear');
      // Hyperlinks are not modelled, so clearing them changes nothing.
      if (applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') return;
      ref.sheet.clear(ref.rect, applyTo as ClearTarget);
      this.context.host.workbook.markDirty();
    });
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<RangeRef>>> {
    return RANGE_PROPERTIES;
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }

  private derived(name: string, args: readonly unknown[], move: (rect: Rect) => Rect): Range {
    return new Range(this.context, {
      parent: this,
      step: { kind: 'method', name, args },
      resolve: this.derive((ref) => {
        const rect = move(ref.rect);
        if (!isInsideGrid(rect)) throw hostError(ErrorCodes.invalidArgument, `Range.${name}`);
        return { sheet: ref.sheet, rect };
      }),
    });
  }

  private usedPart(name: string, valuesOnly: boolean, nullable: boolean): Range {
    const range = new Range(this.context, {
      parent: this,
      step: { kind: 'method', name, args: [valuesOnly] },
      resolve: this.derive((ref) => {
        const used = ref.sheet.usedRange(valuesOnly);
        const rect = used && intersection(used, ref.rect);
        if (rect) return { sheet: ref.sheet, rect };
        if (nullable) return null;
        throw hostError(ErrorCodes.itemNotFound, `Range.${name}`);
      }),
    });
    if (nullable) range.instantiateNow();
    return range;
  }
}

/** The scalar properties of a range, as the host reads and writes them. */
const RANGE_PROPERTIES: Readonly<Record<string, ScalarProperty<RangeRef>>> = {
  address: { read: (ref) => qualifiedAddress(ref.sheet.name, ref.rect) },
  rowIndex: { read: (ref) => ref.rect.row },
  columnIndex: { read: (ref) => ref.rect.column },
  rowCount: { read: (ref) => ref.rect.rowCount },
  columnCount: { read: (ref) => ref.rect.columnCount },
  cellCount: { read: (ref) => cellCount(ref.rect) },
  values: {
    read: (ref) => readCells(ref, 'Range.values', apiValueOf),
    write: (ref, value, context) => writeCells(ref, value, 'Range.values', context.host.workbook),
  },
  formulas: {
    read: (ref) => readCells(ref, 'Range.formulas', (value, row, column) => ref.sheet.formulas.get(row, column) ?? apiValueOf(value)),
    write: (ref, value, context) => writeCells(ref, value, 'Range.formulas', context.host.workbook),
  },
  numberFormat: {
    read: (ref) => readCells(ref, 'Range.numberFormat', (_value, row, column) => ref.sheet.numberFormatAt(row, column)),
    write: (ref, value) => writeNumberFormats(ref, value, 'Range.numberFormat'),
  },
  valueTypes: { read: (ref) => readCells(ref, 'Range.valueTypes', valueTypeOf) },
  text: { read: (ref) => readCells(ref, 'Range.text', (_value, row, column) => ref.sheet.textAt(row, column)) },
};
