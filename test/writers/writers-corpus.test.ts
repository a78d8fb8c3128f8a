import { filePorts } from '../../src/cli/file-ports';
import { run } from '../../src/cli/main';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { type CheckEssence, checkEssence } from '../support/check-essence';
import { describeWithLibreOffice } from '../support/libreoffice';
import { type WriterBook, expectedEssence, writersCorpus } from '../support/writers-corpus';
import { memoXlsx } from '../support/workbook-builder';

/**
 * Every workbook of the writers' corpus holds the memo's table as another program writes it,
 * and `cuadre check --json` says of it what it says of the sample, addresses aside — or, where
 * the file does not hold its totals' results, that it cannot know them (`cell.not-calculated`).
 */

const TIMEOUT_MS = 300_000;

async function checkJson(bytes: Buffer, file: string): Promise<{ code: number; json: Parameters<typeof checkEssence>[0] }> {
  let [stdout, stderr] = ['', ''];
  const ports = { ...filePorts, readWorkbook: () => readWorkbookBuffer(bytes, file) };
  const code = await run(['check', file, '--json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, ports);
  if (stderr !== '') throw new Error(`${file}: ${stderr}`);
  return { code, json: JSON.parse(stdout) };
}

let sample: CheckEssence;
beforeAll(async () => {
  sample = checkEssence((await checkJson(await memoXlsx(), 'muestra.xlsx')).json);
});

it("the sample's essence is the memo's check: its table, its twelve months, MORA short on the totals row", () => {
  expect(sample.table).toMatchObject({
    year: 2024,
    region: 'CHIMBORAZO',
    indicators: ['total', 'oportuna', 'mora', 'planilla', 'glosas', 'titulos', 'convenios'],
  });
  expect(sample.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(sample.findings.map((f) => [f.code, f.indicator])).toEqual([
    ['adjustment.not-propagated', 'convenios'],
    ['identity.breakdown', 'mora'],
  ]);
  expect(sample.totals.reported).toMatchObject({ mora: '9175678.45', total: '150251586.37' });
});

async function expectTheMemo(book: WriterBook): Promise<void> {
  const { code, json } = await checkJson(await book.bytes(), 'libro.xlsx');
  const expected = expectedEssence(book, sample);
  expect(checkEssence(json)).toEqual(expected);
  expect(code).toBe(expected.summary.errors > 0 ? 1 : 0);
}

const corpus = writersCorpus(null);

describe('workbooks written by hand as other programs write them', () => {
  it.each(corpus.filter((b) => !b.needsLibreOffice).map((b) => [b.name, b] as const))('%s', async (_name, book) => expectTheMemo(book), TIMEOUT_MS);

  it('says, where the file holds no totals, that they are unknown and to open and save it in Excel', async () => {
    const books = corpus.filter((b) => b.totalsNotCalculated);
    expect(books.map((b) => b.writer)).toEqual(['XlsxWriter', 'openpyxl', 'SheetJS']);
    for (const book of books) {
      const { json } = await checkJson(await book.bytes(), 'libro.xlsx');
      const findings = (json as unknown as { findings: { code: string; cell: string; message: string }[] }).findings.filter(
        (f) => f.code === 'cell.not-calculated',
      );
      expect(findings.map((f) => f.cell)).toEqual(['B19', 'C19', 'D19', 'E19', 'F19', 'G19', 'H19']);
      expect(findings[0]!.message).toMatch(/celda B19: la fórmula «=SUM\(B6:B18\)».*Abra el archivo en Excel, guárdelo/);
    }
  });
});

describeWithLibreOffice('workbooks LibreOffice writes', (soffice) => {
  const books = writersCorpus(soffice).filter((b) => b.needsLibreOffice);
  it.each(books.map((b) => [b.name, b] as const))('%s', async (_name, book) => expectTheMemo(book), TIMEOUT_MS);
});
