import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { localCalendarDate } from '../domain/host-cells';
import { buildReportLayout } from '../report/build-report';
import { ReportError } from '../report/errors';
import { reportSheetName } from '../report/sheet-name';
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
  writeReport: async (command, { reconciliation }) => {
    const layout = buildReportLayout(reconciliation, {
      adjustments: command.adjustments,
      lang: command.lang,
      generatedOn: localCalendarDate(new Date()),
      source: basename(command.file),
    });
    try {
      const wanted = reportSheetName([], reconciliation.table?.year ?? null, command.lang);
      const { sheetName } = await writeReportFile({ input: command.file, output: command.out, layout, sheetName: wanted });
      const policy =
        command.adjustments === 'propagate'
          ? { es: 'con los ajustes trasladados a sus indicadores padre', en: 'with the adjustments carried to their parent indicators' }
          : { es: 'con las cifras tal como están en la hoja', en: 'with the figures as the sheet has them' };
      return {
        sheetName,
        message: {
          es: `Informe escrito en ${command.out}, hoja «${sheetName}», ${policy.es}.`,
          en: `Report written to ${command.out}, sheet "${sheetName}", ${policy.en}.`,
        },
      };
    } catch (e) {
      if (e instanceof ReportError) throw new InputError(e.messages);
      throw e;
    }
  },
};
