import type { Rect } from '../a1';
import type { BorderIndex, BorderLine, CellStyle, FillPattern, Side, StyleChange } from '../cell-style';
import {
  FILL_PATTERNS,
  VERTICAL_ALIGNMENTS,
  BORDER_INDEXES,
  BORDER_STYLES,
  BORDER_WEIGHTS,
  DEFAULT_STYLE,
  HORIZONTAL_ALIGNMENTS,
  normalizeColor,
} from '../cell-style';
import type { RangeRef } from '../range-cells';
import { uniform, uniformSize } from '../range-cells';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

/** Applies one style change to every cell of the range. */
function restyle(ref: RangeRef, context: RequestContext, key: string, apply: (style: CellStyle) => CellStyle): void {
  const change: StyleChange = { key, apply };
  ref.sheet.restyle(ref.rect, change, context.host.workbook.styles);
}

/** A style property written through `restyle`, after the host checks the value. */
function styleProperty<V>(
  location: string,
  get: (style: CellStyle | undefined) => V,
  accept: (value: unknown) => V | null,
  put: (style: CellStyle, value: V) => CellStyle,
): ScalarProperty<RangeRef> {
  return {
    read: (ref) => uniform(ref, get),
    write: (ref, value, context) => {
      const accepted = accept(value);
      if (accepted === null) throw hostError(ErrorCodes.invalidArgument, location);
      restyle(ref, context, `${location}=${String(accepted)}`, (style) => put(style, accepted));
    },
  };
}

function oneOf<V extends string>(allowed: readonly V[]): (value: unknown) => V | null {
  return (value) => (allowed.includes(value as V) ? (value as V) : null);
}

const isBoolean = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** Sizes are points from 0 to Excel's maxima (255 characters wide is about 1,789 points; rows 409). */
function sizeIn(max: number): (value: unknown) => number | null {
  return (value) => (typeof value === 'number' && value >= 0 && value <= max ? value : null);
}

