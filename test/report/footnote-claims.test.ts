import { identities } from '../../src/domain/catalog';
import { fromCellNumber, sum, equals } from '../../src/domain/money';
import { type Workbook } from '../../src/domain/grid';
import { checkWorkbook } from '../../src/workflow/check';
import { planReport } from '../../src/workflow/report-plan';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { hostileBooks } from '../support/hostile-workbooks';
import { describeWithLibreOffice } from '../support/libreoffice';
import { type WriterBook, writersCorpus } from '../support/writers-corpus';
import { gridFrom, memoGrid } from '../support/workbook-builder';
import { footnote, layoutCell, shown } from './read-layout';

/**
 * Every workbook of the hostile corpus and of the other writers' corpus (the memo's table as
 * LibreOffice, openpyxl, XlsxWriter, SheetJS… write it), through both policies (drafts where the gate refuses
 * the final report): every sentence printed holds on the written layout, is where the plan says,
 * and «cada indicador es la suma de sus componentes» is printed exactly when this test's own
 * sums of the written totals row say so.
 */

const books = [
  { name: 'the memo', grids: [memoGrid()] },
  ...hostileBooks(20261129).map((b) => ({ name: b.name, grids: b.sheets.map((s) => gridFrom(s.rows, { ...s, sheet: s.name })) })),
];
const SUMS = 'En la fila TOTAL, cada indicador es la suma de sus componentes.';

const POLICIES = ['propagate', 'as-reported'] as const;

/** False where there was no report to verify: no table, or the gate refused even a draft. */
function expectEverySentenceHolds(workbook: Workbook, adjustments: (typeof POLICIES)[number]): boolean {
  const outcome = checkWorkbook(workbook);
  if (!outcome.ok) return false;
  const rec = outcome.reconciliation;
  const plan = planReport(rec, { adjustments, lang: 'es', draft: true, generatedOn: { year: 2025, month: 5, day: 13 }, file: 'corpus.xlsx' });
  if (plan.kind === 'refused') {
    expect(rec.table).toBeNull();
    return false;
  }
  const { layout, claims } = plan;
  for (const claim of claims) {
    expect([claim.kind, claim.holds(layout)]).toEqual([claim.kind, true]);
    expect(layoutCell(layout, claim.row, 1)?.value).toEqual(claim.value);
  }
  expect(claims.filter((c) => c.kind === 'status')).toHaveLength(1);
  expect(claims.some((c) => c.kind === 'draft')).toBe(plan.draft);
  // This test's own sums of the totals row, from what the cells show.
  const { totalsRow, columns } = layout.table;
  const shownAt = (key: string) => {
    const col = columns.find((c) => c.key === key)?.col;
    return col === undefined ? undefined : fromCellNumber(Number(shown(layoutCell(layout, totalsRow, col)) || 0)).amount;
  };
  const relevant = identities(rec.catalog).filter((i) => shownAt(i.parent) !== undefined);
  const adds =
    relevant.length > 0 &&
    relevant.every((i) => i.children.every((c) => shownAt(c) !== undefined) && equals(shownAt(i.parent)!, sum(i.children.map((c) => shownAt(c)!))));
  expect(footnote(layout).includes(SUMS)).toBe(adds);
  return true;
}

describe.each(POLICIES)('footnote claims over the corpus (%s)', (adjustments) => {
  it.each(books.map((b) => [b.name, b] as const))('%s', (_, book) => {
    expectEverySentenceHolds({ sheets: book.grids }, adjustments);
  });
});

const writers = writersCorpus(null);
const TIMEOUT_MS = 300_000;

async function expectEverySentenceHoldsIn(book: WriterBook): Promise<void> {
  const workbook = await readWorkbookBuffer(await book.bytes(), 'libro.xlsx');
  // Every writer's workbook holds the memo's table: a report (final or draft) is always planned.
  for (const adjustments of POLICIES) expect(expectEverySentenceHolds(workbook, adjustments)).toBe(true);
}

describe("footnote claims over the other writers' corpus, both policies", () => {
  it.each(writers.filter((b) => !b.needsLibreOffice).map((b) => [b.name, b] as const))('%s', (_, book) => expectEverySentenceHoldsIn(book), TIMEOUT_MS);
});

describeWithLibreOffice("footnote claims over the other writers' corpus as LibreOffice saves it, both policies", (soffice) => {
  const books = writersCorpus(soffice).filter((b) => b.needsLibreOffice);
  it.each(books.map((b) => [b.name, b] as const))('%s', (_, book) => expectEverySentenceHoldsIn(book), TIMEOUT_MS);
});
