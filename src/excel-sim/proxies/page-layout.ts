import { MAX_COLUMNS } from '../a1';
import { rangeArgument } from '../range-argument';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { PageZoom, SheetModel } from '../sheet-model';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import { Range } from './range';

/** `Excel.PageLayout` (ExcelApi 1.9): orientation, print zoom or fit to pages, print title rows. */
export class PageLayout extends ClientObject<SheetModel> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'PageLayout');
  }

  get orientation(): 'Portrait' | 'Landscape' {
    return this.read('orientation');
  }
  set orientation(value: 'Portrait' | 'Landscape') {
    this.write('orientation', value);
  }

  /**
   * Set as a whole object (`zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }`): setting
   * `zoom.scale` alone reads `zoom` first, which throws unless loaded, as documented.
   */
  get zoom(): PageZoom {
    return this.read('zoom');
  }
  set zoom(value: PageZoom) {
    this.write('zoom', value);
  }

  /** The page headers and footers (ExcelApi 1.9, like the rest of the page layout). */
  get headersFooters(): HeaderFooterGroup {
    return this.child(
      'headersFooters',
      () =>
        new HeaderFooterGroup(
          this.context,
          this.property('headersFooters', (sheet) => sheet),
        ),
    );
  }

  /** Rows repeated at the top of every printed page: a Range or an address such as `$1:$3`. */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this.enqueueOn('Method', 'setPrintTitleRows', [printTitleRows], 'edit', (sheet) => {
      const { rect } = rangeArgument(printTitleRows, this.context.host.workbook, sheet, 'PageLayout.setPrintTitleRows');
      sheet.pageLayout.printTitleRows = { row: rect.row, column: 0, rowCount: rect.rowCount, columnCount: MAX_COLUMNS };
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    const range = new Range(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getPrintTitleRowsOrNullObject', args: [] },
      resolve: this.derive((sheet) => {
        const rect = sheet.pageLayout.printTitleRows;
        return rect ? { sheet, rect } : null;
      }),
    });
    range.instantiateNow();
    return range;
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<SheetModel>>> {
    return PAGE_LAYOUT_PROPERTIES;
  }
}

/** A zoom is a scale of 10–400 % or a number of pages across and down (0: as many as needed). */
function acceptZoom(value: unknown): PageZoom | null {
  if (typeof value !== 'object' || value === null) return null;
  const { scale, horizontalFitToPages, verticalFitToPages } = value as Record<string, unknown>;
  if (scale !== undefined) {
    return typeof scale === 'number' && scale >= 10 && scale <= 400 ? { scale } : null;
  }
  const pages = (n: unknown): n is number | undefined => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
  if (!pages(horizontalFitToPages) || !pages(verticalFitToPages)) return null;
  return { horizontalFitToPages: horizontalFitToPages ?? 1, verticalFitToPages: verticalFitToPages ?? 1 };
}

const PAGE_LAYOUT_PROPERTIES: Readonly<Record<string, ScalarProperty<SheetModel>>> = {
  orientation: {
    read: (sheet) => sheet.pageLayout.orientation,
    write: (sheet, value) => {
      if (value !== 'Portrait' && value !== 'Landscape') throw hostError(ErrorCodes.invalidArgument, 'PageLayout.orientation');
      sheet.pageLayout.orientation = value;
    },
  },
  zoom: {
    read: (sheet) => ({ ...sheet.pageLayout.zoom }),
    write: (sheet, value) => {
      const zoom = acceptZoom(value);
      if (!zoom) throw hostError(ErrorCodes.invalidArgument, 'PageLayout.zoom');
      sheet.pageLayout.zoom = zoom;
    },
  },
};

/**
 * `Excel.HeaderFooterGroup`: only the footer of all pages is modelled (`defaultForAllPages`), the
 * one the report writes; first, odd and even pages are not.
 */
export class HeaderFooterGroup extends ClientObject<SheetModel> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'HeaderFooterGroup');
  }

  get defaultForAllPages(): HeaderFooter {
    return this.child(
      'defaultForAllPages',
      () =>
        new HeaderFooter(
          this.context,
          this.property('defaultForAllPages', (sheet) => sheet),
        ),
    );
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<SheetModel>>> {
    return {};
  }
}

/** `Excel.HeaderFooter`: the centred footer, as text with Excel's codes (`Página &P de &N`). */
export class HeaderFooter extends ClientObject<SheetModel> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'HeaderFooter');
  }

  get centerFooter(): string {
    return this.read('centerFooter');
  }
  set centerFooter(value: string) {
    this.write('centerFooter', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<SheetModel>>> {
    return HEADER_FOOTER_PROPERTIES;
  }
}

const HEADER_FOOTER_PROPERTIES: Readonly<Record<string, ScalarProperty<SheetModel>>> = {
  centerFooter: {
    read: (sheet) => sheet.pageLayout.centerFooter,
    write: (sheet, value) => {
      // Excel limits a header or footer section to 255 characters.
      if (typeof value !== 'string' || value.length > 255) throw hostError(ErrorCodes.invalidArgument, 'HeaderFooter.centerFooter');
      sheet.pageLayout.centerFooter = value;
    },
  },
};
