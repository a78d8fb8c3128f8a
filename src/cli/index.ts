import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWorkbookReadError } from '../xlsx/read-error';
import { readWorkbookFile } from '../xlsx/read-workbook';
import { InputError, type Ports, run } from './main';

/** The `cuadre` executable: real files and the real process, around the pure `run`. */

const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

const ports: Ports = {
  version,
  readWorkbook: async (path) => {
    try {
      return await readWorkbookFile(path);
    } catch (e) {
      if (isWorkbookReadError(e)) throw new InputError(e.messages);
      throw e;
    }
  },
};

run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, ports).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('cuadre: internal error.\n');
    process.exitCode = 2;
  },
);
