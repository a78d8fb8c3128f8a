import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { BenchPart } from '../part';

/**
 * The task pane's JavaScript as Excel downloads it, counted as the build's budget counts it
 * (webpack/size-budget.js): each file gzipped at level 9, summed. `initialGzipKb` is what
 * dist/taskpane.html loads before the pane can paint; `totalGzipKb` adds the chunks it loads
 * later (the checks, the report's layout: src/taskpane/chunks.ts); `cssGzipKb` is its
 * stylesheet (Griffel's, extracted at build time). Office.js (Microsoft's CDN) is not counted.
 * Builds dist/ in production mode first when it holds no pane, or a development build.
 *
 * `CUADRE_BENCH_BASELINE=<other checkout>/bin/cuadre.js` (as for cli200k) also measures that
 * checkout's dist/ when it holds a production build, so one run compares the two.
 */

const ROOT = join(__dirname, '..', '..', '..');
const KB = 1024;

interface PaneFiles {
  readonly initialJs: string[];
  readonly laterJs: string[];
  readonly css: string[];
}

/** The pane page's own files in `dist`, by what loads them; null when there is no pane page. */
function paneFiles(dist: string): PaneFiles | null {
  const page = join(dist, 'taskpane.html');
  if (!existsSync(page)) return null;
  const html = readFileSync(page, 'utf8');
  const local = (refs: string[]) => refs.filter((ref) => !/^(https?:)?\/\//.test(ref)).map((ref) => join(dist, ref));
  const initialJs = local([...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!));
  const css = local([...html.matchAll(/<link[^>]*\shref="?([^"\s>]+\.css)/g)].map((m) => m[1]!));
  // The later chunks: every other script in dist/ but the commands page's.
  const commands = existsSync(join(dist, 'commands.html')) ? readFileSync(join(dist, 'commands.html'), 'utf8') : '';
  const laterJs = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !commands.includes(f))
    .map((f) => join(dist, f))
    .filter((f) => !initialJs.includes(f));
  return { initialJs, laterJs, css };
}

/** Development builds carry source maps; production builds do not (webpack.config.js `devtool`). */
const isProduction = (files: PaneFiles): boolean =>
  files.initialJs.length > 0 && [...files.initialJs, ...files.laterJs].every((f) => existsSync(f) && !existsSync(`${f}.map`));

function buildForProduction(): void {
  // The build's own report goes to stderr: stdout carries only the bench's JSON.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}

const kb = (bytes: number): number => Number((bytes / KB).toFixed(1));
const gzipped = (files: readonly string[]): number => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const brotli = (files: readonly string[]): number =>
  files.reduce((sum, f) => sum + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length, 0);

function measure(files: PaneFiles) {
  const initial = gzipped(files.initialJs);
  return {
    initialGzipKb: kb(initial),
    totalGzipKb: kb(initial + gzipped(files.laterJs)),
    cssGzipKb: kb(gzipped(files.css)),
    initialBrotliKb: kb(brotli(files.initialJs)),
    files: files.initialJs.length + files.laterJs.length,
  };
}

export const part: BenchPart = {
  title: 'task pane JavaScript and CSS, gzipped (production build in dist/)',
  run: () => {
    const dist = join(ROOT, 'dist');
    let files = paneFiles(dist);
    if (files === null || !isProduction(files)) {
      buildForProduction();
      files = paneFiles(dist)!;
    }
    // The build's own budgets (a CommonJS file beside webpack.config.js).
    const { BUDGETS } = require(join(ROOT, 'webpack', 'size-budget.js')) as { BUDGETS: { initial: number; total: number } };
    const now = measure(files);
    const baselineRoot = process.env.CUADRE_BENCH_BASELINE ? dirname(dirname(process.env.CUADRE_BENCH_BASELINE)) : null;
    const baselineFiles = baselineRoot === null ? null : paneFiles(join(baselineRoot, 'dist'));
    return Promise.resolve({
      // The key of earlier rounds: the initial JavaScript, gzipped.
      taskpaneGzipKb: now.initialGzipKb,
      taskpaneSize: {
        ...now,
        budgetKb: { initial: kb(BUDGETS.initial), total: kb(BUDGETS.total) },
        ...(baselineRoot === null
          ? {}
          : {
              baseline:
                baselineFiles !== null && isProduction(baselineFiles)
                  ? { root: baselineRoot, ...measure(baselineFiles) }
                  : { root: baselineRoot, missing: 'no production build in its dist/' },
            }),
      },
    });
  },
};
