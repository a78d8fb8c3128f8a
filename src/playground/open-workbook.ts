import type { Workbook } from '../domain/grid';
import type { Lang } from '../domain/lang';
import { createOfficeHost } from '../excel/host';
import { type ExcelSim, type SheetSeed, createExcelSim } from '../excel-sim';
import { seedFromGrid } from './seed-from-grid';
import { isWorkbookReadError } from '../xlsx/read-error';
import { readWorkbookBlob } from '../xlsx/read-workbook';
import type { PlaygroundOptions } from './options';

/**
 * «Abrir libro»: a workbook the user picks or drops, read in the browser by the same .xlsx reader
 * as the `cuadre` command, and laid into the in-memory Excel as Excel would hold it once opened:
 * calculated values, text as text, error values, dates as serials with a date format. Nothing
 * leaves the browser.
 */

/** What the in-memory Excel starts from: the workbook's sheets in tab order and the one the file had active. */
export interface OpenedWorkbook {
  /** The file's name, as the page shows it. */
  readonly name: string;
  readonly sheets: readonly SheetSeed[];
  readonly activeSheet?: string;
}

export type OpenOutcome = { readonly ok: true; readonly workbook: OpenedWorkbook } | { readonly ok: false; readonly message: Readonly<Record<Lang, string>> };

export function seedsOf(workbook: Workbook, name: string): OpenedWorkbook {
  const sheets = workbook.sheets.map((grid) => seedFromGrid(grid));
  return workbook.activeSheet === undefined ? { name, sheets } : { name, sheets, activeSheet: workbook.activeSheet };
}

/** Reads the file; a file that is no readable workbook comes back as the reader's message, in both languages. */
export async function openWorkbook(file: Blob, name: string): Promise<OpenOutcome> {
  try {
    return { ok: true, workbook: seedsOf(await readWorkbookBlob(file, name), name) };
  } catch (error) {
    if (isWorkbookReadError(error)) return { ok: false, message: error.messages };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: {
        es: `No se pudo abrir «${name}» (${detail}). Pruebe con otro libro .xlsx.`,
        en: `Could not open "${name}" (${detail}). Try another .xlsx workbook.`,
      },
    };
  }
}

/** The in-memory Excel holding the workbook, and the pane's production Office host over it. */
export interface SimulatedExcel {
  readonly sim: ExcelSim;
  readonly host: ReturnType<typeof createOfficeHost>;
}

export function simulatedExcel(workbook: OpenedWorkbook, options: PlaygroundOptions, settings?: Readonly<Record<string, unknown>>): SimulatedExcel {
  const sim = createExcelSim({
    ...(settings !== undefined ? { settings } : {}),
    sheets: workbook.sheets,
    ...(workbook.activeSheet !== undefined ? { activeSheet: workbook.activeSheet } : {}),
    apiVersion: options.apiVersion,
    displayLanguage: options.displayLanguage,
  });
  return { sim, host: createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office }) };
}
