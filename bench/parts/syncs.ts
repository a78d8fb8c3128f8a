import { join } from 'node:path';
import type { Grid } from '../../src/domain/grid';
import { createOfficeHost } from '../../src/excel/host';
import { createExcelSim } from '../../src/excel-sim';
import { seedFromGrid } from '../../src/playground/seed-from-grid';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { planAuditLog } from '../../src/workflow/audit-log';
import { checkOpenWorkbook } from '../../src/workflow/check';
import { SheetChoice } from '../../src/workflow/choose-sheet';
import { planReport, writable } from '../../src/workflow/report-plan';
import { DEFAULT_SETTINGS } from '../../src/workflow/settings';
import type { BenchPart } from '../part';

/**
 * Round trips of each add-in action on the in-memory Excel (which counts syncs and payload
 * bytes as Excel on the web would), on the sample and on a sheet of 200,000 used rows.
 */

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'recaudacion-2024.xlsx');
const LARGE_ROWS = 200_000;

function officeOver(grids: readonly Grid[]) {
  const sim = createExcelSim({ sheets: grids.map((g) => seedFromGrid(g)) });
  const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
  return { sim, host };
}

async function counted(sim: ReturnType<typeof createExcelSim>, action: () => Promise<unknown>): Promise<number> {
  sim.stats.reset();
  await action();
  return sim.stats.syncs;
}

export const part: BenchPart = {
  title: 'context.sync() calls per action, on the sample and on 200,000 rows (in-memory Excel)',
  run: async () => {
    const sample = await readWorkbookFile(SAMPLE);
    const { sim, host } = officeOver(sample.sheets);
    let checked = null as Awaited<ReturnType<typeof checkOpenWorkbook>> | null;
    const check = await counted(sim, async () => (checked = await checkOpenWorkbook(host, DEFAULT_SETTINGS, 'es', () => undefined)));
    if (!checked) throw new Error('the sample did not reconcile');
    const rec = checked.reconciliation;
    const highlight = await counted(sim, () => host.highlight(rec.findings));
    // Whether «Quitar resaltado» is offered, asked after each highlight: the record is in the settings, no sync.
    const highlightsOn = await counted(sim, () => host.highlightsOn());
    const clear = await counted(sim, () => host.clearHighlights());
    // Listening to sheet activations («Ir a la hoja» only from elsewhere), once when the pane opens.
    const listenActivations = await counted(sim, () => host.onSheetActivated(() => undefined));
    const report = await counted(sim, () => host.insertReport(writable(planReport(rec, { adjustments: 'propagate', chart: true, lang: 'es', generatedOn: { year: 2025, month: 5, day: 13 } }))));
    // The audit log's first row (the sheet made) and a later one, with the report's sheet in the workbook.
    const row = () => planAuditLog([{ at: { year: 2025, month: 5, day: 13, hour: 9, minute: 30, second: 0 }, reconciliation: rec }]);
    const auditLogFirst = await counted(sim, () => host.appendAuditRows(row()));
    const auditLogNext = await counted(sim, () => host.appendAuditRows(row()));

    const first = sample.sheets[0]!;
    const tall: Grid = {
      ...first,
      cells: [...first.cells, ...Array.from({ length: LARGE_ROWS }, (_, i) => [{ kind: 'text' as const, value: `Movimiento ${i}` }, { kind: 'number' as const, value: i * 1.25 }, { kind: 'text' as const, value: 'Quito' }])],
    };
    const large = officeOver([tall]);
    const started = Date.now();
    const largeSyncs = await counted(large.sim, () => large.host.readWorkbook(new SheetChoice(DEFAULT_SETTINGS, 'es').request(), () => undefined));
    return {
      syncs: { check, highlight, highlightsOn, clearHighlights: clear, listenActivations, report, auditLogFirst, auditLogNext },
      large: { rows: tall.cells.length, syncs: largeSyncs, maxPayloadBytes: large.sim.stats.maxPayloadBytes, readMs: Date.now() - started },
    };
  },
};
