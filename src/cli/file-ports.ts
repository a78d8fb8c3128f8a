import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { localCalendarDate } from '../domain/host-cells';
import { ReportError } from '../report/errors';
import { isWorkbookReadError } from '../xlsx/read-error';
import { readWorkbookFile } from '../xlsx/read-workbook-file';
import { writeReportFile } from '../xlsx/write-report';
import { InputError, type Ports } from './main';

/** The CLI's ports over real files. */

function packageVersion(): string {
  // lib/src/cli → the package root, and src/cli → the package root under ts-jest.
  for (const up of [
    ['..', '..', '..'],
    ['..', '..'],
  ]) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, ...up, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      continue;
    }
  }
  return 'unknown';
}

export const filePorts: Ports = {
  version: packageVersion(),
  readWorkbook: async (path) => {
    try {
      return await readWorkbookFile(path);
    } catch (e) {
      if (isWorkbookReadError(e)) throw new InputError(e.messages);
      throw e;
    }
  },
  readText: async (path) => {
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? { es: 'el archivo no existe', en: 'the file does not exist' }
          : code === 'EISDIR'
            ? { es: 'es una carpeta, no un archivo', en: 'it is a folder, not a file' }
            : { es: `no se pudo leer (${code ?? String(e)})`, en: `could not be read (${code ?? String(e)})` };
      throw new InputError({ es: `${path}: ${why.es}.`, en: `${path}: ${why.en}.` });
    }
  },
  // Read after readText, so the file is known to be readable.
  fileDate: async (path) => localCalendarDate((await stat(path)).mtime),
  today: () => localCalendarDate(new Date()),
  writeReport: async (command, plan) => {
    try {
      return await writeReportFile({ input: command.file, output: command.out, layout: plan.layout, sheetName: plan.sheetName });
    } catch (e) {
      if (e instanceof ReportError) throw new InputError(e.messages);
      throw e;
    }
  },
};
