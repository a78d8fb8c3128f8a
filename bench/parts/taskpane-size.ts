import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchPart } from '../part';

/**
 * The task pane's JavaScript as Excel downloads it: the scripts dist/taskpane.html loads from
 * dist/ (not Office.js), gzipped at level 9 as the build's budget check measures them
 * (webpack.config.js `GzipBudget`, 160 KB). Builds dist/ in production mode first when it holds
 * no pane, or a development build (which would measure unminified code).
 */

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');

/** The pane page's own scripts, in dist/; null when there is no pane page. */
function paneScripts(): string[] | null {
  const page = join(DIST, 'taskpane.html');
  if (!existsSync(page)) return null;
  const sources = [...readFileSync(page, 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!);
  return sources.filter((src) => !/^(https?:)?\/\//.test(src) && !src.startsWith('office-js/')).map((src) => join(DIST, src));
}

/** Development builds carry source maps; production builds do not (webpack.config.js `devtool`). */
const isProduction = (scripts: readonly string[]): boolean => scripts.length > 0 && scripts.every((file) => existsSync(file) && !existsSync(`${file}.map`));

function buildForProduction(): void {
  // The build's own report goes to stderr: stdout carries only the bench's JSON.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}

export const part: BenchPart = {
  title: 'task pane JavaScript, gzipped (production build in dist/)',
  run: () => {
    let scripts = paneScripts();
    if (scripts === null || !isProduction(scripts)) {
      buildForProduction();
      scripts = paneScripts() ?? [];
    }
    const gzipped = scripts.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    return Promise.resolve({ taskpaneGzipKb: Number((gzipped / 1024).toFixed(1)) });
  },
};
