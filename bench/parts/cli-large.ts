import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TALL_ROWS, tallWorkbook } from '../../test/support/tall-workbook';
import type { BenchPart } from '../part';

/**
 * The installed command on a large file: the memo's table above 200,000 rows of unrelated data
 * (test/support/tall-workbook.ts, generated into a temporary folder), checked by
 * `node bin/cuadre.js check FILE --json` as a child process. Time is the wall clock around the
 * process, Node's start included; memory is the child's peak resident set size.
 *
 * `CUADRE_BENCH_BASELINE=<other checkout>/bin/cuadre.js` also times that build of the command on
 * the same file, its runs taking turns with this one's, so that a change is measured against
 * what it replaces in one run, on one machine's load (`cli200k.baseline`).
 */

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'cuadre.js');
const REPORT_MAX_RSS = join(__dirname, '..', 'report-max-rss.js');
const RUNS = 3;

const BASELINE = process.env.CUADRE_BENCH_BASELINE;

interface Run {
  readonly ms: number;
  readonly peakRssKb: number;
}

function checkAsProcess(file: string, bin = BIN): Run {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', REPORT_MAX_RSS, bin, 'check', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The memo's table is found at the top and has its one error: anything else is no measurement.
  const range = child.status === 1 ? (JSON.parse(child.stdout) as { table: { range: string } | null }).table?.range : undefined;
  if (range !== 'A4:H19') throw new Error(`cuadre check on the large file exited ${child.status}: ${child.stderr.trim()}`);
  return { ms, peakRssKb: Number(child.output[3]) };
}

/** `cuadre report FILE --out OUT` on the same file: the check, then the package copy with the report sheet. */
function reportAsProcess(file: string, out: string): Run {
  rmSync(out, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', REPORT_MAX_RSS, BIN, 'report', file, '--out', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The memo's one error is on its totals row: the report resolves it, so a final report (exit 0).
  if (child.status !== 0 || statSync(out).size <= statSync(file).size)
    throw new Error(`cuadre report on the large file exited ${child.status}: ${child.stderr.trim()}`);
  return { ms, peakRssKb: Number(child.output[3]) };
}

function summary(runs: Run[]): { ms: number; peakRssMb: number } {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ms: Math.round(sorted[RUNS >> 1]!.ms), peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssKb)) / 1024) };
}

export const part: BenchPart = {
  title: `cuadre check and cuadre report as processes on the memo's table above ${TALL_ROWS} rows (median of ${RUNS})`,
  run: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cuadre-bench-'));
    try {
      const file = join(dir, 'recaudacion-y-detalle.xlsx');
      writeFileSync(file, tallWorkbook());
      const [runs, baseline, reports]: [Run[], Run[], Run[]] = [[], [], []];
      for (let i = 0; i < RUNS; i++) {
        if (BASELINE) baseline.push(checkAsProcess(file, BASELINE));
        runs.push(checkAsProcess(file));
        reports.push(reportAsProcess(file, join(dir, 'informe.xlsx')));
      }
      return {
        cli200k: {
          rows: TALL_ROWS,
          fileMb: Math.round(statSync(file).size / 1e4) / 100,
          ...summary(runs),
          ...(BASELINE ? { baseline: { bin: BASELINE, ...summary(baseline) } } : {}),
        },
        // The contract's budget: at most 1.5 times cli200k's time and 400 MB (issue 10).
        report200k: { rows: TALL_ROWS, ...summary(reports), ofCli200k: Math.round((summary(reports).ms / summary(runs).ms) * 100) / 100 },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
