import type { CalendarDate, Grid, Workbook } from '../../src/domain/grid';
import { createOfficeHost } from '../../src/excel/host';
import { type ExcelSim, type ExcelSimOptions, createExcelSim } from '../../src/excel-sim';
import { seedFromGrid } from '../../src/playground/seed-from-grid';
import { SheetChoice } from '../../src/workflow/choose-sheet';
import type { CuadreHost, ReadProgress } from '../../src/workflow/port';
import { type CheckSettings, DEFAULT_SETTINGS } from '../../src/workflow/settings';

/** The in-memory Excel loaded with grids, and the add-in's Office host over it. */
export interface SimulatedOffice {
  readonly sim: ExcelSim;
  readonly host: CuadreHost;
}

export const REPORT_DAY: CalendarDate = { year: 2025, month: 5, day: 13 };

export function officeWith(grids: readonly Grid[], options: Omit<ExcelSimOptions, 'sheets'> = {}): SimulatedOffice {
  const sim = createExcelSim({ ...options, sheets: grids.map((g) => seedFromGrid(g)) });
  const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
  return { sim, host };
}

/** What the pane's check reads through the host: the sheets the workflow's sheet choice asks for. */
export function readForCheck(
  host: Pick<CuadreHost, 'readWorkbook'>,
  onProgress: (p: ReadProgress) => void = () => undefined,
  settings: CheckSettings = DEFAULT_SETTINGS,
): Promise<Workbook> {
  return host.readWorkbook(new SheetChoice(settings, 'es').request(), onProgress);
}
