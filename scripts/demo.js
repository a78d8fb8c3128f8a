#!/usr/bin/env node
// `npm run demo`: the main job on the bundled sample, through the real `cuadre` command.
// The memo's table has one error (MORA short of its components by the adjustment that was
// never carried up), so `check` exits 1 here by design, while `report` resolves that error (it
// is on the totals row: RECONCILIATION.md §5b) and exits 0; the demo succeeds when the
// commands behave as the contract says.
const { spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'cuadre.js');
const sample = relative(process.cwd(), join(root, 'samples', 'recaudacion-2024.xlsx'));
// The same sheet as a yearly template filled through JUNIO, checked in July: no error, the period named.
const june = relative(process.cwd(), join(root, 'samples', 'recaudacion-2024-junio.xlsx'));
const outDir = join(root, 'out');
const report = relative(process.cwd(), join(outDir, 'informe-2024.xlsx'));

function cuadre(args, expected) {
  console.log(`\n$ cuadre ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  if (!expected.includes(r.status)) {
    console.error(`\nThe demo expected exit ${expected.join(' or ')} and got ${r.status}.`);
    process.exit(1);
  }
  return r.status;
}

cuadre(['check', sample], [1]);
cuadre(['check', june], [0]);
mkdirSync(outDir, { recursive: true });
cuadre(['report', sample, '--out', report], [0]);
console.log(`\nListo: el informe anual está en ${report} (hoja «Informe 2024»).`);
