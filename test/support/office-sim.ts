import type { CalendarDate, Grid } from '../../src/domain/grid';
import { createOfficeHost } from '../../src/excel/host';
import { type ExcelSim, type ExcelSimOptions, createExcelSim } from '../../src/excel-sim';
import { seedFromGrid } from '../../src/excel-sim/seed-from-grid';
import type { CuadreHost } from '../../src/taskpane/host';

/** The in-memory Excel loaded with grids, and the add-in's Office host over it. */
export interface SimulatedOffice {
  readonly sim: ExcelSim;
  readonly host: CuadreHost;
}

export const REPORT_DAY: CalendarDate = { year: 2025, month: 5, day: 13 };

export function officeWith(grids: readonly Grid[], options: Omit<ExcelSimOptions, 'sheets'> = {}): SimulatedOffice {
  const sim = createExcelSim({ ...options, sheets: grids.map((g) => seedFromGrid(g)) });
  const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office, today: () => REPORT_DAY });
  return { sim, host };
}