/** `Excel.RangeFormat`. */
export class RangeFormat extends ClientObject<RangeRef> {
  constructor(context: RequestContext, origin: Origin<RangeRef>) {
    super(context, origin, 'RangeFormat');
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.write('horizontalAlignment', value);
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.write('verticalAlignment', value);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.write('wrapText', value);
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(value: number) {
    this.write('columnWidth', value);
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(value: number) {
    this.write('rowHeight', value);
  }

  get fill(): RangeFill {
    return this.child('fill', () => new RangeFill(this.context, this.property('fill', sameRange)));
  }

  get font(): RangeFont {
    return this.child('font', () => new RangeFont(this.context, this.property('font', sameRange)));
  }

  get borders(): RangeBorderCollection {
    return this.child('borders', () => new RangeBorderCollection(this.context, this.property('borders', sameRange)));
  }

  autofitColumns(): void {
    this.context.host.api.assertSupported('RangeFormat.autofitColumns', '1.2');
    this.enqueueOn('Method', 'autofitColumns', [], 'edit', (ref) => ref.sheet.autofitColumns(ref.rect));
  }

  autofitRows(): void {
    this.context.host.api.assertSupported('RangeFormat.autofitRows', '1.2');
    this.enqueueOn('Method', 'autofitRows', [], 'edit', (ref) => ref.sheet.autofitRows(ref.rect));
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<RangeRef>>> {
    return FORMAT_PROPERTIES;
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }
}

const sameRange = (ref: RangeRef): RangeRef => ref;

const FORMAT_PROPERTIES: Readonly<Record<string, ScalarProperty<RangeRef>>> = {
  horizontalAlignment: styleProperty(
    'RangeFormat.horizontalAlignment',
    (style) => style?.horizontalAlignment ?? DEFAULT_STYLE.horizontalAlignment,
    oneOf(HORIZONTAL_ALIGNMENTS),
    (style, horizontalAlignment) => ({ ...style, horizontalAlignment }),
  ),
  verticalAlignment: styleProperty(
    'RangeFormat.verticalAlignment',
    (style) => style?.verticalAlignment ?? DEFAULT_STYLE.verticalAlignment,
    oneOf(VERTICAL_ALIGNMENTS),
    (style, verticalAlignment) => ({ ...style, verticalAlignment }),
  ),
  wrapText: styleProperty(
    'RangeFormat.wrapText',
    (style) => style?.wrapText ?? DEFAULT_STYLE.wrapText,
    isBoolean,
    (style, wrapText) => ({ ...style, wrapText }),
  ),
  columnWidth: {
    since: '1.2',
    read: ({ sheet, rect }) => uniformSize(rect.column, rect.columnCount, (column) => sheet.columnWidth(column)),
    write: ({ sheet, rect }, value) => {
      const width = sizeIn(1789)(value);
      if (width === null) throw hostError(ErrorCodes.invalidArgument, 'RangeFormat.columnWidth');
      for (let column = rect.column; column < rect.column + rect.columnCount; column++) sheet.columnWidths.set(column, width);
    },
  },
  rowHeight: {
    since: '1.2',
    read: ({ sheet, rect }) => uniformSize(rect.row, rect.rowCount, (row) => sheet.rowHeight(row)),
    write: ({ sheet, rect }, value) => {
      const height = sizeIn(409)(value);
      if (height === null) throw hostError(ErrorCodes.invalidArgument, 'RangeFormat.rowHeight');
      for (let row = rect.row; row < rect.row + rect.rowCount; row++) sheet.rowHeights.set(row, height);
    },
  },
};

/** `Excel.RangeFill`: no fill reads as white, as Excel reports it; `tintAndShade` is null only for no fill. */
export class RangeFill extends ClientObject<RangeRef> {
  constructor(context: RequestContext, origin: Origin<RangeRef>) {
    super(context, origin, 'RangeFill');
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value);
  }

  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(value: string) {
    this.write('pattern', value);
  }

  get tintAndShade(): number | null {
    return this.read('tintAndShade');
  }
  set tintAndShade(value: number | null) {
    this.write('tintAndShade', value);
  }

  clear(): void {
    this.enqueueOn('Method', 'clear', [], 'edit', (ref) =>
      restyle(ref, this.context, 'fill.clear', (style) => ({ ...style, fill: undefined, fillPattern: undefined })),
    );
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<RangeRef>>> {
    return FILL_PROPERTIES;
  }
}

const FILL_PROPERTIES: Readonly<Record<string, ScalarProperty<RangeRef>>> = {
  color: styleProperty(
    'RangeFill.color',
    (style) => style?.fill ?? DEFAULT_STYLE.fill,
    normalizeColor,
    (style, fill) => ({ ...style, fill }),
  ),
  // office-js #4900 (and #6218): no fill and a solid white fill both read pattern null and colour
  // #FFFFFF; only tintAndShade tells them apart. Writing null is not a pattern: InvalidArgument.
  pattern: {
    since: '1.9',
    ...styleProperty(
      'RangeFill.pattern',
      // null is what Excel answers, not a FillPattern one may write.
      (style) =>
        (style?.fill === undefined && style?.fillPattern === undefined
          ? null
          : (style.fillPattern ?? (style.fill === '#FFFFFF' ? null : 'Solid'))) as FillPattern,
      oneOf(FILL_PATTERNS),
      (style, pattern) =>
        pattern === 'None' ? { ...style, fill: undefined, fillPattern: undefined } : { ...style, fillPattern: pattern === 'Solid' ? undefined : pattern },
    ),
  },
  // "If you are setting No Fill, you will get null. And if you fill as white or other color, you will get a number" (#4900).
  tintAndShade: {
    since: '1.9',
    read: (ref) => uniform(ref, (style) => (style?.fill === undefined && style?.fillPattern === undefined ? null : 0)),
    write: (_ref, value) => {
      if (typeof value !== 'number' || value < -1 || value > 1) throw hostError(ErrorCodes.invalidArgument, 'RangeFill.tintAndShade');
    },
  },
};

/** `Excel.RangeFont`. */
export class RangeFont extends ClientObject<RangeRef> {
  constructor(context: RequestContext, origin: Origin<RangeRef>) {
    super(context, origin, 'RangeFont');
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.write('bold', value);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(value: boolean) {
    this.write('italic', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value);
  }
  get size(): number {
    return this.read('size');
  }
  set size(value: number) {
    this.write('size', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<RangeRef>>> {
    return FONT_PROPERTIES;
  }
}

const FONT_PROPERTIES: Readonly<Record<string, ScalarProperty<RangeRef>>> = {
  bold: styleProperty(
    'RangeFont.bold',
    (style) => style?.bold ?? DEFAULT_STYLE.bold,
    isBoolean,
    (style, bold) => ({
      ...style,
      bold,
    }),
  ),
  italic: styleProperty(
    'RangeFont.italic',
    (style) => style?.italic ?? DEFAULT_STYLE.italic,
    isBoolean,
    (style, italic) => ({
      ...style,
      italic,
    }),
  ),
  color: styleProperty(
    'RangeFont.color',
    (style) => style?.fontColor ?? DEFAULT_STYLE.fontColor,
    normalizeColor,
    (style, fontColor) => ({ ...style, fontColor }),
  ),
  name: styleProperty(
    'RangeFont.name',
    (style) => style?.fontName ?? DEFAULT_STYLE.fontName,
    (value) => (typeof value === 'string' && value.trim() !== '' ? value : null),
    (style, fontName) => ({ ...style, fontName }),
  ),
  size: styleProperty(
    'RangeFont.size',
    (style) => style?.fontSize ?? DEFAULT_STYLE.fontSize,
    (value) => (typeof value === 'number' && value >= 1 && value <= 409 ? value : null),
    (style, fontSize) => ({ ...style, fontSize }),
  ),
};

interface BorderRef {
  readonly range: RangeRef;
  readonly index: BorderIndex;
}

/**
 * The cells and side a range-level border index stands for: edges are the outer cells' sides,
 * inside lines the top or left side of every cell past the first row or column.
 */
function borderCells(rect: Rect, index: BorderIndex): { rect: Rect; side: Side } | null {
  const bottom = rect.row + rect.rowCount - 1;
  const right = rect.column + rect.columnCount - 1;
  switch (index) {
    case 'EdgeTop':
      return { rect: { ...rect, rowCount: 1 }, side: 'top' };
    case 'EdgeBottom':
      return { rect: { ...rect, row: bottom, rowCount: 1 }, side: 'bottom' };
    case 'EdgeLeft':
      return { rect: { ...rect, columnCount: 1 }, side: 'left' };
    case 'EdgeRight':
      return { rect: { ...rect, column: right, columnCount: 1 }, side: 'right' };
    case 'InsideHorizontal':
      return rect.rowCount > 1 ? { rect: { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 }, side: 'top' } : null;
    case 'InsideVertical':
      return rect.columnCount > 1 ? { rect: { ...rect, column: rect.column + 1, columnCount: rect.columnCount - 1 }, side: 'left' } : null;
    case 'DiagonalDown':
      return { rect, side: 'diagonalDown' };
    case 'DiagonalUp':
      return { rect, side: 'diagonalUp' };
  }
}

/** `Excel.RangeBorderCollection`: `getItem(index)` for each side. */
export class RangeBorderCollection extends ClientObject<RangeRef> {
  constructor(context: RequestContext, origin: Origin<RangeRef>) {
    super(context, origin, 'RangeBorderCollection');
  }

  getItem(index: BorderIndex): RangeBorder {
    return new RangeBorder(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getItem', args: [index] },
      resolve: this.derive((range) => {
        if (!BORDER_INDEXES.includes(index)) throw hostError(ErrorCodes.invalidArgument, 'RangeBorderCollection.getItem');
        return { range, index };
      }),
    });
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<RangeRef>>> {
    return {};
  }
}

/** A border line property, read across the cells the index covers. */
function lineProperty<V>(
  location: string,
  get: (line: BorderLine | undefined) => V,
  accept: (value: unknown) => V | null,
  put: (line: BorderLine | undefined, value: V) => BorderLine | undefined,
): ScalarProperty<BorderRef> {
  return {
    read: ({ range, index }) => {
      const cells = borderCells(range.rect, index);
      const fallback = get(undefined);
      return cells ? uniform({ sheet: range.sheet, rect: cells.rect }, (style) => get(style?.borders?.[cells.side])) : fallback;
    },
    write: ({ range, index }, value, context) => {
      const accepted = accept(value);
      if (accepted === null) throw hostError(ErrorCodes.invalidArgument, location);
      const cells = borderCells(range.rect, index);
      if (!cells) return;
      restyle({ sheet: range.sheet, rect: cells.rect }, context, `${location}:${cells.side}=${String(accepted)}`, (style) => ({
        ...style,
        borders: { ...style.borders, [cells.side]: put(style.borders?.[cells.side], accepted) },
      }));
    },
  };
}

/**
 * Setting a color or weight where there is no line draws a continuous one (a guess: Excel
 * shows no border without a style).
 */
function lineWith(line: BorderLine | undefined, change: Partial<BorderLine>): BorderLine {
  return { ...DEFAULT_STYLE.border, style: 'Continuous', ...line, ...change };
}

const BORDER_PROPERTIES: Readonly<Record<string, ScalarProperty<BorderRef>>> = {
  sideIndex: { read: ({ index }) => index },
  style: lineProperty(
    'RangeBorder.style',
    (line) => line?.style ?? DEFAULT_STYLE.border.style,
    oneOf(BORDER_STYLES),
    (line, style) => (style === 'None' ? undefined : lineWith(line, { style })),
  ),
  color: lineProperty(
    'RangeBorder.color',
    (line) => line?.color ?? DEFAULT_STYLE.border.color,
    normalizeColor,
    (line, color) => lineWith(line, { color }),
  ),
  weight: lineProperty(
    'RangeBorder.weight',
    (line) => line?.weight ?? DEFAULT_STYLE.border.weight,
    oneOf(BORDER_WEIGHTS),
    (line, weight) => lineWith(line, { weight }),
  ),
};

/** `Excel.RangeBorder`. */
export class RangeBorder extends ClientObject<BorderRef> {
  constructor(context: RequestContext, origin: Origin<BorderRef>) {
    super(context, origin, 'RangeBorder');
  }

  get sideIndex(): string {
    return this.read('sideIndex');
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.write('style', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value);
  }
  get weight(): string {
    return this.read('weight');
  }
  set weight(value: string) {
    this.write('weight', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<BorderRef>>> {
    return BORDER_PROPERTIES;
  }
}
