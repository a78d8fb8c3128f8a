import type { Finding } from '../../src/domain/findings';
import { createOfficeHost } from '../../src/excel/host';
import { createExcelSim } from '../../src/excel-sim';
import { seedFromGrid } from '../../src/playground/seed-from-grid';
import { checkWorkbook } from '../../src/workflow/check';
import { WEB_PAYLOAD_LIMIT_BYTES } from '../../src/excel-sim/profiles';
import { hostileBooks } from '../../test/support/hostile-workbooks';
import { readForCheck } from '../../test/support/office-sim';
import { gridFrom, memoGrid } from '../../test/support/workbook-builder';
import type { Grid } from '../../src/domain/grid';
import type { BenchPart } from '../part';

/**
 * Highlighting and taking away many findings on Excel on the web (the in-memory Excel counts
 * the bytes of every request): 10,000 findings on cells no two of which are neighbours, and the
 * hostile corpus's workbook of twelve thousand month rows (about 36,000 findings). Every
 * request must stay under the web's 5 MB.
 */

const HOSTILE = 'doce mil filas de meses, CONVENIOS en blanco salvo la última';

function scattered(sheet: string, count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => {
    const column = String.fromCharCode(65 + 2 * (i % 13));
    const row = 1000 + 2 * Math.floor(i / 13);
    return { code: 'total.mismatch', severity: 'error', sheet, cell: `${column}${row}`, message: `Celda ${column}${row}: revise el total.` } as Finding;
  });
}

async function measure(grids: readonly Grid[], findingsOf: (host: ReturnType<typeof createOfficeHost>) => Promise<readonly Finding[]>) {
  const sim = createExcelSim({ sheets: grids.map((g) => seedFromGrid(g)) });
  const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
  const findings = await findingsOf(host);
  sim.stats.reset();
  let started = Date.now();
  await host.highlight(findings);
  const highlight = { syncs: sim.stats.syncs, maxPayloadBytes: sim.stats.maxPayloadBytes, ms: Date.now() - started };
  sim.stats.reset();
  started = Date.now();
  await host.clearHighlights();
  const clear = { syncs: sim.stats.syncs, maxPayloadBytes: sim.stats.maxPayloadBytes, ms: Date.now() - started };
  const cells = new Set(findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size;
  const maxPayloadBytes = Math.max(highlight.maxPayloadBytes, clear.maxPayloadBytes);
  return { findings: findings.length, cells, highlight, clear, maxPayloadBytes, underWebLimit: maxPayloadBytes < WEB_PAYLOAD_LIMIT_BYTES };
}

export const part: BenchPart = {
  title: 'highlightLarge: highlight and remove 10,000 and ~36,000 findings, syncs and largest request (in-memory Excel on the web)',
  run: async () => {
    const memo = memoGrid();
    const tenThousand = await measure([memo], async () => scattered(memo.sheet, 10_000));
    const book = hostileBooks(2024).find((b) => b.name === HOSTILE);
    if (!book) throw new Error(`the hostile corpus has no «${HOSTILE}»`);
    const grids = book.sheets.map((s) => gridFrom(s.rows, { sheet: s.name, top: s.top ?? 1, left: s.left ?? 1 }));
    const hostile = await measure(grids, async (host) => {
      const choice = checkWorkbook(await readForCheck(host));
      return choice.ok ? choice.reconciliation.findings : [];
    });
    return { highlightLarge: { scattered10000: tenThousand, hostile: { book: HOSTILE, ...hostile } } };
  },
};
