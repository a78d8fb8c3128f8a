import { identities } from '../../src/domain/catalog';
import { fromCellNumber, sum, equals } from '../../src/domain/money';
import { checkWorkbook } from '../../src/workflow/check';
import { planReport } from '../../src/workflow/report-plan';
import { hostileBooks } from '../support/hostile-workbooks';
import { gridFrom, memoGrid } from '../support/workbook-builder';
import { footnote, layoutCell, shown } from './read-layout';

/**
 * Every workbook of the hostile corpus, through both policies (drafts where the gate refuses
 * the final report): every sentence printed holds on the written layout, is where the plan says,
 * and «cada indicador es la suma de sus componentes» is printed exactly when this test's own
 * sums of the written totals row say so.
 */

const books = [{ name: 'the memo', grids: [memoGrid()] }, ...hostileBooks(20261129).map((b) => ({ name: b.name, grids: b.sheets.map((s) => gridFrom(s.rows, { ...s, sheet: s.name })) }))];
const SUMS = 'En la fila TOTAL, cada indicador es la suma de sus componentes.';

describe.each(['propagate', 'as-reported'] as const)('footnote claims over the corpus (%s)', (adjustments) => {
  it.each(books.map((b) => [b.name, b] as const))('%s', (_, book) => {
    const outcome = checkWorkbook({ sheets: book.grids });
    if (!outcome.ok) return;
    const rec = outcome.reconciliation;
    const plan = planReport(rec, { adjustments, lang: 'es', draft: true, generatedOn: { year: 2025, month: 5, day: 13 }, file: 'corpus.xlsx' });
    if (plan.kind === 'refused') {
      expect(rec.table).toBeNull();
      return;
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
    const adds = relevant.length > 0 && relevant.every((i) => i.children.every((c) => shownAt(c) !== undefined) && equals(shownAt(i.parent)!, sum(i.children.map((c) => shownAt(c)!))));
    expect(footnote(layout).includes(SUMS)).toBe(adds);
  });
});
