import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { copyWithReportSheet } from './package-copy';
import { DamagedZip } from './zip-reader';
import { ReportError } from '../report/errors';
import type { CellStyle, LayoutValue, SheetLayout } from '../report/layout';
import { REPORT_MARKER, REPORT_MARKER_CELL } from '../report/marker';

/** Writes a report layout (src/report) into an exceljs worksheet, cell by cell. */
export function renderLayout(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  for (const { row, col, value, style } of layout.cells) {
    const cell = worksheet.getCell(row, col);
    if (value !== undefined) cell.value = cellValue(value);
    applyStyle(cell, style, layout.font);
  }
  for (const { top, left, bottom, right } of layout.merges) worksheet.mergeCells(top, left, bottom, right);
  for (const { row, height } of layout.rowHeights) worksheet.getRow(row).height = height;
  worksheet.views = [{ state: 'frozen', ySplit: layout.frozenRows, xSplit: 0, topLeftCell: `A${layout.frozenRows + 1}` }];
  const { print } = layout;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: print.orientation,
    paperSize: PAPER_SIZE[print.paper],
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}`,
    horizontalCentered: print.centerHorizontally,
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&C${print.footer}` };
}

/** Excel's paper size codes. */
const PAPER_SIZE = { A4: 9 } as const;

function cellValue(value: LayoutValue): ExcelJS.CellValue {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.value;
    case 'formula':
      // exceljs wants the formula without `=`; the result is cached for viewers that do not recalculate.
      return { formula: value.formula.replace(/^=/, ''), result: value.result };
  }
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle, font: SheetLayout['font']): void {
  cell.font = { name: font.name, size: style.size ?? font.size, bold: style.bold ?? false, italic: style.italic ?? false };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (style.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.alignment = { horizontal: style.horizontal, vertical: style.vertical ?? 'middle', wrapText: style.wrap ?? false };
}

export interface WriteReportRequest {
  /** The analysts' workbook; read, never written. */
  readonly input: string;
  /** Where the workbook with the report sheet goes; must not be `input`. */
  readonly output: string;
  readonly layout: SheetLayout;
  /** The name wanted (e.g. from `reportSheetName`); numbered ` (2)`… if the input already has it. */
  readonly sheetName: string;
}

export interface WriteReportResult {
  /** The name the report sheet got. */
  readonly sheetName: string;
}

/**
 * Copies the input workbook to `output` with the report as a new sheet, marked as Cuadre's:
 * the original package with the sheet's parts added (package-copy.ts), every other part byte
 * for byte. Never a partial or empty output: the copy is renamed into place when whole.
 */
export async function writeReportFile(request: WriteReportRequest): Promise<WriteReportResult> {
  const { input, output } = request;
  if (await sameFile(input, output)) {
    throw new ReportError('same-file', {
      es: `El informe no se escribe sobre el libro de origen (${basename(input)}): indique otro archivo con --out.`,
      en: `The report is not written over the source workbook (${basename(input)}): give another file with --out.`,
    });
  }
  try {
    return await copyWithReportSheet(request);
  } catch (e) {
    const path = (e as NodeJS.ErrnoException).path;
    if (e instanceof DamagedZip || path === input || (path === undefined && !(e instanceof Error && 'code' in e))) {
      throw new ReportError('unreadable-input', {
        es: `No se pudo leer el libro ${input}: ${reason(e)}`,
        en: `Could not read workbook ${input}: ${reason(e)}`,
      });
    }
    throw new ReportError('unwritable-output', {
      es: `No se pudo escribir ${output}: ${reason(e)}`,
      en: `Could not write ${output}: ${reason(e)}`,
    });
  }
}

/** The same file under two names (a path, a symbolic or hard link): same device and inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (sa !== null && sb !== null) return sa.dev === sb.dev && sa.ino === sb.ino;
  return resolve(a) === resolve(b);
}

interface DefinedNameModel {
  readonly name: string;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}

/**
 * Cuadre's report marker (src/report/marker.ts): a defined name scoped to each report sheet.
 * exceljs's own model of defined names has no sheet scope (it writes `localSheetId` only for the
 * print titles it adds itself): it would turn the markers of earlier reports in the input into
 * workbook names, and those would no longer mark their sheets. So the markers are taken out of
 * its list and written back, scoped, for the earlier reports (found by the sheet their reference
 * names) and for the new one.
 */
export function markAsReport(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet): void {
  const names = workbook.definedNames as unknown as { model: DefinedNameModel[] };
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model');
  if (!inherited?.get || !inherited.set) throw new Error('exceljs: DefinedNames has no model property');
  const { get, set } = inherited;
  const isMarker = (n: DefinedNameModel): boolean => n.name.toUpperCase() === REPORT_MARKER.toUpperCase();
  // The sheet's place among the sheets exceljs writes, which is what `localSheetId` counts.
  const markerOf = (sheet: ExcelJS.Worksheet): DefinedNameModel => ({
    name: REPORT_MARKER,
    ranges: [`'${sheet.name.replace(/'/g, "''")}'!${REPORT_MARKER_CELL}`],
    localSheetId: workbook.worksheets.indexOf(sheet),
  });
  Object.defineProperty(names, 'model', {
    configurable: true,
    get: () => {
      const all = get.call(names) as DefinedNameModel[];
      const earlier = all.filter(isMarker).flatMap((n) => n.ranges.map(sheetOfReference));
      const reports = workbook.worksheets.filter((sheet) => sheet === worksheet || earlier.includes(sheet.name));
      return [...all.filter((n) => !isMarker(n)), ...reports.map(markerOf)];
    },
    set: (value: DefinedNameModel[]) => {
      set.call(names, value);
    },
  });
}

/** The sheet a reference names: `'Informe 2024'!$A$1` → `Informe 2024`, `Hoja1!A1` → `Hoja1`. */
function sheetOfReference(reference: string): string {
  const quoted = /^'((?:[^']|'')+)'!/.exec(reference);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  return reference.slice(0, Math.max(0, reference.indexOf('!')));
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));
