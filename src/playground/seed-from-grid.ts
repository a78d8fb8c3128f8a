import type { Grid } from '../domain/grid';
import { a1 } from '../domain/grid';
import { serialFromDate } from '../domain/host-cells';
import { CellError } from '../excel-sim/cell-value';
import type { SeedCell, SheetSeed } from '../excel-sim';
import { LOG_MARKER, REPORT_MARKER } from '../report/marker';

/**
 * A domain grid (what a file reader produced) as the simulator's seed, so one workbook can
 * be read by both adapters (the file reader and Office.js over the in-memory Excel), Cuadre's
 * report marker included.
 */
export function seedFromGrid(grid: Grid, numberFormat = '#,##0.00'): SheetSeed {
  const cells = grid.cells.map((row) =>
    row.map((cell): SeedCell => {
      if (cell === undefined) return undefined;
      switch (cell.kind) {
        case 'number':
          return { value: cell.value, numberFormat };
        case 'date':
          return { value: serialFromDate(cell.value), numberFormat: 'd/m/yyyy' };
        case 'uncalculated':
          return { formula: `=${cell.formula.replace(/^=/, '')}` };
        case 'text':
          // Text Excel hands over as a string, even where it spells an error value (`#N/A` typed as text).
          return CellError.parse(cell.value) ? { value: cell.value, text: true } : cell.value;
        case 'error':
        case 'boolean':
          return cell.value;
      }
    }),
  );
  const names = { ...(grid.isReport ? { [REPORT_MARKER]: 'A1' } : {}), ...(grid.isLog ? { [LOG_MARKER]: 'A1' } : {}) };
  return { name: grid.sheet, cells, origin: a1(grid.top, grid.left), ...(Object.keys(names).length > 0 ? { names } : {}) };
}
