// The task pane's size, as the build checks it and `npm run bench` reports it (docs/performance.md).
//
// Counted: the JavaScript files webpack emits for the pane, each gzipped at level 9 (what a server
// sends with `Content-Encoding: gzip`), summed. Initial: the files dist/taskpane.html loads before
// the pane can paint (the entry's chunks). Total: those and every chunk the pane can load later
// (src/taskpane/chunks.ts). The stylesheet is reported, not budgeted. Office.js (Microsoft's CDN)
// is not the pane's.
'use strict';

const zlib = require('zlib');

const KB = 1024;
/** Bytes, gzipped: the initial JavaScript (issue 12: 120 KB) and everything the pane may load (docs/performance.md says why 150). */
const BUDGETS = { initial: 120 * KB, total: 150 * KB };

const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => Number((bytes / KB).toFixed(1));

/** The entry's JavaScript, CSS and later chunks, by file name. */
function paneFiles(compilation, entry) {
  const entrypoint = compilation.entrypoints.get(entry);
  const initial = entrypoint.getFiles();
  const later = new Set();
  for (const chunk of entrypoint.chunks) for (const lazy of chunk.getAllAsyncChunks()) for (const file of lazy.files) later.add(file);
  return {
    initialJs: initial.filter((f) => f.endsWith('.js')),
    css: initial.filter((f) => f.endsWith('.css')),
    laterJs: [...later].filter((f) => f.endsWith('.js') && !initial.includes(f)),
  };
}

/** Prints the pane's sizes and fails the build above either budget. */
class PaneSizeBudget {
  constructor(entry, budgets = BUDGETS) {
    this.entry = entry;
    this.budgets = budgets;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneSizeBudget', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: 'PaneSizeBudget', stage }, () => {
        const files = paneFiles(compilation, this.entry);
        const size = (names) => names.reduce((sum, f) => sum + gzipSize(compilation.getAsset(f).source.buffer()), 0);
        const initial = size(files.initialJs);
        const total = initial + size(files.laterJs);
        const report =
          `${this.entry} JS gzipped: initial ${kb(initial)} KB (budget ${kb(this.budgets.initial)} KB), ` +
          `with later chunks ${kb(total)} KB (budget ${kb(this.budgets.total)} KB); CSS ${kb(size(files.css))} KB`;
        console.log(report);
        if (initial > this.budgets.initial || total > this.budgets.total) compilation.errors.push(new Error(`${report}: over budget.`));
      });
    });
  }
}

module.exports = { BUDGETS, PaneSizeBudget, gzipSize, kb };
