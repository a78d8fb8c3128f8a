import { join } from 'node:path';
import { filePorts } from '../../src/cli/file-ports';
import { run } from '../../src/cli/main';
import { checkWorkbook } from '../../src/workflow/check';
import { hostileBooks } from '../../test/support/hostile-workbooks';
import { gridFrom } from '../../test/support/workbook-builder';
import type { BenchPart } from '../part';

/**
 * `cuadre check --json` on the bundled sample, in process through the real file ports: what
 * reading, locating, reconciling and printing the memo's table costs once Node is up (the
 * first runs warm the JIT and are not counted). And the slowest workbook of the hostile corpus
 * for the checks alone, from its grids: the shapes that were once quadratic are in it.
 */

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'recaudacion-2024.xlsx');
const WARM_UP = 5;
const RUNS = 30;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function checkSample(): Promise<number> {
  let stderr = '';
  const started = process.hrtime.bigint();
  const code = await run(['check', SAMPLE, '--json'], { stdout: () => undefined, stderr: (t) => (stderr += t) }, filePorts);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The memo's table has one error by design (MORA short of its components): anything else is no measurement.
  if (code !== 1) throw new Error(`cuadre check on the sample exited ${code}: ${stderr.trim()}`);
  return ms;
}

/** The tests' default seed (test/hostile/cli-corpus.test.ts). */
const CORPUS_SEED = 20_240_101;

function slowestCorpusBook(): { book: string; ms: number } {
  let slowest = { book: '', ms: -1 };
  for (const book of hostileBooks(CORPUS_SEED)) {
    const sheets = book.sheets.map((s) => gridFrom(s.rows, { sheet: s.name, top: s.top ?? 1, left: s.left ?? 1 }));
    const started = process.hrtime.bigint();
    checkWorkbook({ sheets });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (ms > slowest.ms) slowest = { book: book.name, ms: Math.round(ms) };
  }
  return slowest;
}

export const part: BenchPart = {
  title: `cuadre check on the sample, in process (median of ${RUNS})`,
  run: async () => {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const ms = await checkSample();
      if (i >= WARM_UP) times.push(ms);
    }
    return {
      check: {
        sampleMedianMs: Math.round(median(times) * 100) / 100,
        runs: RUNS,
        corpusBooks: hostileBooks(CORPUS_SEED).length,
        corpusSlowest: slowestCorpusBook(),
      },
    };
  },
};
