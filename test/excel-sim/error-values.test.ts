import { EXCEL_ERROR_VALUES } from '../../src/domain/host-cells';
import { ERROR_CODES } from '../../src/excel-sim/cell-value';

/**
 * The in-memory Excel keeps its own list of error values (it imports nothing from the engine);
 * the add-in reads with the domain's. Both describe the same Excel.
 */
describe("Excel's error values", () => {
  it('are the same for the simulated host and for the add-in that reads it', () => {
    expect([...ERROR_CODES]).toEqual([...EXCEL_ERROR_VALUES]);
  });
});
