import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { CalendarDate } from '../src/domain/grid';
import { checkWorkbook } from '../src/workflow/check';
import { planReport, writable } from '../src/workflow/report-plan';
import { readWorkbookFile } from '../src/xlsx/read-workbook-file';
import { renderLayout } from '../src/xlsx/write-report';

/**
 * Writes the report of a workbook alone in a new .xlsx, for printing it to PDF and PNG
 * (scripts/render-report-png.sh): `node lib/scripts/render-report.js IN.xlsx OUT.xlsx [YYYY-MM-DD]`.
 * The date is the report's generation date, fixed so the rendered page is the same every time.
 */

function parseDate(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${text}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

async function main(): Promise<void> {
  const [input, output, date = '2025-05-13'] = process.argv.slice(2);
  if (input === undefined || output === undefined) throw new Error('usage: render-report IN.xlsx OUT.xlsx [YYYY-MM-DD]');
  const choice = checkWorkbook(await readWorkbookFile(input));
  if (!choice.ok) throw new Error(`no such sheet; the workbook has ${choice.sheets.join(', ')}`);
  const rec = choice.reconciliation;
  const plan = writable(planReport(rec, { adjustments: 'propagate', lang: rec.lang, generatedOn: parseDate(date), file: input.split('/').pop() ?? input }));
  const book = new ExcelJS.Workbook();
  renderLayout(book.addWorksheet(plan.sheetName), plan.layout);
  await book.xlsx.writeFile(resolve(output));
  console.log(resolve(output));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
