import { StyleTable } from './cell-style';
import type { ErrorCode } from './rich-api-error';
import { ErrorCodes } from './rich-api-error';
import { recalculate } from './recalculation';
import { SheetModel } from './sheet-model';

/** A custom XML part kept in the file (ExcelApi 1.5). */
export interface CustomXmlPartModel {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

const FORBIDDEN_IN_SHEET_NAMES = /[:\\/?*[\]]/;

/**
 * The workbook as the host holds it: sheets in tab order, the active one, shared styles, and
 * what is pending recalculation. It knows nothing of proxies or requests.
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly styles = new StyleTable();
  readonly customXmlParts: CustomXmlPartModel[] = [];
  /** Serials count from 1904 (File › Options › Advanced: «Use 1904 date system»), not 1900. */
  date1904 = false;
  private partsCreated = 0;
  /** Entries the add-in left on the user's undo stack (one per writing sync, or per merged run). */
  undoEntries = 0;
  private activeSheetModel: SheetModel | undefined;
  private sheetsCreated = 0;
  private chartsCreated = 0;
  private dirty = false;

  get activeSheet(): SheetModel {
    const sheet = this.activeSheetModel ?? this.sheets[0];
    if (!sheet) throw new Error('excel-sim: a workbook always has a sheet');
    return sheet;
  }

  set activeSheet(sheet: SheetModel) {
    this.activeSheetModel = sheet;
  }

  /** Sheet names are matched without regard to case, as in Excel. */
  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  sheetByKey(key: string): SheetModel | undefined {
    return this.sheet(key) ?? this.sheets.find((sheet) => sheet.id === key);
  }

  /**
   * Why `name` cannot name a sheet, or null: 1–31 characters, none of `: \ / ? * [ ]`, no
   * leading or trailing apostrophe, not taken by another sheet.
   */
  sheetNameProblem(name: string, renaming?: SheetModel): ErrorCode | null {
    const malformed = name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAMES.test(name) || name.startsWith("'") || name.endsWith("'");
    if (malformed) return ErrorCodes.invalidArgument;
    const holder = this.sheet(name);
    return holder && holder !== renaming ? ErrorCodes.itemAlreadyExists : null;
  }

  /** Adds a sheet at the end; without a name it gets the first free `SheetN`. */
  addSheet(name?: string): SheetModel {
    this.sheetsCreated++;
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) {
      if (!this.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
    }
    const id = `{00000000-${this.sheetsCreated.toString(16).toUpperCase().padStart(4, '0')}-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Ids as Excel 2016 gives them to a file it opens (office-js #297, #1390): by position,
   * `{00000000-0001-0000-000N-000000000000}`, whatever the sheet had before.
   */
  renumberSheets(): void {
    this.sheets.forEach((sheet, i) => {
      sheet.id = `{00000000-0001-0000-${i.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
    });
  }

  addCustomXmlPart(xml: string, namespaceUri: string): CustomXmlPartModel {
    this.partsCreated++;
    const part = { id: `{C0570000-0000-0000-0000-${this.partsCreated.toString(16).toUpperCase().padStart(12, '0')}}`, namespaceUri, xml };
    this.customXmlParts.push(part);
    return part;
  }

  deleteCustomXmlPart(part: CustomXmlPartModel): void {
    const index = this.customXmlParts.indexOf(part);
    if (index >= 0) this.customXmlParts.splice(index, 1);
  }

  /** Excel numbers charts across the workbook: Chart 1, Chart 2… */
  nextChart(): { id: string; name: string } {
    this.chartsCreated++;
    return { id: `{CHART-${this.chartsCreated}}`, name: `Chart ${this.chartsCreated}` };
  }

  /** Values or formulas changed: dependent formulas need recalculating. */
  markDirty(): void {
    this.dirty = true;
  }

  recalculateIfDirty(): void {
    if (!this.dirty) return;
    this.dirty = false;
    recalculate(this);
  }
}
