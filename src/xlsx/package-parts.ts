import { LOG_MARKER, REPORT_MARKER } from '../report/marker';
import type { XmlHandler } from './xml-scan';

/**
 * The parts of an .xlsx around its sheets, each read by a small XML handler: relationships
 * (which part is what), the workbook (sheets in tab order, date system, active tab), the
 * styles (which number format each cell style has) and the shared string table.
 */

export interface Relationship {
  readonly type: string;
  /** The target part's path inside the zip, resolved against the part that points at it. */
  readonly target: string;
}

/** `Relationship` elements by id; `base` is the folder of the part the relationships belong to. */
export function relationshipsHandler(base: string): XmlHandler & { readonly byId: Map<string, Relationship> } {
  const byId = new Map<string, Relationship>();
  return {
    byId,
    open(name, a) {
      if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined || a.TargetMode === 'External') return;
      byId.set(a.Id, { type: a.Type ?? '', target: resolvePart(base, a.Target) });
    },
    close() {},
    text() {},
  };
}

/** `worksheets/sheet1.xml` from `xl/` is `xl/worksheets/sheet1.xml`; `/xl/…` is from the root. */
function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter((p) => p !== '');
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Relationship types end with the kind of part (`…/officeDocument`, `…/worksheet`). */
export const isRelationship = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

export interface WorkbookPart {
  /** The part is a spreadsheet's workbook (and not, say, a word processor's document). */
  isWorkbook: boolean;
  readonly sheets: { readonly name: string; readonly relationship: string }[];
  date1904: boolean;
  activeTab: number | undefined;
  /** `calcPr fullCalcOnLoad`: the file asks to be recalculated when opened, so its cached results are not results. */
  fullCalcOnLoad: boolean;
  /** Positions in `sheets` of the sheets that carry Cuadre's report marker (`localSheetId` of its defined name). */
  readonly reportSheets: Set<number>;
  /** Positions in `sheets` of the sheets that carry Cuadre's audit-log marker. */
  readonly logSheets: Set<number>;
}

export function workbookHandler(): XmlHandler & { readonly workbook: WorkbookPart } {
  const workbook: WorkbookPart = {
    isWorkbook: false,
    sheets: [],
    date1904: false,
    activeTab: undefined,
    fullCalcOnLoad: false,
    reportSheets: new Set(),
    logSheets: new Set(),
  };
  let views = 0;
  return {
    workbook,
    open(name, a) {
      if (name === 'workbook') workbook.isWorkbook = true;
      else if (name === 'sheet' && a.name !== undefined && a.id !== undefined) workbook.sheets.push({ name: a.name, relationship: a.id });
      else if (name === 'workbookPr') workbook.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'calcPr') workbook.fullCalcOnLoad = a.fullCalcOnLoad === '1' || a.fullCalcOnLoad === 'true';
      // The first window's active tab; Excel leaves the attribute out when it is the first sheet.
      else if (name === 'workbookView' && views++ === 0 && a.activeTab !== undefined) workbook.activeTab = Number.parseInt(a.activeTab, 10);
      // Cuadre's report marker (src/report/marker.ts): its name, scoped to a sheet. Names are not case-sensitive.
      else if (name === 'definedName' && a.name?.toUpperCase() === REPORT_MARKER.toUpperCase() && a.localSheetId !== undefined)
        workbook.reportSheets.add(Number.parseInt(a.localSheetId, 10));
      else if (name === 'definedName' && a.name?.toUpperCase() === LOG_MARKER.toUpperCase() && a.localSheetId !== undefined)
        workbook.logSheets.add(Number.parseInt(a.localSheetId, 10));
    },
    close() {},
    text() {},
  };
}

/** Excel's built-in number formats that have a code of their own in every locale. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format code of each cell style (the `s` of a cell), in style order. */
export function stylesHandler(): XmlHandler & { formats(): (string | undefined)[] } {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  return {
    formats: () => formatIds.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id]),
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number.parseInt(a.numFmtId, 10), a.formatCode);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number.parseInt(a.numFmtId ?? '0', 10));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  };
}

/**
 * Collects the text a person sees in a string item (`<si>`, or a cell's inline `<is>`): its
 * `<t>` elements, plain or in rich-text runs, without the phonetic guides (`<rPh>`) some
 * East Asian files carry.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text so far, and a fresh start. */
  take(): string {
    if (this.parts.length === 0) return '';
    const text = unescapeExcelText(this.parts.join(''));
    this.parts = [];
    return text;
  }
}

/** Excel keeps characters XML cannot hold as `_xHHHH_` (a literal `_x…_` as `_x005F_x…_`). */
function unescapeExcelText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function sharedStringsHandler(): XmlHandler & { readonly strings: string[] } {
  const strings: string[] = [];
  const item = new StringItem();
  return {
    strings,
    open: (name) => item.open(name),
    close(name) {
      if (name === 'si') strings.push(item.take());
      else item.close(name);
    },
    text: (text) => item.text(text),
  };
}
