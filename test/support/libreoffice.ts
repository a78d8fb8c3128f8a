import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

/**
 * LibreOffice as an independent spreadsheet engine for tests: it opens our .xlsx files,
 * recalculates every formula (not trusting the cached results we wrote) and saves them
 * again, or prints them to PDF. A start costs ~25 s, so convert many files in one call.
 */

const run = promisify(execFile);

/** The `soffice` (or `libreoffice`) executable on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '')) {
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

const MISSING = 'LibreOffice (soffice) is not on PATH: install libreoffice-calc to run these tests.';

/**
 * `describe` for tests that need LibreOffice. Without it they are skipped with a plain
 * message on a developer's machine, and fail on CI, where a skipped check would pass unseen.
 */
export function describeWithLibreOffice(name: string, body: (soffice: string) => void): void {
  const soffice = findSoffice();
  if (soffice !== null) {
    describe(name, () => body(soffice));
  } else if (process.env.CI === 'true') {
    describe(name, () => it('needs LibreOffice', () => {
      throw new Error(MISSING);
    }));
  } else {
    process.stderr.write(`Skipping "${name}": ${MISSING}\n`);
    describe.skip(name, () => body('soffice'));
  }
}

/**
 * A fresh user profile that recalculates every formula when it loads an .xlsx or .ods
 * (OOXMLRecalcMode/ODFRecalcMode 0 = always), whatever the file's cached results say.
 */
function recalculatingProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'cuadre-lo-profile-'));
  mkdirSync(join(profile, 'user'), { recursive: true });
  const recalc = (mode: string): string =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${mode}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${recalc('OOXMLRecalcMode')}
${recalc('ODFRecalcMode')}
</oor:items>
`,
  );
  return profile;
}

const FILTERS = { xlsx: 'xlsx:Calc MS Excel 2007 XML', pdf: 'pdf:calc_pdf_Export' } as const;

export type Conversion = keyof typeof FILTERS;

/**
 * Converts the files in one LibreOffice run into a new temporary folder (never next to the
 * inputs, which a conversion to .xlsx would overwrite). Returns the output paths, in order.
 */
export async function convertWithLibreOffice(soffice: string, files: readonly string[], to: Conversion): Promise<string[]> {
  const names = files.map((f) => basename(f, extname(f)));
  if (new Set(names).size !== names.length) throw new Error(`convertWithLibreOffice: file names must differ: ${names.join(', ')}`);
  const outDir = mkdtempSync(join(tmpdir(), 'cuadre-lo-out-'));
  const profile = pathToFileURL(recalculatingProfile()).href;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', FILTERS[to], '--outdir', outDir, ...files.map((f) => resolve(f))];
  const { stdout, stderr } = await run(soffice, args, { timeout: 300_000 });
  const outputs = names.map((n) => join(outDir, `${n}.${to}`));
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(', ')}:\n${stdout}\n${stderr}`);
  return outputs;
}

/** The files as LibreOffice recalculated them, loaded back with exceljs. */
export async function recalculated(soffice: string, files: readonly string[]): Promise<ExcelJS.Workbook[]> {
  const converted = await convertWithLibreOffice(soffice, files, 'xlsx');
  return Promise.all(
    converted.map(async (path) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      return book;
    }),
  );
}
